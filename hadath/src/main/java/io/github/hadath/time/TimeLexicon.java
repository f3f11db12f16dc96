package io.github.hadath.time;

import io.github.hadath.text.ArabicTextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of time expressions, loaded once from the resources {@code months.tsv}, {@code
 * weekdays.tsv} and {@code time-words.tsv}; every key is a {@link ArabicTextNormalizer#matchKey
 * match key}. Immutable and thread-safe.
 */
final class TimeLexicon {

  /** What a cue word does in a time expression; documented in {@code time-words.tsv}. */
  enum Role {
    UNIT,
    UNIT_DUAL,
    UNIT_PLURAL,
    UNIT_DEFINITE,
    MODIFIER,
    THIS,
    DAY_WORD,
    AGO,
    LATER,
    YEAR_CUE,
    DAY_CUE,
    DAYS_CUE,
    ERA,
    SET,
    EVERY,
    TWIN,
    RANGE_OPEN,
    RANGE_FROM,
    RANGE_TO,
    MONTH_CUE,
    WORLD_DAY,
    FIRST_DAY,
    YEAR_PREPOSITION,
    NAME_HEAD
  }

  /** A month name of one or two words. */
  record MonthName(boolean hijri, int month, boolean ambiguous, List<String> keys) {}

  static final TimeLexicon INSTANCE = new TimeLexicon();

  private final Map<String, List<MonthName>> monthsByFirstKey = new HashMap<>();
  private final Map<String, Integer> weekdays = new HashMap<>();
  private final Map<String, EnumMap<Role, String>> words = new HashMap<>();
  private final Set<String> known = new HashSet<>();

  private TimeLexicon() {
    for (String[] row : rows("months.tsv", 3)) {
      for (String form : row[2].split("\\|")) {
        boolean ambiguous = form.endsWith("*");
        List<String> keys = Arrays.stream(form.replace("*", "").trim().split(" "))
            .map(ArabicTextNormalizer::matchKey)
            .toList();
        MonthName name = new MonthName(row[0].equals("H"), Integer.parseInt(row[1]), ambiguous, keys);
        monthsByFirstKey.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(name);
        known.add(keys.get(0));
      }
    }
    // Longer names first, so «ربيع الأول» wins over a one-word reading.
    monthsByFirstKey.values().forEach(list -> list.sort((a, b) -> b.keys().size() - a.keys().size()));
    for (String[] row : rows("weekdays.tsv", 2)) {
      for (String form : row[1].split("\\|")) {
        weekdays.put(ArabicTextNormalizer.matchKey(form), Integer.parseInt(row[0]));
        known.add(ArabicTextNormalizer.matchKey(form));
      }
    }
    for (String[] row : rows("time-words.tsv", 3)) {
      Role role = Role.valueOf(row[0]);
      for (String form : row[2].split("\\|")) {
        String key = ArabicTextNormalizer.matchKey(form);
        words.computeIfAbsent(key, k -> new EnumMap<>(Role.class)).put(role, row[1]);
        known.add(key);
      }
    }
  }

  private static List<String[]> rows(String name, int columns) {
    List<String[]> rows = ResourceLines.read(name);
    for (String[] row : rows) {
      if (row.length != columns) {
        throw new IllegalStateException(
            name + ": " + columns + " columns expected in " + String.join("|", row));
      }
    }
    return rows;
  }

  /** The month names whose first word is {@code key}, longest first; empty when none. */
  List<MonthName> monthsStartingWith(String key) {
    return monthsByFirstKey.getOrDefault(key, List.of());
  }

  /** ISO day of week (1 = Monday) of a weekday name, or 0. */
  int weekday(String key) {
    return weekdays.getOrDefault(key, 0);
  }

  /** The argument of {@code key} in {@code role}, or null when the word has no such role. */
  String argument(String key, Role role) {
    EnumMap<Role, String> roles = words.get(key);
    return roles == null ? null : roles.get(role);
  }

  /** True when a proclitic may be split off a word to reveal {@code key}. */
  boolean isKnown(String key) {
    return known.contains(key) || ArabicNumberWords.isNumberWord(key);
  }
}
