package io.github.hadath.event;

import io.github.hadath.ner.Link;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Scores extracted events against gold events, field by field.
 *
 * <ul>
 *   <li>In each document, predicted events are aligned one to one with gold events, best match
 *       first (the pair agreeing on most fields); ties go to text order.
 *   <li>Every non-null field of a predicted event is one prediction, every non-null field of a gold
 *       event one gold item; a prediction is correct when its aligned gold event has the same
 *       value. An unaligned predicted event therefore counts against precision only, an unaligned
 *       gold event against recall only.
 *   <li>Topics count one item per topic id.
 *   <li>Organization matches the gold value by Wikidata id or canonical English name, ignoring
 *       case; host country by ISO 3166-1 alpha-2 code; city by GeoNames id.
 *   <li>The overall score is the micro-average over all fields (pooled counts).
 * </ul>
 *
 * <p>Not thread-safe: one scorer accumulates one evaluation run.
 */
public final class EventScorer {

  /** The scored fields, in report order. */
  public static final List<String> FIELDS =
      List.of("organization", "hostCountry", "city", "startDate", "endDate", "edition", "topics");

  /**
   * A gold event; absent fields are null, absent topics an empty list.
   *
   * @param type the event type id, not scored
   * @param organization Wikidata id or canonical English name
   * @param hostCountry ISO 3166-1 alpha-2
   * @param city GeoNames id
   * @param startDate first day
   * @param endDate last day
   * @param edition edition number
   * @param topics taxonomy ids
   */
  public record GoldEvent(
      String type,
      String organization,
      String hostCountry,
      String city,
      LocalDate startDate,
      LocalDate endDate,
      Integer edition,
      List<String> topics) {

    public GoldEvent {
      topics = topics == null ? List.of() : List.copyOf(topics);
    }
  }

  /** Counts of one field: correct predictions, predictions, gold items. */
  public record Counts(int correct, int predicted, int gold) {

    /** correct / predicted, or 0 when nothing was predicted. */
    public double precision() {
      return predicted == 0 ? 0 : (double) correct / predicted;
    }

    /** correct / gold, or 0 when there is no gold item. */
    public double recall() {
      return gold == 0 ? 0 : (double) correct / gold;
    }

    /** Harmonic mean of precision and recall, or 0 when both are 0. */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    Counts plus(Counts other) {
      return new Counts(correct + other.correct, predicted + other.predicted, gold + other.gold);
    }
  }

  /** A field that disagrees in an aligned or unaligned event, for error analysis. */
  public record Mismatch(String document, String field, String predicted, String gold) {}

  private final Map<String, Counts> counts = new LinkedHashMap<>();
  private final List<Mismatch> mismatches = new ArrayList<>();
  private int goldEvents;
  private int predictedEvents;
  private int alignedEvents;

  public EventScorer() {
    FIELDS.forEach(field -> counts.put(field, new Counts(0, 0, 0)));
  }

  /**
   * Adds one document.
   *
   * @param document an id used in mismatch reports
   * @param predicted the events extracted from it
   * @param gold its gold events
   */
  public void add(String document, List<Event> predicted, List<GoldEvent> gold) {
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(gold, "gold");
    goldEvents += gold.size();
    predictedEvents += predicted.size();
    int[][] agreement = new int[predicted.size()][gold.size()];
    for (int p = 0; p < predicted.size(); p++) {
      for (int g = 0; g < gold.size(); g++) {
        for (String field : FIELDS) {
          agreement[p][g] += score(field, predicted.get(p), gold.get(g)).correct();
        }
      }
    }
    int[] goldOf = new int[predicted.size()];
    Arrays.fill(goldOf, -1);
    boolean[] goldTaken = new boolean[gold.size()];
    for (int round = 0; round < Math.min(predicted.size(), gold.size()); round++) {
      int bestP = -1;
      int bestG = -1;
      for (int p = 0; p < predicted.size(); p++) {
        for (int g = 0; g < gold.size(); g++) {
          if (goldOf[p] < 0 && !goldTaken[g] && (bestP < 0 || agreement[p][g] > agreement[bestP][bestG])) {
            bestP = p;
            bestG = g;
          }
        }
      }
      goldOf[bestP] = bestG;
      goldTaken[bestG] = true;
      alignedEvents++;
    }
    for (int p = 0; p < predicted.size(); p++) {
      GoldEvent aligned = goldOf[p] >= 0 ? gold.get(goldOf[p]) : null;
      for (String field : FIELDS) {
        Counts c = score(field, predicted.get(p), aligned);
        counts.merge(field, c, Counts::plus);
        if (c.correct() < Math.max(c.predicted(), c.gold())) {
          mismatches.add(new Mismatch(document, field, predictedText(field, predicted.get(p)), goldText(field, aligned)));
        }
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!goldTaken[g]) {
        for (String field : FIELDS) {
          Counts c = score(field, null, gold.get(g));
          counts.merge(field, c, Counts::plus);
          if (c.gold() > 0) {
            mismatches.add(new Mismatch(document, field, null, goldText(field, gold.get(g))));
          }
        }
      }
    }
  }

