package io.github.hadath.tokenize;

import io.github.hadath.text.ArabicTextNormalizer;
import java.util.List;
import java.util.Objects;

/**
 * The forms of one whitespace word, computed once by {@link Proclitics}' rule and read by every
 * stage: its match key, the readings a dictionary lookup tries, and one guess at its proclitics,
 * stem and bare stem.
 *
 * <ul>
 *   <li>The tokenizer computes them for each {@link Word} ({@link Word#forms()}); the CRF computes
 *       the same from a corpus's own tokens ({@link #of}), so training and tagging see the same
 *       forms without running the segmenter.
 *   <li>Unlike the segmenter's tokens, the forms need no context: they are a function of the word
 *       as written.
 * </ul>
 *
 * <p>ANERcorp (and news text) writes clitics glued to names: «بالأردن», «للوليد», «وواشنطن». For
 * «وبالأردن» the forms are key «وبالاردن», readings «وبالاردن», «بالاردن», «الاردن», proclitics
 * «وب», stem «الاردن», bare «اردن».
 *
 * @param key the {@link ArabicTextNormalizer#matchKey match key} of the word
 * @param proclitics the letters the {@link Proclitics#guess guess} reads off before the stem, «»
 *     when none («وب» for «وبالأردن»)
 * @param stem the guessed stem, keeping the article («الاردن»), an elided article's alef restored
 * @param bare the stem without the definite article, {@value Proclitics#MIN_STEM} letters at least
 *     («اردن»)
 * @param readings the keys a dictionary lookup tries, most literal first ({@link
 *     Proclitics#readingKeys}): one to four, {@code key} first
 */
public record WordForms(
    String key, String proclitics, String stem, String bare, List<String> readings) {

  /**
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code readings} is empty or does not begin with {@code
   *     key}
   */
  public WordForms {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(proclitics, "proclitics");
    Objects.requireNonNull(stem, "stem");
    Objects.requireNonNull(bare, "bare");
    readings = List.copyOf(readings);
    if (readings.isEmpty() || !readings.get(0).equals(key)) {
      throw new IllegalArgumentException(
          "readings must begin with the key «" + key + "», were " + readings);
    }
  }

  /**
   * Computes the forms of {@code word}.
   *
   * @param word one whitespace word, as written
   * @throws NullPointerException if {@code word} is null
   */
  public static WordForms of(String word) {
    String key = ArabicTextNormalizer.matchKey(word);
    List<Proclitics.Reading> readings = Proclitics.readings(key);
    Proclitics.Reading guess = Proclitics.guess(readings);
    return new WordForms(
        key,
        key.substring(0, guess.start()),
        guess.key(),
        Proclitics.withoutArticle(guess.key(), Proclitics.MIN_STEM),
        Proclitics.keys(readings));
  }

  /** True when the stem carries the definite article. */
  public boolean hasArticle() {
    return bare.length() < stem.length();
  }

  private static final String NISBA = ArabicTextNormalizer.matchKey("ي");
  private static final String NISBA_FEMININE = ArabicTextNormalizer.matchKey("ية");

  /**
   * True when a match key ends as a relative (nisba) adjective does: «المصري», «الاجتماعية».
   *
   * @param key a match key, with or without the article
   */
  public static boolean hasRelativeEnding(String key) {
    return key.endsWith(NISBA) || key.endsWith(NISBA_FEMININE);
  }
}
