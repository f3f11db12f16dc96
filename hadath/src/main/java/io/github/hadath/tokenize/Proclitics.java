package io.github.hadath.tokenize;

import java.util.ArrayList;
import java.util.List;

/**
 * The proclitics of Arabic words, by rule: the one place of the project that knows them. Every
 * stage that sees through «و», «ف», «ب», «ل», «ك» or a definite article reads a word by one of the
 * methods below, so a name is found behind the same clitics whatever list, stage or gazetteer holds
 * it.
 *
 * <p>The rule, on a word's {@link io.github.hadath.text.ArabicTextNormalizer#matchKey match key}:
 *
 * <ol>
 *   <li>A word may carry, in this order, a conjunction ({@value #CONJUNCTIONS}) and a preposition
 *       ({@value #PREPOSITIONS}); each is read off only while at least {@code minStem} letters
 *       remain, which keeps «بنا» or «لكم» from ever being read as «نا» or «كم».
 *   <li>After the preposition «ل», a stem that begins with «ل» may be a word with the article
 *       «ال» whose alef is elided in writing («للأنتربول» = ل + الأنتربول), so that reading is
 *       listed too, its key with the alef restored ({@link Reading#elidedArticle}).
 *   <li>The definite article «ال» is read off a stem only while {@code minStem} letters remain
 *       ({@link #withoutArticle}).
 * </ol>
 *
 * <p>What differs between stages is a parameter of that rule, not a copy of it:
 *
 * <ul>
 *   <li>dictionary lookup of names (gazetteers, name lists, the Treebank lexicon) tries every
 *       {@link #readings(String) reading}, stems of at least {@value #MIN_STEM} letters;
 *   <li>the time grammar tries them too, with stems of two letters («بعد» → «عد» is no time word,
 *       but «ويوم» → «يوم» is) and the elided article's preposition kept in the stem's span ({@link
 *       ElidedArticle#WITH_PREPOSITION}), since «للعام» is one item with the key «العام»;
 *   <li>the CRF's features read one {@link #guess guess} per word ({@link WordForms}), which only
 *       removes a preposition when an article follows it;
 *   <li>template phrases compare stems without the article, two letters at least ({@link
 *       #withoutArticle}), and read a doubtful segmentation twice ({@link #doubtfulStem}).
 * </ul>
 *
 * <p>Stateless; every method is a pure function of its arguments.
 */
public final class Proclitics {

  /** The fewest letters a stem keeps when names are looked up: «بنا» is never «نا». */
  public static final int MIN_STEM = 3;

  /** The conjunctions a word may begin with: «و» (and), «ف» (so). */
  public static final String CONJUNCTIONS = "وف";

  /** The prepositions a word may begin with, after a conjunction if any: «ب» (in), «ل» (to, for), «ك» (as). */
  public static final String PREPOSITIONS = "بلك";

  /** The definite article. */
  public static final String ARTICLE = "ال";

  private static final char LAM = 'ل';
  private static final char ALEF = 'ا';

  private Proclitics() {}

  /** Where the stem of a word whose article's alef is elided after «ل» («للعام») begins. */
  public enum ElidedArticle {
    /**
     * On the article's «ل», the only letter of the article that is written: a name found in
     * «للأنتربول» reads «لأنتربول».
     */
    AT_ARTICLE,
    /**
     * On the preposition: the written «لل» stands for both, so the stem's span keeps it and the
     * word is one item with the key «العام» (the time grammar's reading).
     */
    WITH_PREPOSITION
  }

  /**
   * One reading of a word.
   *
   * @param start index in the word's key where the stem's span begins, 0 ≤ start &lt; key length:
   *     the number of proclitic letters read off, less one when an elided article's stem keeps
   *     its preposition ({@link ElidedArticle#WITH_PREPOSITION})
   * @param key the stem's key, with an elided article's alef restored
   * @param elidedArticle true when the stem is an article whose alef is elided after «ل»
   */
  public record Reading(int start, String key, boolean elidedArticle) {}

  /**
   * Every reading of a word key for name lookup: stems of at least {@value #MIN_STEM} letters, an
   * elided article's stem starting on its «ل» ({@link ElidedArticle#AT_ARTICLE}).
   *
   * @param key a word's match key
   * @return one to four readings, the whole word first, then by more proclitics read off, the
   *     elided-article reading after the plain one of the same length
   */
  public static List<Reading> readings(String key) {
    return readings(key, MIN_STEM, ElidedArticle.AT_ARTICLE);
  }

  /**
   * Every reading of a word key, the whole word first, then by more proclitics read off: without
   * its conjunction; then, after that conjunction if any, without its preposition; then, after the
   * preposition «ل» and before a stem that begins with «ل», the stem with an elided article's alef
   * restored («للوليد» → «الوليد»).
   *
   * @param key a word's match key
   * @param minStem the fewest letters a stem keeps, ≥ 1
   * @param elidedArticle where an elided article's stem begins
   * @return one to four readings; their keys are distinct, since each is shorter than the one
   *     before except the elided-article one, which begins with «ا» where the reading of its
   *     length begins with «ل»
   * @throws IllegalArgumentException if {@code minStem < 1}
   */
  public static List<Reading> readings(String key, int minStem, ElidedArticle elidedArticle) {
    if (minStem < 1) {
      throw new IllegalArgumentException("minStem must be at least 1, was " + minStem);
    }
    List<Reading> readings = new ArrayList<>(4);
    readings.add(new Reading(0, key, false));
    int afterConjunction = 0;
    if (key.length() > minStem && CONJUNCTIONS.indexOf(key.charAt(0)) >= 0) {
      afterConjunction = 1;
      readings.add(new Reading(1, key.substring(1), false));
    }
    if (key.length() - afterConjunction > minStem
        && PREPOSITIONS.indexOf(key.charAt(afterConjunction)) >= 0) {
      int stem = afterConjunction + 1;
      readings.add(new Reading(stem, key.substring(stem), false));
      if (key.charAt(afterConjunction) == LAM && key.charAt(stem) == LAM) {
        int start = elidedArticle == ElidedArticle.AT_ARTICLE ? stem : afterConjunction;
        readings.add(new Reading(start, ALEF + key.substring(stem), true));
      }
    }
    return readings;
  }

