package io.github.hadath.ner;

import io.github.hadath.tokenize.WordForms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Induces Brown-style hierarchical word clusters ({@link BrownPaths}) from unlabeled Arabic text,
 * for the CRF's {@link ArabicCrfFeatureFactory.FeatureSet#BROWN} features. Pure Java,
 * deterministic for given files and options.
 *
 * <p>Both stages maximize the likelihood of the same class bigram model, P(w_i | w_i-1) =
 * P(c_i | c_i-1) · P(w_i | c_i), that is the average mutual information of adjacent classes (Brown
 * et al., Computational Linguistics 18(4), 1992):
 *
 * <ol>
 *   <li>The text is read as {@link WordClassInducer} reads it (same files, tokens, lines as
 *       sentences), each token as its bare stem ({@link WordForms#bare()}: «وبالأردن» is «اردن»),
 *       so that all inflections and clitic forms of a word feed one count. The vocabulary is the
 *       {@link Options#maxWords} most frequent stems seen at least {@link Options#minCount} times;
 *       every other stem is one fixed «rare» class, the sentence edge another. Neither moves nor
 *       is merged, but both count as neighbours.
 *   <li><b>Exchange</b> (Kneser and Ney, Eurospeech 1993; Uszkoreit and Brants, ACL 2008, without
 *       their one-sided approximation): the words start in {@link Options#classes} classes by
 *       frequency rank modulo the class count; each round visits every word, most frequent first,
 *       and moves it to the class that raises the likelihood most (its own class on ties, never
 *       emptying a class), until fewer than 0.1% of the words move or after {@link
 *       Options#iterations} rounds. A move is scored in time proportional to the number of
 *       classes the word's neighbours fall in, so a round costs about V · K · (classes per word)
 *       instead of Brown's V · K².
 *   <li><b>Merging</b> (Brown et al.'s agglomeration, over the flat classes instead of the words):
 *       the two classes whose merge loses least mutual information are merged, K − 1 times, and
 *       each class's bit string is the path from the root, 0 for the lower-numbered side of each
 *       merge. After a merge only the losses of pairs with the merged class are recomputed in
 *       full; the others are corrected in constant time, so merging costs O(K³).
 * </ol>
 *
 * <p>Words in one flat class share a whole path; a prefix of the path is a coarser class
 * (Ratinov and Roth, CoNLL 2009, read prefixes of 4, 6, 10 and 20 bits).
 */
public final class BrownClusterer {

  /**
   * Options of a clustering.
   *
   * @param minCount least occurrences of a bare stem to be clustered, {@code >= 1}
   * @param maxWords most stems clustered, the most frequent, {@code >= classes}
   * @param classes flat classes of the exchange stage (leaves of the tree), {@code >= 2}
   * @param iterations most exchange rounds, {@code >= 1}
   */
  public record Options(int minCount, int maxWords, int classes, int iterations) {

    /**
     * @throws IllegalArgumentException if a value is out of range
     */
    public Options {
      if (minCount < 1 || classes < 2 || maxWords < classes || iterations < 1) {
        throw new IllegalArgumentException("out of range: minCount " + minCount + ", maxWords "
            + maxWords + ", classes " + classes + ", iterations " + iterations);
      }
    }

    /** The options of the shipped path file. */
    public static Options defaults() {
      return new Options(10, 60_000, 512, 20);
    }
  }

  /** Rounds stop when fewer than this fraction of the words moved. */
  private static final double CONVERGED = 0.001;
  /** x·ln x is tabulated below this count. */
  private static final int TABLE = 1 << 22;
  private static final double[] X_LOG_X = new double[TABLE];

  static {
    for (int x = 1; x < TABLE; x++) {
      X_LOG_X[x] = x * Math.log(x);
    }
  }

  private BrownClusterer() {}

  /**
   * Clusters the bare stems of {@code files}.
   *
   * @param files plain or gzipped UTF-8 text files ({@link WordClassInducer#corpusFiles})
   * @param log receives one line per step (counts, likelihood, timings)
   * @throws java.io.UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if fewer stems than {@link Options#classes} are frequent
   *     enough
   */
  public static BrownPaths cluster(List<Path> files, Options options, Consumer<String> log) {
    long start = System.nanoTime();
    Map<String, int[]> counts = new HashMap<>();
    long tokens = WordClassInducer.forEachSentence(files, sentence -> {
      for (WordForms f : sentence) {
        counts.computeIfAbsent(f.bare(), k -> new int[1])[0]++;
      }
    });
    List<String> vocabulary = counts.entrySet().stream()
        .filter(e -> e.getValue()[0] >= options.minCount())
        .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey))
        .limit(options.maxWords())
        .map(Map.Entry::getKey)
        .toList();
    if (vocabulary.size() < options.classes()) {
      throw new IllegalArgumentException(
          vocabulary.size() + " stems cannot make " + options.classes() + " classes");
    }
    log.accept(String.format("%,d tokens, %,d stems, %,d clustered (%.0f s)",
        tokens, counts.size(), vocabulary.size(), seconds(start)));
    counts.clear();

    Map<String, Integer> ids = new HashMap<>(vocabulary.size() * 2);
    for (int i = 0; i < vocabulary.size(); i++) {
      ids.put(vocabulary.get(i), i);
    }
    int rare = vocabulary.size();
    int edge = rare + 1;
    int types = edge + 1;
    WordClassInducer.LongIntCounter bigrams = new WordClassInducer.LongIntCounter(1 << 22);
    WordClassInducer.forEachSentence(files, sentence -> {
      int previous = edge;
      for (WordForms f : sentence) {
        int current = ids.getOrDefault(f.bare(), rare);
        bigrams.increment((long) previous * types + current);
        previous = current;
      }
      bigrams.increment((long) previous * types + edge);
    });
    Bigrams graph = new Bigrams(types, bigrams);
    log.accept(String.format("%,d distinct bigrams (%.0f s)", bigrams.size(), seconds(start)));

    Exchange exchange = new Exchange(graph, vocabulary.size(), options.classes());
    for (int round = 1; round <= options.iterations(); round++) {
      int moved = exchange.round();
      log.accept(String.format("exchange round %d: %,d words moved, log-likelihood %.6e (%.0f s)",
          round, moved, exchange.objective(), seconds(start)));
      if (moved < CONVERGED * vocabulary.size()) {
        break;
      }
    }
    String[] classPaths = merge(exchange.counts, options.classes(), exchange.classes);
    log.accept(String.format("merged %d classes into a tree (%.0f s)", options.classes(),
        seconds(start)));

    Map<String, String> paths = new HashMap<>(vocabulary.size() * 2);
    for (int w = 0; w < vocabulary.size(); w++) {
      paths.put(vocabulary.get(w), classPaths[exchange.classOf[w]]);
    }
    return new BrownPaths(paths);
  }

  /** x·ln x, 0 for 0. */
  static double xLogX(long x) {
    return x < TABLE ? X_LOG_X[(int) x] : x * Math.log(x);
  }

  /** Each type's right and left neighbours with their bigram counts, as compressed rows. */
  private static final class Bigrams {
    final int[] rightStart;
    final int[] right;
    final int[] rightCount;
    final int[] leftStart;
    final int[] left;
    final int[] leftCount;

    Bigrams(int types, WordClassInducer.LongIntCounter counter) {
      rightStart = new int[types + 1];
      leftStart = new int[types + 1];
      counter.forEach((pair, count) -> {
        rightStart[(int) (pair / types) + 1]++;
        leftStart[(int) (pair % types) + 1]++;
      });
      for (int t = 0; t < types; t++) {
        rightStart[t + 1] += rightStart[t];
        leftStart[t + 1] += leftStart[t];
      }
      int n = counter.size();
      right = new int[n];
      rightCount = new int[n];
      left = new int[n];
      leftCount = new int[n];
      int[] rightFill = rightStart.clone();
      int[] leftFill = leftStart.clone();
      counter.forEach((pair, count) -> {
        int a = (int) (pair / types);
        int b = (int) (pair % types);
        right[rightFill[a]] = b;
        rightCount[rightFill[a]++] = count;
        left[leftFill[b]] = a;
        leftCount[leftFill[b]++] = count;
      });
    }
  }

  /**
   * The exchange stage's state: each type's class (the rare stems and the edge in classes K and
   * K + 1), the class bigram counts in both orientations and the class counts as left and as
   * right member of a bigram.
   */
  private static final class Exchange {
    final Bigrams graph;
    final int words;
    final int movable;
    final int classes;
    final int[] classOf;
    final int[] size;
    final long[] counts;
    final long[] transposed;
    final long[] asLeft;
    final long[] asRight;
    final long[] wordAsLeft;
    final long[] wordAsRight;
    // per-word scratch: counts of the word's right and left neighbours by class
    final long[] byRight;
    final long[] byLeft;
    final int[] rightClasses;
    final int[] leftClasses;

    Exchange(Bigrams graph, int words, int movable) {
      this.graph = graph;
      this.words = words;
      this.movable = movable;
      this.classes = movable + 2;
      classOf = new int[words + 2];
      size = new int[classes];
      for (int w = 0; w < words; w++) {
        classOf[w] = w % movable;
        size[w % movable]++;
      }
      classOf[words] = movable;
      classOf[words + 1] = movable + 1;
      counts = new long[classes * classes];
      transposed = new long[classes * classes];
      asLeft = new long[classes];
      asRight = new long[classes];
      wordAsLeft = new long[words + 2];
      wordAsRight = new long[words + 2];
      for (int a = 0; a < words + 2; a++) {
        for (int i = graph.rightStart[a]; i < graph.rightStart[a + 1]; i++) {
          int b = graph.right[i];
          long n = graph.rightCount[i];
          counts[classOf[a] * classes + classOf[b]] += n;
          transposed[classOf[b] * classes + classOf[a]] += n;
          asLeft[classOf[a]] += n;
          asRight[classOf[b]] += n;
          wordAsLeft[a] += n;
          wordAsRight[b] += n;
        }
      }
      byRight = new long[classes];
      byLeft = new long[classes];
      rightClasses = new int[classes];
      leftClasses = new int[classes];
    }

    /** Σ f(n(c, d)) − Σ f(n(c, ·)) − Σ f(n(·, d)), f(x) = x ln x: the log-likelihood up to a constant. */
    double objective() {
      double sum = 0;
      for (long n : counts) {
        sum += xLogX(n);
      }
      for (int c = 0; c < classes; c++) {
        sum -= xLogX(asLeft[c]) + xLogX(asRight[c]);
      }
      return sum;
    }

    /** One pass over the words; returns how many changed class. */
    int round() {
      int moved = 0;
      for (int w = 0; w < words; w++) {
        if (size[classOf[w]] > 1 && move(w)) {
          moved++;
        }
      }
      return moved;
    }

    private boolean move(int w) {
      int rights = 0;
      int lefts = 0;
      long self = 0;
      for (int i = graph.rightStart[w]; i < graph.rightStart[w + 1]; i++) {
        int v = graph.right[i];
        if (v == w) {
          self = graph.rightCount[i];
          continue;
        }
        int c = classOf[v];
        if (byRight[c] == 0) {
          rightClasses[rights++] = c;
        }
        byRight[c] += graph.rightCount[i];
      }
      for (int i = graph.leftStart[w]; i < graph.leftStart[w + 1]; i++) {
        int u = graph.left[i];
        if (u == w) {
          continue;
        }
        int c = classOf[u];
        if (byLeft[c] == 0) {
          leftClasses[lefts++] = c;
        }
        byLeft[c] += graph.leftCount[i];
      }
      int old = classOf[w];
      shift(w, old, rights, lefts, self, -1);
      int best = old;
      double bestGain = gain(w, old, rights, lefts, self);
      for (int k = 0; k < movable; k++) {
        if (k != old) {
          double g = gain(w, k, rights, lefts, self);
          if (g > bestGain) {
            bestGain = g;
            best = k;
          }
        }
      }
      shift(w, best, rights, lefts, self, +1);
      classOf[w] = best;
      size[old]--;
      size[best]++;
      for (int i = 0; i < rights; i++) {
        byRight[rightClasses[i]] = 0;
      }
      for (int i = 0; i < lefts; i++) {
        byLeft[leftClasses[i]] = 0;
      }
      return best != old;
    }

    /** How much the objective rises when word {@code w}, in no class now, joins class {@code k}. */
    private double gain(int w, int k, int rights, int lefts, long self) {
      int row = k * classes;
      double g = 0;
      for (int i = 0; i < rights; i++) {
        int c = rightClasses[i];
        if (c != k) {
          long n = counts[row + c];
          g += xLogX(n + byRight[c]) - xLogX(n);
        }
      }
      for (int i = 0; i < lefts; i++) {
        int c = leftClasses[i];
        if (c != k) {
          long n = transposed[row + c];
          g += xLogX(n + byLeft[c]) - xLogX(n);
        }
      }
      long diagonal = counts[row + k];
      g += xLogX(diagonal + byRight[k] + byLeft[k] + self) - xLogX(diagonal);
      g -= xLogX(asLeft[k] + wordAsLeft[w]) - xLogX(asLeft[k]);
      g -= xLogX(asRight[k] + wordAsRight[w]) - xLogX(asRight[k]);
      return g;
    }

    /** Adds ({@code sign} +1) or removes (−1) word {@code w}'s bigrams to or from class {@code k}. */
    private void shift(int w, int k, int rights, int lefts, long self, int sign) {
      int row = k * classes;
      for (int i = 0; i < rights; i++) {
        int c = rightClasses[i];
        counts[row + c] += sign * byRight[c];
        transposed[c * classes + k] += sign * byRight[c];
      }
      for (int i = 0; i < lefts; i++) {
        int c = leftClasses[i];
        transposed[row + c] += sign * byLeft[c];
        counts[c * classes + k] += sign * byLeft[c];
      }
      counts[row + k] += sign * self;
      transposed[row + k] += sign * self;
      asLeft[k] += sign * wordAsLeft[w];
      asRight[k] += sign * wordAsRight[w];
    }
  }

  /**
   * Merges the first {@code movable} of the classes of {@code counts} (a square matrix of class
   * bigram counts, {@code classes} wide; the rest are neighbours only) into a binary tree and
   * returns each class's path from the root.
   */
  static String[] merge(long[] counts, int movable, int classes) {
    long[] n = counts.clone();
    long[] asLeft = new long[classes];
    long[] asRight = new long[classes];
    for (int a = 0; a < classes; a++) {
      for (int b = 0; b < classes; b++) {
        asLeft[a] += n[a * classes + b];
        asRight[b] += n[a * classes + b];
      }
    }
    boolean[] active = new boolean[classes];
    java.util.Arrays.fill(active, true);
    List<List<Integer>> members = new ArrayList<>();
    StringBuilder[] paths = new StringBuilder[movable];
    for (int a = 0; a < movable; a++) {
      members.add(new ArrayList<>(List.of(a)));
      paths[a] = new StringBuilder();
    }
    Merging m = new Merging(n, asLeft, asRight, active, classes);
    double[] gain = new double[movable * movable];
    for (int a = 0; a < movable; a++) {
      for (int b = a + 1; b < movable; b++) {
        gain[a * movable + b] = m.gain(a, b);
      }
    }
    for (int step = 1; step < movable; step++) {
      int bestA = -1;
      int bestB = -1;
      double best = Double.NEGATIVE_INFINITY;
      for (int a = 0; a < movable; a++) {
        if (!active[a]) {
          continue;
        }
        for (int b = a + 1; b < movable; b++) {
          if (active[b] && gain[a * movable + b] > best) {
            best = gain[a * movable + b];
            bestA = a;
            bestB = b;
          }
        }
      }
      for (int x = 0; x < movable; x++) {
        if (!active[x] || x == bestA || x == bestB) {
          continue;
        }
        for (int y = x + 1; y < movable; y++) {
          if (active[y] && y != bestA && y != bestB) {
            gain[x * movable + y] += m.correction(x, y, bestA, bestB);
          }
        }
      }
      m.join(bestA, bestB);
      for (int leaf : members.get(bestA)) {
        paths[leaf].insert(0, '0');
      }
      for (int leaf : members.get(bestB)) {
        paths[leaf].insert(0, '1');
      }
      members.get(bestA).addAll(members.get(bestB));
      for (int x = 0; x < movable; x++) {
        if (active[x] && x != bestA) {
          gain[Math.min(x, bestA) * movable + Math.max(x, bestA)] = m.gain(x, bestA);
        }
      }
    }
    String[] out = new String[movable];
    for (int a = 0; a < movable; a++) {
      out[a] = paths[a].toString();
    }
    return out;
  }

  /** The class bigram counts of the merging stage and the change in likelihood of a merge. */
  private static final class Merging {
    final long[] n;
    final long[] asLeft;
    final long[] asRight;
    final boolean[] active;
    final int classes;

    Merging(long[] n, long[] asLeft, long[] asRight, boolean[] active, int classes) {
      this.n = n;
      this.asLeft = asLeft;
      this.asRight = asRight;
      this.active = active;
      this.classes = classes;
    }

    private long at(int a, int b) {
      return n[a * classes + b];
    }

    /** Change of the objective if classes {@code a} and {@code b} were merged (at most 0). */
    double gain(int a, int b) {
      double before = xLogX(at(a, a)) + xLogX(at(a, b)) + xLogX(at(b, a)) + xLogX(at(b, b))
          - xLogX(asLeft[a]) - xLogX(asLeft[b]) - xLogX(asRight[a]) - xLogX(asRight[b]);
      double after = xLogX(at(a, a) + at(a, b) + at(b, a) + at(b, b))
          - xLogX(asLeft[a] + asLeft[b]) - xLogX(asRight[a] + asRight[b]);
      for (int c = 0; c < classes; c++) {
        if (active[c] && c != a && c != b) {
          before += xLogX(at(a, c)) + xLogX(at(b, c)) + xLogX(at(c, a)) + xLogX(at(c, b));
          after += xLogX(at(a, c) + at(b, c)) + xLogX(at(c, a) + at(c, b));
        }
      }
      return after - before;
    }

    /**
     * How {@link #gain}(x, y) changes when {@code i} and {@code j} are merged: only the terms of
     * the contexts i and j, which become one context, differ.
     */
    double correction(int x, int y, int i, int j) {
      long xi = at(x, i);
      long yi = at(y, i);
      long ix = at(i, x);
      long iy = at(i, y);
      long xj = at(x, j);
      long yj = at(y, j);
      long jx = at(j, x);
      long jy = at(j, y);
      double old = xLogX(xi + yi) + xLogX(ix + iy) + xLogX(xj + yj) + xLogX(jx + jy)
          - xLogX(xi) - xLogX(yi) - xLogX(ix) - xLogX(iy)
          - xLogX(xj) - xLogX(yj) - xLogX(jx) - xLogX(jy);
      double merged = xLogX(xi + xj + yi + yj) + xLogX(ix + jx + iy + jy)
          - xLogX(xi + xj) - xLogX(yi + yj) - xLogX(ix + jx) - xLogX(iy + jy);
      return merged - old;
    }

    /** Merges class {@code j} into class {@code i}. */
    void join(int i, int j) {
      for (int c = 0; c < classes; c++) {
        n[i * classes + c] += n[j * classes + c];
        n[j * classes + c] = 0;
      }
      for (int c = 0; c < classes; c++) {
        n[c * classes + i] += n[c * classes + j];
        n[c * classes + j] = 0;
      }
      asLeft[i] += asLeft[j];
      asRight[i] += asRight[j];
      asLeft[j] = 0;
      asRight[j] = 0;
      active[j] = false;
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
