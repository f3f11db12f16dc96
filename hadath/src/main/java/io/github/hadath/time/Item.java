package io.github.hadath.time;

/**
 * One lexical item of the normalized text as the time grammar sees it: a run of letters, a run of
 * ASCII digits, or one other visible char. Offsets are into the normalized text.
 *
 * @param begin first char, UTF-16 index into the normalized text
 * @param end index one past the last char
 * @param key the {@link io.github.hadath.text.ArabicTextNormalizer#matchKey match key}; for a
 *     stem after a split «لل» proclitic it restores the article («للعام» gives «ل» + «العام»)
 * @param kind letters, digits or a single other char
 * @param line number of line breaks before the item
 * @param spaced true when white space separates the item from the one before it
 * @param proclitic true when a proclitic (و، ف، ب، ل، ك) was glued before the item in its word
 */
record Item(int begin, int end, String key, Kind kind, int line, boolean spaced, boolean proclitic) {

  enum Kind {
    WORD,
    NUMBER,
    PUNCT
  }

  boolean isWord() {
    return kind == Kind.WORD;
  }

  boolean isNumber() {
    return kind == Kind.NUMBER;
  }

  /** True when the item is the single char {@code c}. */
  boolean isPunct(char c) {
    return kind == Kind.PUNCT && key.charAt(0) == c;
  }
}
