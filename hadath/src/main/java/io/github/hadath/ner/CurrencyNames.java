package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.tokenize.WordForms;

/**
 * Currency names for the CRF's {@link ArabicCrfFeatureFactory.FeatureSet#CURRENCIES} features, from
 * {@code models/names/currencies.tsv}: the first words of the Arabic currency names of the Unicode
 * CLDR data as the JDK 17 ships them («دولار», «دينار», «روبية»), less those that are also names or
 * common words, with their accusative and plural forms («دنانير»). ANERcorp tags a currency's name
 * as MISC, and the training text holds only a few currencies: the list tells the CRF that «روبل» is
 * one too.
 *
 * <p>Names are kept as match keys, so hamza and teh marbuta spellings do not matter.
 */
final class CurrencyNames {

  /** Classpath location of the list. */
  static final String RESOURCE = "models/names/currencies.tsv";

  private final ListedWords words;

  private CurrencyNames(ListedWords words) {
    this.words = words;
  }

  private static final class Holder {
    static final CurrencyNames NAMES = fromClasspath();
  }

  /** The bundled list, loaded once. */
  static CurrencyNames shared() {
    return Holder.NAMES;
  }

  /**
   * Loads the bundled list.
   *
   * @throws IllegalStateException if the resource is missing or malformed
   */
  static CurrencyNames fromClasspath() {
    return new CurrencyNames(ListedWords.firstColumnOf(RESOURCE));
  }

  /** How many names the list holds. */
  int size() {
    return words.size();
  }

  /**
   * True when one of the word's {@link WordForms#readings}, with or without an article, is a
   * listed currency: «دولار», «الدولار», «بالدولار», «وبدولارات».
   *
   * @param word the word's forms
   */
  boolean contains(WordForms word) {
    return words.containsReading(word, true);
  }
}
