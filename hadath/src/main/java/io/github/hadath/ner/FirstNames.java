package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.tokenize.WordForms;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Given names for the CRF's {@link ArabicCrfFeatureFactory.FeatureSet#NAMES} features, from two
 * lists in {@code models/names/} (provenance in {@code models/names/SOURCE.md}):
 *
 * <ul>
 *   <li>Arabic given names: the keys of {@code cases/fullnamedb.js} of the npm package {@code
 *       arabic-name-to-en} 1.0.6 by HamdonGunner (ISC licence), read as shipped. Only keys that
 *       are one word of Arabic letters are kept (2,472 keys, 2,356 distinct match keys); the file
 *       also holds a few keys with spaces or Latin letters, which are dropped.
 *   <li>Given names of non-Arab people as the Arabic press writes them ({@code
 *       foreign-given-names.tsv}, 1,061 lines with spelling variants), curated for Hadath.
 * </ul>
 *
 * <p>Names are kept as match keys, so hamza and teh marbuta spellings do not matter.
 */
final class FirstNames {

  /** Classpath location of the npm package's file. */
  static final String RESOURCE = "models/names/arabic-name-to-en-1.0.6-fullnamedb.js";

  /** Classpath location of the curated list of foreign given names. */
  static final String FOREIGN_RESOURCE = "models/names/foreign-given-names.tsv";

  private static final Pattern KEY = Pattern.compile("^\\s*\"?([^\":]+?)\"?\\s*:");
  private static final Pattern ARABIC_WORD = Pattern.compile("[\\u0621-\\u064A]+");

  private final ListedWords words;

  private FirstNames(ListedWords words) {
    this.words = words;
  }

  private static final class Holder {
    static final FirstNames NAMES = fromClasspath();
  }

  /** The bundled list, loaded once. */
  static FirstNames shared() {
    return Holder.NAMES;
  }

  /**
   * Loads the bundled lists.
   *
   * @throws IllegalStateException if a resource is missing
   */
  static FirstNames fromClasspath() {
    Set<String> keys = new HashSet<>(8192);
    for (String line : WordLists.lines(RESOURCE)) {
      Matcher m = KEY.matcher(line);
      if (m.find() && ARABIC_WORD.matcher(m.group(1)).matches()) {
        keys.add(ArabicTextNormalizer.matchKey(m.group(1)));
      }
    }
    for (String[] row : WordLists.rows(FOREIGN_RESOURCE)) {
      keys.add(ArabicTextNormalizer.matchKey(row[0]));
    }
    return new FirstNames(new ListedWords(keys));
  }

  /** How many names the list holds. */
  int size() {
    return words.size();
  }

  /**
   * True when one of the word's {@link WordForms#readings} is a listed name: as written, or
   * behind a conjunction «و»/«ف» and a preposition «ب»/«ل»/«ك» («ولمحمد»).
   */
  boolean contains(WordForms word) {
    return words.containsReading(word);
  }
}
