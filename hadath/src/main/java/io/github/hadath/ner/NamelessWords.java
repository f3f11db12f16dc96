package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.tokenize.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Words that can never carry a name, and the parts of a tagged span that can.
 *
 * <p>A word is <em>nameless</em> when, once digits, tatweel, marks and punctuation are set aside,
 * it has no letter, a single letter, or only a function word: the article «ال» written alone, a
 * proclitic with the article («وال», «بال»), a preposition or conjunction («في», «من», «على»).
 * On such runs the CRF, which never saw them in training, can tag thousands of words as one
 * name (issue 19: 10,000 «ال» gave one ORG of 29,999 chars). So:
 *
 * <ul>
 *   <li>a mention never begins or ends with a nameless word;
 *   <li>two or more nameless words in a row end a mention (one inside a name stays: «جامعة
 *       الملك عبد العزيز و التقنية» as some sites space the conjunction);
 *   <li>a span of nameless words only is no mention.
 * </ul>
 */
final class NamelessWords {

  /** Function words, as {@link ArabicTextNormalizer#matchKey} writes them. */
  private static final Set<String> FUNCTION_WORDS =
      Set.of(
          "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "وبال", "وكال",
          "في", "من", "على", "علي", "الى", "الي", "عن", "مع", "ان", "او", "ثم", "لا", "ما", "قد",
          "لم", "لن", "هو", "هي", "كل", "بين", "عند", "منذ", "حتي", "حتى", "اذا", "لكن", "بل");

  /** Tatweel, a letter for Java (a modifier letter), a stretch of the line for the reader. */
  private static final int TATWEEL = 0x0640;

  /** A run of at least this many nameless words ends a mention. */
  static final int BREAKING_RUN = 2;

  private NamelessWords() {}

  /** True if {@code word} (a whitespace word's text) cannot be part of a name's edge. */
  static boolean isNameless(String word) {
    StringBuilder letters = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); ) {
      int c = word.codePointAt(i);
      if (Character.isLetter(c) && c != TATWEEL) {
        letters.appendCodePoint(c);
      }
      i += Character.charCount(c);
    }
    if (letters.length() <= 1) {
      return true;
    }
    return FUNCTION_WORDS.contains(ArabicTextNormalizer.matchKey(letters));
  }

  /**
   * The parts of {@code words[begin, end)} that may be a mention: each a {@code [from, to)} pair
   * of word indices, trimmed of nameless words at both ends and cut at runs of {@value
   * #BREAKING_RUN} or more of them; empty if every word is nameless.
   */
  static List<int[]> nameParts(List<Word> words, int begin, int end) {
    List<int[]> parts = new ArrayList<>(1);
    int w = begin;
    while (w < end) {
      while (w < end && isNameless(words.get(w).text())) {
        w++;
      }
      if (w == end) {
        break;
      }
      int from = w;
      int lastNamed = w;
      int run = 0;
      for (w = from + 1; w < end; w++) {
        if (isNameless(words.get(w).text())) {
          if (++run >= BREAKING_RUN) {
            break;
          }
        } else {
          run = 0;
          lastNamed = w;
        }
      }
      parts.add(new int[] {from, lastNamed + 1});
      w = Math.max(w, lastNamed + 1);
    }
    return parts;
  }
}
