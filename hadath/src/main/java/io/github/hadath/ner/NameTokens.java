package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import java.util.HashSet;
import java.util.Set;

/**
 * Single words of person names, for the CRF's {@link
 * ArabicCrfFeatureFactory.FeatureSet#NAME_TOKENS} features: {@value #RESOURCE}, written by {@link
 * NameListExporter} from Wikidata's person-name tokens (CC0; mostly foreign names in Arabic
 * script: «سميث», «فيلاسكيز») and a list of Arabic given and family names (MIT). Unlike {@link
 * FirstNames}, a word here may be any part of a name, and the list is large and noisy (some
 * tokens are also common words): the CRF learns how far to trust it, mostly together with the
 * spelling and lexicon features.
 *
 * <p>Words are kept as match keys and read through their clitics ({@link CliticForms#readings}).
 */
final class NameTokens {

  /** Classpath location of the list. */
  static final String RESOURCE = "models/names/name-tokens.tsv";

  private final Set<String> keys;

  private NameTokens(Set<String> keys) {
    this.keys = keys;
  }

  private static final class Holder {
    static final NameTokens LIST = fromClasspath();
  }

  /** The bundled list, loaded once. */
  static NameTokens shared() {
    return Holder.LIST;
  }

  private static NameTokens fromClasspath() {
    Set<String> keys = new HashSet<>(1 << 16);
    for (String[] row : WordLists.rows(RESOURCE)) {
      keys.add(ArabicTextNormalizer.matchKey(row[0]));
    }
    return new NameTokens(keys);
  }

  /** How many distinct keys the list holds. */
  int size() {
    return keys.size();
  }

  /** True when the word, as written or behind its proclitics, is a listed name word. */
  boolean contains(String key) {
    for (String reading : CliticForms.readings(key)) {
      if (keys.contains(reading)) {
        return true;
      }
    }
    return false;
  }
}
