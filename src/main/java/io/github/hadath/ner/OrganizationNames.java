package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Organization names for the CRF's {@link ArabicCrfFeatureFactory.FeatureSet#ORGANIZATIONS}
 * features: {@code models/names/organizations.tsv}, 2,580 written forms of clubs, companies, banks,
 * parties, media, news agencies, federations, universities and armed groups as the Arabic press
 * spells them, curated for Hadath. Unlike the gazetteers, these names carry no identifier and never
 * make a mention by themselves: they only tell the CRF that a word sequence is a known name.
 *
 * <p>Names are compared by match keys; the first word of a name may carry a conjunction or
 * preposition («ولريال مدريد»).
 */
final class OrganizationNames {

  /** Classpath location of the list. */
  static final String RESOURCE = "models/names/organizations.tsv";

  private static final int MIN_STEM = 3;

  private final Map<List<String>, String> names;
  private final int longest;

  private OrganizationNames(Map<List<String>, String> names) {
    this.names = names;
    this.longest = names.keySet().stream().mapToInt(List::size).max().orElse(0);
  }

  private static final class Holder {
    static final OrganizationNames NAMES = fromClasspath();
  }

  /** The bundled list, loaded once. */
  static OrganizationNames shared() {
    return Holder.NAMES;
  }

  /**
   * Loads the bundled list.
   *
   * @throws IllegalStateException if the resource is missing or malformed
   */
  static OrganizationNames fromClasspath() {
    Map<List<String>, String> names = new HashMap<>(4096);
    for (String[] row : WordLists.rows(RESOURCE)) {
      List<String> words = new ArrayList<>();
      for (String word : row[0].strip().split("\\s+")) {
        words.add(ArabicTextNormalizer.matchKey(word));
      }
      names.putIfAbsent(List.copyOf(words), row[1].strip());
    }
    return new OrganizationNames(names);
  }

  /** How many distinct names the list holds. */
  int size() {
    return names.size();
  }

  /**
   * The longest listed name starting at word {@code at}, as its category and length in words.
   *
   * @param keys the match keys of a sentence's words
   * @return {@code null} when no listed name starts there
   */
  Match longestAt(List<String> keys, int at) {
    for (int length = Math.min(longest, keys.size() - at); length >= 1; length--) {
      for (String first : firstWordForms(keys.get(at))) {
        List<String> candidate = new ArrayList<>(length);
        candidate.add(first);
        candidate.addAll(keys.subList(at + 1, at + length));
        String category = names.get(candidate);
        if (category != null) {
          return new Match(category, length);
        }
      }
    }
    return null;
  }

  /**
   * The first word as written, without a conjunction «و»/«ف», without a preposition «ب»/«ل»/«ك»
   * after it, and as {@link CliticForms#stem} reads it («للاتحاد» → «الاتحاد»); at least three
   * letters always remain.
   */
  private static List<String> firstWordForms(String key) {
    List<String> out = new ArrayList<>(4);
    out.add(key);
    String rest = key;
    if (rest.length() > MIN_STEM && "وف".indexOf(rest.charAt(0)) >= 0) {
      rest = rest.substring(1);
      out.add(rest);
    }
    if (rest.length() > MIN_STEM && "بلك".indexOf(rest.charAt(0)) >= 0) {
      out.add(rest.substring(1));
    }
    String stem = CliticForms.of(key).stem();
    if (!out.contains(stem)) {
      out.add(stem);
    }
    return out;
  }

  /**
   * A listed name found in a sentence.
   *
   * @param category the list's category («club», «company»)
   * @param length the name's length in words, {@code >= 1}
   */
  record Match(String category, int length) {}
}
