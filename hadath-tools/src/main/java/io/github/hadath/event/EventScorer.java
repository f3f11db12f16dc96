package io.github.hadath.event;

import io.github.hadath.ner.Link;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Scores extracted events against gold events, field by field, by the rules of the real-news dev
 * set's README ({@code events-real/README.md}).
 *
 * <ul>
 *   <li>In each document, each gold event is paired with the predicted event that agrees with it
 *       on most fields, best pair first; ties go to text order.
 *   <li>Per field of a pair: right is a true positive; wrong is a false positive and a false
 *       negative; missing is a false negative; predicted where the gold is empty is a false
 *       positive. Topics count one by one.
 *   <li>Predicted events left unpaired, beyond the document's {@code otherEvents} (further events
 *       it mentions in passing), are <em>spurious</em>: each of their fields is a false positive.
 *       Gold events left unpaired count every field as a false negative.
 *   <li>Organization: right when one of the gold aliases (lowercased) is contained in the
 *       predicted organizer's id, name or text (lowercased). When the gold says the text does not
 *       name the organizer ({@link GoldEvent#organizationNamed()} false), leaving it empty is no
 *       error.
 *   <li>Dates compare as TIMEX3 values («2025-11-24», «2021-10», «2021»); a gold year written
 *       «XXXX» matches any year with the same month and day (a predicted «XXXX» matches only a
 *       gold «XXXX»: a year the text gives is not found by leaving it out). A one-day gold event
 *       (no end) accepts a predicted end equal to the predicted start.
 *   <li>Host country by ISO 3166-1 alpha-2 code; city by GeoNames id, or, for a gold place that
 *       has no id, by its Arabic name compared as match keys with the evidence text.
 *   <li>The overall score is the micro-average over all fields (pooled counts).
 * </ul>
 *
 * <p>Not thread-safe: one scorer accumulates one evaluation run.
 */
public final class EventScorer {

  /** The scored fields, in report order. */
  public static final List<String> FIELDS =
      List.of("organization", "hostCountry", "city", "startDate", "endDate", "edition", "topics");

  private static final Pattern GOLD_DATE = Pattern.compile("(\\d{4}|XXXX)(-\\d{2}(-\\d{2})?)?");

  /**
   * A gold event; absent fields are null, absent lists empty.
   *
   * @param organization canonical English name or Wikidata id of the convening body, or null
   * @param organizationAliases lowercase names, acronyms and Arabic forms that identify the
   *     organizer; the organization itself is always one
   * @param organizationNamed false when the text does not name the organizer (the aliases hold no
   *     Arabic form), so that leaving it empty is no error
   * @param hostCountry ISO 3166-1 alpha-2
   * @param city GeoNames id, or null
   * @param cityName the Arabic name of a place GeoNames lacks (when {@code city} is null), or null
   * @param startDate TIMEX3 date value («2025-11-24», «XXXX-11-24», «2021-10», «2021»)
   * @param endDate TIMEX3 date value of the last day, null for a one-day event
   * @param edition edition number
   * @param topics taxonomy ids
   */
  public record GoldEvent(
      String organization,
      List<String> organizationAliases,
      boolean organizationNamed,
      String hostCountry,
      String city,
      String cityName,
      String startDate,
      String endDate,
      Integer edition,
      List<String> topics) {

    /**
     * @throws IllegalArgumentException if a date is not a TIMEX3 date value of the forms above
     */
    public GoldEvent {
      organizationAliases = organizationAliases == null ? List.of() : List.copyOf(organizationAliases);
      topics = topics == null ? List.of() : List.copyOf(topics);
      for (String date : Arrays.asList(startDate, endDate)) {
        if (date != null && !GOLD_DATE.matcher(date).matches()) {
          throw new IllegalArgumentException("not a TIMEX3 date: «" + date + "»");
        }
      }
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

  /**
   * A field that disagrees, for error analysis.
   *
   * @param event «paired», «spurious», «missed» or «other» (an unpaired prediction within the
   *     document's {@code otherEvents}, not scored)
   */
  public record Mismatch(String document, String event, String field, String predicted, String gold) {}

  private final Map<String, Counts> counts = new LinkedHashMap<>();
  private final List<Mismatch> mismatches = new ArrayList<>();
  private int goldEvents;
  private int predictedEvents;
  private int pairedEvents;
  private int spuriousEvents;

  public EventScorer() {
    FIELDS.forEach(field -> counts.put(field, new Counts(0, 0, 0)));
  }

  /**
   * Adds one document.
   *
   * @param document an id used in mismatch reports
   * @param predicted the events extracted from it
   * @param gold its gold events
   * @param otherEvents how many unpaired predicted events the gold forgives, ≥ 0
   * @throws IllegalArgumentException if {@code otherEvents} is negative
   */
  public void add(String document, List<Event> predicted, List<GoldEvent> gold, int otherEvents) {
    Objects.requireNonNull(predicted, "predicted");
    Objects.requireNonNull(gold, "gold");
    if (otherEvents < 0) {
      throw new IllegalArgumentException("otherEvents " + otherEvents + " < 0");
    }
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
      for (int g = 0; g < gold.size(); g++) {
        for (int p = 0; p < predicted.size(); p++) {
          if (goldOf[p] < 0 && !goldTaken[g] && (bestP < 0 || agreement[p][g] > agreement[bestP][bestG])) {
            bestP = p;
            bestG = g;
          }
        }
      }
      goldOf[bestP] = bestG;
      goldTaken[bestG] = true;
      pairedEvents++;
    }
    int forgiven = otherEvents;
    for (int p = 0; p < predicted.size(); p++) {
      GoldEvent paired = goldOf[p] >= 0 ? gold.get(goldOf[p]) : null;
      String kind = "paired";
      if (paired == null) {
        if (forgiven > 0) {
          forgiven--;
          mismatches.add(new Mismatch(document, "other", "name", nameOf(predicted.get(p)), null));
          continue;
        }
        kind = "spurious";
        spuriousEvents++;
      }
      for (String field : FIELDS) {
        Counts c = score(field, predicted.get(p), paired);
        counts.merge(field, c, Counts::plus);
        if (c.correct() < Math.max(c.predicted(), c.gold())) {
          mismatches.add(new Mismatch(document, kind, field, predictedText(field, predicted.get(p)), goldText(field, paired)));
        }
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!goldTaken[g]) {
        for (String field : FIELDS) {
          Counts c = score(field, null, gold.get(g));
          counts.merge(field, c, Counts::plus);
          if (c.gold() > 0) {
            mismatches.add(new Mismatch(document, "missed", field, null, goldText(field, gold.get(g))));
          }
        }
      }
    }
  }

  private static String nameOf(Event e) {
    return e.name() == null ? "(no name)" : e.name().value();
  }

  /** The counts of one field of one pair; {@code predicted} or {@code gold} may be null (unpaired). */
  static Counts score(String field, Event predicted, GoldEvent gold) {
    return switch (field) {
      case "topics" -> topics(predicted, gold);
      case "organization" -> organization(predicted == null ? null : predicted.organization(), gold);
      case "hostCountry" -> single(id(predicted == null ? null : predicted.hostCountry()), gold == null ? null : gold.hostCountry());
      case "city" -> city(predicted == null ? null : predicted.city(), gold);
      case "startDate" -> date(timex(predicted == null ? null : predicted.startDate()), gold == null ? null : gold.startDate());
      case "endDate" -> endDate(predicted, gold);
      case "edition" -> single(predicted == null || predicted.edition() == null ? null : predicted.edition().value(),
          gold == null ? null : gold.edition());
      default -> throw new IllegalArgumentException("no such field: " + field);
    };
  }

  private static Counts topics(Event predicted, GoldEvent gold) {
    Set<String> p = new HashSet<>();
    if (predicted != null) {
      predicted.topics().forEach(t -> p.add(t.value()));
    }
    Set<String> g = gold == null ? Set.of() : new HashSet<>(gold.topics());
    int correct = (int) p.stream().filter(g::contains).count();
    return new Counts(correct, p.size(), g.size());
  }

  private static Counts single(Object predicted, Object gold) {
    boolean correct = predicted != null && predicted.equals(gold);
    return new Counts(correct ? 1 : 0, predicted == null ? 0 : 1, gold == null ? 0 : 1);
  }

  private static Counts organization(SlotFiller<Organizer> predicted, GoldEvent gold) {
    String goldName = gold == null ? null : gold.organization();
    if (predicted == null) {
      return new Counts(0, 0, goldName != null && gold.organizationNamed() ? 1 : 0);
    }
    if (goldName == null) {
      return new Counts(0, 1, 0);
    }
    Organizer organizer = predicted.value();
    String haystack = (organizer.name() + "\n" + predicted.text() + "\n"
        + (organizer.link() == null ? "" : organizer.link().id())).toLowerCase(Locale.ROOT);
    List<String> aliases = new ArrayList<>(gold.organizationAliases());
    aliases.add(goldName);
    boolean correct = aliases.stream().anyMatch(a -> !a.isBlank() && haystack.contains(a.toLowerCase(Locale.ROOT)));
    return new Counts(correct ? 1 : 0, 1, 1);
  }

  private static Counts city(SlotFiller<Link> predicted, GoldEvent gold) {
    boolean hasGold = gold != null && (gold.city() != null || gold.cityName() != null);
    if (predicted == null) {
      return new Counts(0, 0, hasGold ? 1 : 0);
    }
    if (!hasGold) {
      return new Counts(0, 1, 0);
    }
    boolean correct = gold.city() != null
        ? gold.city().equals(predicted.value().id())
        : io.github.hadath.text.ArabicTextNormalizer.matchKey(predicted.text())
            .equals(io.github.hadath.text.ArabicTextNormalizer.matchKey(gold.cityName()));
    return new Counts(correct ? 1 : 0, 1, 1);
  }

  private static Counts endDate(Event predicted, GoldEvent gold) {
    String end = timex(predicted == null ? null : predicted.endDate());
    String start = timex(predicted == null ? null : predicted.startDate());
    if (gold != null && gold.endDate() == null && end != null && end.equals(start)) {
      end = null; // a one-day event accepts an end equal to its start
    }
    return date(end, gold == null ? null : gold.endDate());
  }

  private static Counts date(String predicted, String gold) {
    boolean correct = predicted != null && gold != null && sameDate(predicted, gold);
    return new Counts(correct ? 1 : 0, predicted == null ? 0 : 1, gold == null ? 0 : 1);
  }

  /** True when {@code predicted} equals {@code gold}, a gold «XXXX» year matching any year. */
  static boolean sameDate(String predicted, String gold) {
    if (gold.startsWith("XXXX") && predicted.length() == gold.length()) {
      return predicted.substring(4).equals(gold.substring(4));
    }
    return predicted.equals(gold);
  }

  private static String id(SlotFiller<Link> filler) {
    return filler == null ? null : filler.value().id();
  }

  private static String timex(SlotFiller<EventDate> filler) {
    return filler == null ? null : filler.value().timex();
  }

  private static String predictedText(String field, Event e) {
    return switch (field) {
      case "topics" -> e.topics().stream().map(SlotFiller::value).sorted().toList().toString();
      case "organization" -> e.organization() == null ? null
          : e.organization().value().name() + " «" + e.organization().text() + "»";
      case "hostCountry" -> id(e.hostCountry());
      case "city" -> e.city() == null ? null : e.city().value().id() + " «" + e.city().text() + "»";
      case "startDate" -> timex(e.startDate());
      case "endDate" -> timex(e.endDate());
      case "edition" -> e.edition() == null ? null : String.valueOf(e.edition().value());
      default -> throw new IllegalArgumentException(field);
    };
  }

  private static String goldText(String field, GoldEvent g) {
    if (g == null) {
      return null;
    }
    return switch (field) {
      case "topics" -> g.topics().stream().sorted().toList().toString();
      case "organization" -> g.organization() + (g.organizationNamed() ? "" : " (not named)");
      case "hostCountry" -> g.hostCountry();
      case "city" -> g.city() != null ? g.city() + (g.cityName() == null ? "" : " «" + g.cityName() + "»")
          : g.cityName() == null ? null : "«" + g.cityName() + "»";
      case "startDate" -> g.startDate();
      case "endDate" -> g.endDate();
      case "edition" -> g.edition() == null ? null : String.valueOf(g.edition());
      default -> throw new IllegalArgumentException(field);
    };
  }

  /** Counts per field, in {@link #FIELDS} order. */
  public Map<String, Counts> counts() {
    return Collections.unmodifiableMap(counts);
  }

  /** Counts pooled over all fields. */
  public Counts overall() {
    return counts.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
  }

  /** Predicted events paired with no gold event and not forgiven by {@code otherEvents}. */
  public int spuriousEvents() {
    return spuriousEvents;
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
    out.append(String.format(Locale.ROOT, "events: gold %d, predicted %d, paired %d, spurious %d%n",
        goldEvents, predictedEvents, pairedEvents, spuriousEvents));
    out.append(String.format(Locale.ROOT, "event field F1: %.3f%n", overall().f1()));
    return out.toString();
  }

  private static String line(String field, Counts c) {
    return String.format(Locale.ROOT, "%-13s %9.3f %7.3f %6.3f   %d/%d/%d%n",
        field, c.precision(), c.recall(), c.f1(), c.correct(), c.predicted(), c.gold());
  }
}
