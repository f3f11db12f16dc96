package io.github.hadath.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Entity-level exact-match scores in the manner of conlleval: a predicted entity counts as correct
 * only when its type and its token span both equal those of a gold entity.
 *
 * <p>Precision, recall and F1 are per type and micro-averaged over all entities, in percent. A
 * ratio with a zero denominator is 0.
 */
public final class NerScores {

  private final Map<String, int[]> counts = new TreeMap<>();

  /**
   * Adds one sentence's gold and predicted tags.
   *
   * @throws IllegalArgumentException if the two tag lists differ in length
   */
  public void add(List<String> gold, List<String> predicted) {
    if (gold.size() != predicted.size()) {
      throw new IllegalArgumentException(
          gold.size() + " gold tags but " + predicted.size() + " predicted tags");
    }
    List<BioChunk> goldChunks = BioChunk.of(gold);
    Set<BioChunk> goldSet = new HashSet<>(goldChunks);
    for (BioChunk chunk : goldChunks) {
      count(chunk.type())[GOLD]++;
    }
    for (BioChunk chunk : BioChunk.of(predicted)) {
      int[] c = count(chunk.type());
      c[PREDICTED]++;
      if (goldSet.contains(chunk)) {
        c[CORRECT]++;
      }
    }
  }

  /** Adds all the counts of {@code other} (pooling folds or files). */
  public void addAll(NerScores other) {
    other.counts.forEach(
        (type, c) -> {
          int[] mine = count(type);
          for (int i = 0; i < c.length; i++) {
            mine[i] += c[i];
          }
        });
  }

  private static final int GOLD = 0;
  private static final int PREDICTED = 1;
  private static final int CORRECT = 2;

  private int[] count(String type) {
    return counts.computeIfAbsent(type, t -> new int[3]);
  }

  /** The entity types seen, gold or predicted, in alphabetical order. */
  public Set<String> types() {
    return counts.keySet();
  }

  /** Precision in percent for {@code type}, or micro-averaged when {@code type} is null. */
  public double precision(String type) {
    int[] c = totals(type);
    return percent(c[CORRECT], c[PREDICTED]);
  }

  /** Recall in percent for {@code type}, or micro-averaged when {@code type} is null. */
  public double recall(String type) {
    int[] c = totals(type);
    return percent(c[CORRECT], c[GOLD]);
  }

  /** F1 in percent for {@code type}, or micro-averaged when {@code type} is null. */
  public double f1(String type) {
    int[] c = totals(type);
    return percent(2 * c[CORRECT], c[GOLD] + c[PREDICTED]);
  }

  /** Micro-averaged F1 in percent. */
  public double microF1() {
    return f1(null);
  }

  private int[] totals(String type) {
    if (type != null) {
      return counts.getOrDefault(type, new int[3]);
    }
    int[] total = new int[3];
    for (int[] c : counts.values()) {
      for (int i = 0; i < 3; i++) {
        total[i] += c[i];
      }
    }
    return total;
  }

  private static double percent(int numerator, int denominator) {
    return denominator == 0 ? 0 : 100.0 * numerator / denominator;
  }

  /**
   * The score table: one row per type and a micro row (precision, recall, F1 in percent, gold,
   * predicted and correct counts), ending with the line {@code micro F1: 81.23}.
   */
  public String table() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-6s %9s %7s %6s %6s %9s %7s%n",
        "type", "precision", "recall", "F1", "gold", "predicted", "correct"));
    for (String type : counts.keySet()) {
      row(out, type, type);
    }
    row(out, "micro", null);
    out.append(String.format(Locale.ROOT, "micro F1: %.2f%n", microF1()));
    return out.toString();
  }

  private void row(StringBuilder out, String label, String type) {
    int[] c = totals(type);
    out.append(String.format(Locale.ROOT, "%-6s %9.2f %7.2f %6.2f %6d %9d %7d%n",
        label, precision(type), recall(type), f1(type), c[GOLD], c[PREDICTED], c[CORRECT]));
  }
}
