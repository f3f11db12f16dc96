package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;

/**
 * Gazetteer keys of words as written: a word's match key with, for each key char, where in the word
 * it came from, so that a name found behind proclitics ({@link
 * io.github.hadath.tokenize.Proclitics#readings}) maps back onto the original text.
 *
 * <p>Keys are made with the normalizer's own rules (ligatures, stretched letters, marks and bidi
 * controls folded); {@link #markedKey} keeps the shadda, the one mark that tells two names apart
 * often enough to matter.
 */
final class GazetteerKeys {

  static final char SHADDA = '\u0651';

  /** Match keys of the chars below U+0700, computed once with the normalizer's own rules. */
  private static final String[] CHAR_KEYS = new String[0x700];

  static {
    for (char c = 0; c < CHAR_KEYS.length; c++) {
      CHAR_KEYS[c] = ArabicTextNormalizer.matchKey(String.valueOf(c));
    }
  }

  private static final ArabicTextNormalizer NORMALIZER = new ArabicTextNormalizer();

  private GazetteerKeys() {}

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
}
