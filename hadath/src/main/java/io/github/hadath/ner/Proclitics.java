package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule-based proclitic removal for dictionary lookup of names.
 *
 * <p>A word may carry, in this order, a conjunction (و «and», ف «so») and a preposition (ب «in»,
 * ل «to, for», ك «as»). {@link #stems} lists every reading of a word: the whole word first, then
 * the word without its conjunction, then without conjunction and preposition. When the
 * preposition is «ل» and the stem begins with «ل», the stem may be a name with the article «ال»
 * whose alef is elided in writing («للأنتربول» = ل + الأنتربول), so that reading is listed too,
 * its key with the alef restored.
 *
 * <p>No reading leaves a stem shorter than {@value #MIN_STEM} letters, which keeps «بنا» or «لكم»
 * from ever being looked up as «نا» or «كم».
 *
 * <p>The one proclitic rule of the project: the gazetteers read words by it, and so do the CRF's
 * lexicon and name-list features, through {@link CliticForms#readings}.
 */
final class Proclitics {

  static final int MIN_STEM = 3;

  private static final char WAW = 'و';
  private static final char FEH = 'ف';
  private static final char BEH = 'ب';
  private static final char LAM = 'ل';
  private static final char KAF = 'ك';
  private static final char ALEF = 'ا';
  static final char SHADDA = '\u0651';

  /** Match keys of the chars below U+0700, computed once with the normalizer's own rules. */
  private static final String[] CHAR_KEYS = new String[0x700];

  static {
    for (char c = 0; c < CHAR_KEYS.length; c++) {
      CHAR_KEYS[c] = ArabicTextNormalizer.matchKey(String.valueOf(c));
    }
  }

  private static final ArabicTextNormalizer NORMALIZER = new ArabicTextNormalizer();

  private Proclitics() {}

  /**
   * A word's match key with, for each key char, the offset in the word of the char it came from.
   */
  record KeyedWord(String key, int[] offsets) {

    /** Offset in the word of the char that key char {@code keyIndex} came from. */
    int offset(int keyIndex) {
      return offsets[keyIndex];
    }
  }

  /**
   * One reading of a word.
   *
   * @param start index in the word's key where the stem begins (on the «ل» of an elided article)
   * @param key the stem's key, with an elided article's alef restored
   */
  record Stem(int start, String key) {}

  /**
   * Keys {@code word} as the normalizer reads it (ligatures, stretched letters, marks and bidi
   * controls folded), remembering where in {@code word} each key char came from.
   */
  static KeyedWord key(String word) {
    NormalizedText normalized = NORMALIZER.normalize(word);
    String text = normalized.normalized();
    KeyBuilder key = new KeyBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      key.append(charKey(text.charAt(i)), normalized.toOriginal(i, i + 1).begin());
    }
    return key.build();
  }

  /**
   * Keys {@code word} like {@link #key} but keeping its shaddas, or returns null when it has none.
   *
   * <p>The shadda is the one mark that tells two names apart often enough to matter: «عمّان»
   * (Amman, as the Jordanian news agency writes its dateline) against «عمان» (Oman, or Amman
   * unmarked). Gazetteer names written with a shadda are keyed this way too, so they only match
   * text that writes it.
   */
  static KeyedWord markedKey(String word) {
    if (word.indexOf(SHADDA) < 0) {
      return null;
    }
    KeyBuilder key = new KeyBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      key.append(c == SHADDA ? String.valueOf(SHADDA) : charKey(c), i);
    }
    return key.build();
  }

  /** The match key of one char, from the precomputed table when it is there. */
  private static String charKey(char c) {
    return c < CHAR_KEYS.length ? CHAR_KEYS[c] : ArabicTextNormalizer.matchKey(String.valueOf(c));
  }

  /** Accumulates a key and, for each of its chars, the offset in the word it came from. */
  private static final class KeyBuilder {
    private final StringBuilder key;
    private int[] offsets;

    KeyBuilder(int wordLength) {
      key = new StringBuilder(wordLength);
      offsets = new int[wordLength * 2 + 1];
    }

    void append(String part, int from) {
      for (int k = 0; k < part.length(); k++) {
        if (key.length() == offsets.length) {
          offsets = java.util.Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[key.length()] = from;
        key.append(part.charAt(k));
      }
    }

    KeyedWord build() {
      return new KeyedWord(key.toString(), offsets);
    }
  }

  /**
   * Every reading of a word key, the whole word first, then by more proclitics removed.
   *
   * @param key a word's match key
   */
  static List<Stem> stems(String key) {
    List<Stem> stems = new ArrayList<>(4);
    stems.add(new Stem(0, key));
    int afterConjunction = 0;
    if (key.length() > MIN_STEM && (key.charAt(0) == WAW || key.charAt(0) == FEH)) {
      afterConjunction = 1;
      stems.add(new Stem(1, key.substring(1)));
    }
    if (key.length() - afterConjunction > MIN_STEM) {
      char preposition = key.charAt(afterConjunction);
      int stem = afterConjunction + 1;
      if (preposition == BEH || preposition == LAM || preposition == KAF) {
        stems.add(new Stem(stem, key.substring(stem)));
        if (preposition == LAM && key.charAt(stem) == LAM) {
          stems.add(new Stem(stem, ALEF + key.substring(stem)));
        }
      }
    }
    return stems;
  }
}