  private static Counts score(String field, Event predicted, GoldEvent gold) {
    if (field.equals("topics")) {
      Set<String> p = new HashSet<>();
      if (predicted != null) {
        predicted.topics().forEach(t -> p.add(t.value()));
      }
      Set<String> g = gold == null ? Set.of() : new HashSet<>(gold.topics());
      int correct = (int) p.stream().filter(g::contains).count();
      return new Counts(correct, p.size(), g.size());
    }
    Object p = predicted == null ? null : predictedValue(field, predicted);
    Object g = gold == null ? null : goldValue(field, gold);
    boolean correct = p != null && g != null && equal(field, p, g);
    return new Counts(correct ? 1 : 0, p == null ? 0 : 1, g == null ? 0 : 1);
  }

  private static boolean equal(String field, Object predicted, Object gold) {
    if (predicted instanceof Link link) {
      String g = gold.toString();
      return link.id().equalsIgnoreCase(g) || (field.equals("organization") && link.name().equalsIgnoreCase(g));
    }
    return predicted.equals(gold);
  }

  private static Object predictedValue(String field, Event e) {
    SlotFiller<?> filler = switch (field) {
      case "organization" -> e.organization();
      case "hostCountry" -> e.hostCountry();
      case "city" -> e.city();
      case "startDate" -> e.startDate();
      case "endDate" -> e.endDate();
      case "edition" -> e.edition();
      default -> throw new IllegalArgumentException(field);
    };
    return filler == null ? null : filler.value();
  }

  private static Object goldValue(String field, GoldEvent g) {
    return switch (field) {
      case "organization" -> g.organization();
      case "hostCountry" -> g.hostCountry();
      case "city" -> g.city();
      case "startDate" -> g.startDate();
      case "endDate" -> g.endDate();
      case "edition" -> g.edition();
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static String predictedText(String field, Event e) {
    if (field.equals("topics")) {
      return e.topics().stream().map(SlotFiller::value).sorted().toList().toString();
    }
    Object value = predictedValue(field, e);
    return value instanceof Link link ? link.id() + " " + link.name() : String.valueOf(value);
  }

  private static String goldText(String field, GoldEvent g) {
    if (g == null) {
      return null;
    }
    return field.equals("topics") ? g.topics().stream().sorted().toList().toString() : String.valueOf(goldValue(field, g));
  }

  /** Counts per field, in {@link #FIELDS} order. */
  public Map<String, Counts> counts() {
    return java.util.Collections.unmodifiableMap(counts);
  }

  /** Counts pooled over all fields. */
  public Counts overall() {
    return counts.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
  }

  /** Fields that disagreed, in the order documents were added. */
  public List<Mismatch> mismatches() {
    return List.copyOf(mismatches);
  }

  /** The report printed by {@code evaluate-events}, ending with «event field F1: 0.912». */
  public String report() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%-13s %9s %7s %6s   %s%n", "field", "precision", "recall", "F1", "correct/predicted/gold"));
    counts.forEach((field, c) -> out.append(line(field, c)));
    out.append(line("all fields", overall()));
    out.append(String.format(Locale.ROOT, "events: gold %d, predicted %d, aligned %d%n", goldEvents, predictedEvents, alignedEvents));
    out.append(String.format(Locale.ROOT, "event field F1: %.3f%n", overall().f1()));
    return out.toString();
  }

  private static String line(String field, Counts c) {
    return String.format(Locale.ROOT, "%-13s %9.3f %7.3f %6.3f   %d/%d/%d%n",
        field, c.precision(), c.recall(), c.f1(), c.correct(), c.predicted(), c.gold());
  }
}
