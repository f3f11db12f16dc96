package io.github.hadath.ner;

import io.github.hadath.tokenize.WordForms;

/**
 * Single words of person names, for the CRF's {@link
 * ArabicCrfFeatureFactory.FeatureSet#NAME_TOKENS} features: {@value #RESOURCE}, written by {@code
 * NameListExporter} from Wikidata's person-name tokens (CC0; mostly foreign names in Arabic
 * script: «سميث», «فيلاسكيز») and a list of Arabic given and family names (MIT). Unlike {@link
 * FirstNames}, a word here may be any part of a name, and the list is large and noisy (some
 * tokens are also common words): the CRF learns how far to trust it, mostly together with the
 * spelling and lexicon features.
 *
 * <p>Words are kept as match keys and read through their clitics ({@link WordForms#readings}).
 */
final class NameTokens {

  /** Classpath location of the list. */
  static final String RESOURCE = "models/names/name-tokens.tsv";

  private final ListedWords words;

  private NameTokens(ListedWords words) {
    this.words = words;
  }

  private static final class Holder {
    static final NameTokens LIST = fromClasspath();
  }

  /** The bundled list, loaded once. */
  static NameTokens shared() {
    return Holder.LIST;
  }

  private static NameTokens fromClasspath() {
    return new NameTokens(ListedWords.firstColumnOf(RESOURCE));
  }

  /** How many distinct keys the list holds. */
  int size() {
    return words.size();
  }

  /** True when the word, as written or behind its proclitics, is a listed name word. */
  boolean contains(WordForms word) {
    return words.containsReading(word);
  }
}
