package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * A word list of the CRF's features, held as match keys ({@link ArabicTextNormalizer#matchKey}) and
 * looked up through a word's proclitic readings ({@link CliticForms#readings}), the project's one
 * rule for them: «ولمحمد» finds «محمد». Immutable, so thread-safe.
 */
final class ListedWords {

  private final Set<String> keys;

  /**
   * @param keys match keys of the listed words
   */
  ListedWords(Set<String> keys) {
    this.keys = Set.copyOf(keys);
  }

  /**
   * The words of the first column of a tab-separated classpath list ({@link WordLists#rows}).
   *
   * @throws IllegalStateException if the resource is missing or malformed
   */
  static ListedWords firstColumnOf(String resource) {
    Set<String> keys = new HashSet<>();
    for (String[] row : WordLists.rows(resource)) {
      keys.add(ArabicTextNormalizer.matchKey(row[0]));
    }
    return new ListedWords(keys);
  }

  /** How many distinct keys the list holds. */
  int size() {
    return keys.size();
  }

  /**
   * True when one of the word's readings is listed.
   *
   * @param key the word's match key
   */
  boolean containsReading(String key) {
    return containsReading(key, false);
  }

  /**
   * True when one of the word's readings is listed, or, with {@code orWithoutArticle}, one of them
   * less its article «ال» («الدولار» finds «دولار»).
   *
   * @param key the word's match key
   */
  boolean containsReading(String key, boolean orWithoutArticle) {
    for (String reading : CliticForms.readings(key)) {
      if (keys.contains(reading)
          || (orWithoutArticle && reading.startsWith("ال") && keys.contains(reading.substring(2)))) {
        return true;
      }
    }
    return false;
  }
}