  /**
   * The keys of a word's {@link #readings(String) readings} for name lookup, the whole word first:
   * «وبطنجه» gives «وبطنجه», «بطنجه», «طنجه»; «وللوليد» gives «وللوليد», «للوليد», «لوليد»,
   * «الوليد».
   *
   * @param key a word's match key
   * @return one to four distinct keys, {@code key} first
   */
  public static List<String> readingKeys(String key) {
    return keys(readings(key));
  }

  /** The keys of {@code readings}, in order. */
  static List<String> keys(List<Reading> readings) {
    List<String> keys = new ArrayList<>(readings.size());
    for (Reading reading : readings) {
      keys.add(reading.key());
    }
    return List.copyOf(keys);
  }

  /**
   * The key without a leading definite article «ال», when at least {@code minStem} letters remain;
   * else the key itself.
   *
   * @param key a match key
   * @param minStem the fewest letters the stem keeps, ≥ 0
   */
  public static String withoutArticle(String key, int minStem) {
    return key.startsWith(ARTICLE) && key.length() - ARTICLE.length() >= minStem
        ? key.substring(ARTICLE.length())
        : key;
  }

  /**
   * One guess at a word's proclitics and stem, made without context, so that a corpus's own tokens
   * read the same at training and at tagging time: among the {@link #readings(String) readings},
   * the conjunction is read off whenever it may be; a preposition only when an article follows it
   * («بالأردن» → «الاردن», but «بطنجه» stays whole), or when it is «ل» before an elided article
   * whose stem keeps {@value #MIN_STEM} letters without the article («للوليد» → «الوليد»).
   *
   * <p>The guess is deliberately simple and sometimes wrong («وليد» loses its «و»): the CRF sees
   * the whole key as well and learns how far to trust the stem.
   *
   * @param readings a word's {@link #readings(String) readings}, the whole word first
   * @return the reading guessed, {@code start} letters of proclitics before it
   * @throws IllegalArgumentException if {@code readings} is empty
   */
  public static Reading guess(List<Reading> readings) {
    if (readings.isEmpty()) {
      throw new IllegalArgumentException("no readings: the whole word comes first");
    }
    String key = readings.get(0).key();
    Reading best = readings.get(0);
    for (Reading reading : readings.subList(1, readings.size())) {
      String stem = reading.key();
      if (reading.start() == 1 && CONJUNCTIONS.indexOf(key.charAt(0)) >= 0) {
        best = reading; // the conjunction alone: always read off
      } else if (reading.elidedArticle()
          ? stem.length() > MIN_STEM + 1
          : stem.startsWith(ARTICLE) && stem.length() > MIN_STEM) {
        return reading; // the elided reading comes after the plain one, which never qualifies then
      }
    }
    return best;
  }

  /**
   * A second reading of a stem the statistical segmenter may have cut wrongly, or the stem itself
   * when there is no doubt.
   *
   * <ul>
   *   <li>A word that begins with «لل» and was split may come out as «ل» + «لمهرجان», the
   *       article's alef not restored (while «للغة» really is «ل» + «لغة»): the second reading
   *       restores it, «المهرجان».
   *   <li>A glued proclitic is sometimes left on an unsplit word («لطاقة»): the second reading
   *       reads one proclitic letter off, {@value #MIN_STEM} letters remaining.
   * </ul>
   *
   * @param wordKey the match key of the whole word
   * @param stemKey the match key of the segmenter's stem token
   * @param split true when the segmenter split tokens off before the stem
   */
  public static String doubtfulStem(String wordKey, String stemKey, boolean split) {
    if (split) {
      boolean elided = wordKey.length() > 1 && wordKey.charAt(0) == LAM && wordKey.charAt(1) == LAM;
      return elided && stemKey.startsWith(String.valueOf(LAM)) && !stemKey.startsWith(ARTICLE)
          ? ALEF + stemKey
          : stemKey;
    }
    List<Reading> readings = readings(stemKey);
    return readings.size() > 1 ? readings.get(1).key() : stemKey;
  }

  /**
   * True when a segmenter token is a stem whose article's alef it restored after «ل»: its
   * normalized form begins with «ال» while the text as written begins with «ل» («للجمعية» gives
   * «ل» + «الجمعية» written «لجمعية»).
   *
   * @param text the token as written
   * @param form the token's normalized form
   */
  public static boolean restoredArticle(String text, String form) {
    return form.startsWith(ARTICLE) && !text.isEmpty() && text.charAt(0) == LAM;
  }
}
