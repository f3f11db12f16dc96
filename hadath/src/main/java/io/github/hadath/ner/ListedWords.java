package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.tokenize.Proclitics;
import io.github.hadath.tokenize.WordForms;
import java.util.HashSet;
import java.util.Set;

/**
 * A word list of the CRF's features, held as match keys ({@link ArabicTextNormalizer#matchKey}) and
 * looked up through a word's proclitic readings ({@link WordForms#readings}), the project's one
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
   * @param word the word's forms
   */
  boolean containsReading(WordForms word) {
    return containsReading(word, false);
  }

  /**
   * True when one of the word's readings is listed, or, with {@code orWithoutArticle}, one of them
   * less its article «ال» («الدولار» finds «دولار»).
   *
   * @param word the word's forms
   */
  boolean containsReading(WordForms word, boolean orWithoutArticle) {
    for (String reading : word.readings()) {
      if (keys.contains(reading)
          || (orWithoutArticle && keys.contains(Proclitics.withoutArticle(reading, 0)))) {
        return true;
      }
    }
    return false;
  }
}
