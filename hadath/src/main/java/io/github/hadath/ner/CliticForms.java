package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import java.util.List;

/**
 * The forms of one whitespace word that the CRF's features read: its match key and a guess at its
 * proclitics, stem and bare stem, made by rule so that training and tagging see the same forms.
 *
 * <p>ANERcorp (and news text) writes clitics glued to names: «بالأردن», «للوليد», «وواشنطن». The
 * rules strip, in this order and only while at least three letters remain:
 *
 * <ol>
 *   <li>a conjunction «و» or «ف»;
 *   <li>«لل» read as «ل» + «ال» (so «للوليد» has stem «الوليد»), or a preposition «ب», «ل», «ك»
 *       when the definite article follows it («بالأردن»);
 *   <li>the definite article «ال», giving the bare stem.
 * </ol>
 *
 * <p>The guess is deliberately simple and sometimes wrong («وليد» loses its «و»): the CRF sees the
 * whole key as well and learns how far to trust the stem. Unlike the pipeline's segmenter, the rules
 * need no context, so the corpus's own tokens can be tagged without running the segmenter.
 *
 * @param key the {@link ArabicTextNormalizer#matchKey match key} of the word
 * @param proclitics the letters stripped before the stem, «» when none («وب» for «وبالأردن»)
 * @param stem the key without its proclitics, keeping the article («الاردن»)
 * @param bare the stem without the definite article («اردن»)
 */
record CliticForms(String key, String proclitics, String stem, String bare) {

  private static final int MIN_STEM = 3;

  /**
   * Computes the forms of {@code word}.
   *
   * @param word one whitespace token, as written
   * @throws NullPointerException if {@code word} is null
   */
  static CliticForms of(String word) {
    String key = ArabicTextNormalizer.matchKey(word);
    String rest = key;
    StringBuilder proclitics = new StringBuilder(2);
    if (startsWithAny(rest, "وف") && rest.length() > MIN_STEM) {
      proclitics.append(rest.charAt(0));
      rest = rest.substring(1);
    }
    if (rest.startsWith("لل") && rest.length() > MIN_STEM + 1) {
      proclitics.append('ل');
      rest = "ا" + rest.substring(1);
    } else if (startsWithAny(rest, "بلك")
        && rest.startsWith("ال", 1)
        && rest.length() > MIN_STEM + 1) {
      proclitics.append(rest.charAt(0));
      rest = rest.substring(1);
    }
    String bare = rest.startsWith("ال") && rest.length() > MIN_STEM + 1 ? rest.substring(2) : rest;
    return new CliticForms(key, proclitics.toString(), rest, bare);
  }

  /**
   * The readings a list lookup tries for a whitespace word, most literal first: {@link
   * Proclitics#stems}' keys, the rule the gazetteers use too. The key as written; without a
   * conjunction «و» or «ف»; then, after that conjunction if any, without a preposition «ب», «ل» or
   * «ك» («بطنجه» → «طنجه»), and «لل» read as «ل» + an article whose alef is elided («للوليد» →
   * «الوليد»). At least three letters remain after a stripped clitic. The Treebank lexicon, the
   * given-name list, the name lists and the gazetteers all read words this way, so a name is found
   * behind the same clitics whatever list holds it.
   *
   * @param key a word's {@link ArabicTextNormalizer#matchKey match key}
   * @return one to four distinct readings, {@code key} first
   */
  static List<String> readings(String key) {
    // distinct by construction: each reading is shorter than the one before, except the
    // elided-article one, which begins with «ا» where the reading of the same length begins with «ل»
    return Proclitics.stems(key).stream().map(Proclitics.Stem::key).toList();
  }

  /** True when the stem carries the definite article. */
  boolean hasArticle() {
    return bare.length() < stem.length();
  }

  private static boolean startsWithAny(String s, String letters) {
    return !s.isEmpty() && letters.indexOf(s.charAt(0)) >= 0;
  }
}
