package io.github.hadath.ner;

import io.github.hadath.tokenize.WordForms;
import java.util.HashMap;
import java.util.Map;

/**
 * What the Penn Arabic Treebank says about a word form: how often it occurs there, how often as a
 * proper noun, and its most frequent coarse part of speech. Read from the table {@link
 * AtbLexiconExporter} writes at build time from CoreNLP's Arabic tagger; the CRF's {@link
 * ArabicCrfFeatureFactory.FeatureSet#LEXICON} features read it.
 *
 * <p>The Treebank splits the proclitics «و», «ف», «ب», «ل», «ك» off a word but keeps the article
 * «ال» on it, so {@link #find} strips proclitics from a whitespace word until a form is known.
 */
final class AtbLexicon {

  /** The coarse tag of proper nouns. */
  static final String PROPER_NOUN = "NNP";

  /** The classpath resource the build writes. */
  static final String RESOURCE = "io/github/hadath/ner/atb-pos-lexicon.tsv";

  /**
   * One known form.
   *
   * @param count occurrences in the Treebank, {@code >= 1}
   * @param properNoun occurrences tagged as a proper noun, {@code <= count}
   * @param tag the most frequent {@link #coarse coarse tag}
   */
  record Entry(int count, int properNoun, String tag) {

    /** «NNP» when most occurrences are proper nouns, «nnp» when some are, else «-». */
    String properNounClass() {
      return properNoun * 2 > count ? "NNP" : properNoun > 0 ? "nnp" : "-";
    }
  }

  private final Map<String, Entry> entries;

  private AtbLexicon(Map<String, Entry> entries) {
    this.entries = entries;
  }

  private static final class Holder {
    static final AtbLexicon LEXICON = fromClasspath();
  }

  /** The lexicon the build wrote, loaded once. */
  static AtbLexicon shared() {
    return Holder.LEXICON;
  }

  /**
   * Loads the lexicon from {@link #RESOURCE}.
   *
   * @throws IllegalStateException if the resource is missing (the build did not run its export
   *     step) or malformed
   */
  static AtbLexicon fromClasspath() {
    Map<String, Entry> entries = new HashMap<>(65_536);
    for (String line : WordLists.lines(RESOURCE)) {
      String[] f = line.split("\t", -1);
      if (f.length != 4) {
        throw new IllegalStateException("malformed line in " + RESOURCE + ": «" + line + "»");
      }
      entries.put(f[0], new Entry(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3]));
    }
    return new AtbLexicon(entries);
  }

  /** The entry of an exact match key, or null when the Treebank never has it. */
  Entry get(String key) {
    return entries.get(key);
  }

  /**
   * The entry of a whitespace word: the first of its {@link WordForms#readings} the Treebank
   * knows (as written, without a conjunction «و»/«ف», then without a preposition «ب»/«ل»/«ك»,
   * «للوليد» read as «الوليد»); null when none is known.
   */
  Entry find(WordForms word) {
    for (String reading : word.readings()) {
      Entry entry = entries.get(reading);
      if (entry != null) {
        return entry;
      }
    }
    return null;
  }

  /**
   * Folds a Treebank tag to a coarse one: the article «DT» prefix dropped, plurals to singular,
   * verbs to «VB», adjectives to «JJ», numbers to «CD», every closed class to «F».
   */
  static String coarse(String tag) {
    String t = tag.startsWith("DT") && tag.length() > 2 ? tag.substring(2) : tag;
    if (t.startsWith("NNP")) {
      return PROPER_NOUN;
    }
    if (t.startsWith("NN")) {
      return "NN";
    }
    if (t.startsWith("VB") || t.equals("VN")) {
      return "VB";
    }
    if (t.startsWith("JJ") || t.equals("ADJ_NUM")) {
      return "JJ";
    }
    if (t.equals("CD") || t.equals("NOUN_QUANT")) {
      return "CD";
    }
    return "F";
  }
}
