package io.github.hadath.text;

import java.text.Normalizer;
import java.util.Objects;

/**
 * Cleans Arabic text for tokenization and matching while keeping offsets into the original.
 *
 * <p>Rules of {@link #normalize(String)}, applied char by char in one pass:
 *
 * <ul>
 *   <li>removed: tatweel (U+0640), harakat and other Arabic combining marks (U+0610–U+061A,
 *       U+064B–U+065F, U+0670, U+06D6–U+06ED), bidi controls (U+061C, U+200E, U+200F,
 *       U+202A–U+202E, U+2066–U+2069), zero-width chars (U+200B–U+200D, U+2060, U+FEFF) and the
 *       soft hyphen (U+00AD);
 *   <li>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) are replaced by their NFKC
 *       letters, so the lam-alef ligature U+FEF7 («لأ») becomes two letters that both map back to the one
 *       original char;
 *   <li>Arabic-Indic (U+0660–U+0669) and Eastern Arabic-Indic (U+06F0–U+06F9) digits become ASCII
 *       digits; the Arabic comma, semicolon and question mark are kept;
 *   <li>Persian and Urdu letters fold to their Arabic twins: keheh U+06A9 to kaf, Farsi yeh U+06CC
 *       to yeh, heh goal U+06C1 and ae U+06D5 to heh;
 *   <li>other control chars (except tab, line feed and carriage return) and unpaired surrogates
 *       become a space, so they never glue two words and never shift an offset.
 * </ul>
 *
 * <p>Letters are otherwise kept as written (hamza forms, alef maqsura, teh marbuta): the CoreNLP
 * segmenter was trained on them. Orthographic folding for dictionary lookup is the separate
 * {@link #matchKey(CharSequence)}.
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class ArabicTextNormalizer {

  static final char TATWEEL = '\u0640';
  static final char ARABIC_LETTER_KEHEH = '\u06A9';
  static final char ARABIC_LETTER_FARSI_YEH = '\u06CC';
  static final char ARABIC_LETTER_HEH_GOAL = '\u06C1';
  static final char ARABIC_LETTER_AE = '\u06D5';
  static final char ARABIC_LETTER_KAF = '\u0643';
  static final char ARABIC_LETTER_YEH = '\u064A';
  static final char ARABIC_LETTER_HEH = '\u0647';
  static final char ALEF = '\u0627';
  static final char ALEF_WITH_HAMZA_ABOVE = '\u0623';
  static final char ALEF_WITH_HAMZA_BELOW = '\u0625';
  static final char ALEF_WITH_MADDA_ABOVE = '\u0622';
  static final char ALEF_WASLA = '\u0671';
  static final char ALEF_MAKSURA = '\u0649';
  static final char TEH_MARBUTA = '\u0629';

  /**
   * Normalizes {@code text} as described in the class documentation.
   *
   * @param text any string, possibly empty
   * @return the cleaned text with its offset map into {@code text}
   * @throws NullPointerException if {@code text} is null
   */
  public NormalizedText normalize(String text) {
    Objects.requireNonNull(text, "text");
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    int[] begins = new int[n + 8];
    int[] ends = new int[n + 8];
    int size = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        // A well-formed pair (emoji, rare scripts) is copied as it is.
        if (size + 2 > begins.length) {
          begins = grow(begins);
          ends = grow(ends);
        }
        out.append(c).append(text.charAt(i + 1));
        begins[size] = i;
        ends[size++] = i + 2;
        begins[size] = i;
        ends[size++] = i + 2;
        i++;
        continue;
      }
      String replacement = replacement(c);
      if (replacement == null) {
        if (size == begins.length) {
          begins = grow(begins);
          ends = grow(ends);
        }
        out.append(c);
        begins[size] = i;
        ends[size++] = i + 1;
        continue;
      }
      for (int k = 0; k < replacement.length(); k++) {
        if (size == begins.length) {
          begins = grow(begins);
          ends = grow(ends);
        }
        out.append(replacement.charAt(k));
        begins[size] = i;
        ends[size++] = i + 1;
      }
    }
    return new NormalizedText(
        text, out.toString(), java.util.Arrays.copyOf(begins, size), java.util.Arrays.copyOf(ends, size));
  }

  /** Returns what {@code c} becomes, or null when it is kept as it is ("" removes it). */
  private static String replacement(char c) {
    switch (c) {
      case TATWEEL:
      case '\u0670': // superscript alef
      case '\u061C': // arabic letter mark
      case '\u200B':
      case '\u200C':
      case '\u200D':
      case '\u200E':
      case '\u200F':
      case '\u2060':
      case '\uFEFF':
      case '\u00AD':
        return "";
      case ARABIC_LETTER_KEHEH:
        return String.valueOf(ARABIC_LETTER_KAF);
      case ARABIC_LETTER_FARSI_YEH:
        return String.valueOf(ARABIC_LETTER_YEH);
      case ARABIC_LETTER_HEH_GOAL:
      case ARABIC_LETTER_AE:
        return String.valueOf(ARABIC_LETTER_HEH);
      case '\t':
      case '\n':
      case '\r':
        return null;
      default:
        break;
    }
    if (isArabicMark(c) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
      return "";
    }
    if (c >= '\u0660' && c <= '\u0669') {
      return String.valueOf((char) ('0' + (c - '\u0660')));
    }
    if (c >= '\u06F0' && c <= '\u06F9') {
      return String.valueOf((char) ('0' + (c - '\u06F0')));
    }
    if ((c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC')) {
      return presentationForm(c);
    }
    if (Character.isISOControl(c) || Character.isSurrogate(c)) {
      return " ";
    }
    return null;
  }

  /** The letters of a presentation-form char, with the marks that NFKC may add removed. */
  private static String presentationForm(char c) {
    String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    StringBuilder letters = new StringBuilder(nfkc.length());
    for (int k = 0; k < nfkc.length(); k++) {
      char d = nfkc.charAt(k);
      if (!isArabicMark(d) && d != ' ' && d != TATWEEL) {
        letters.append(d);
      }
    }
    return letters.toString();
  }

  /** True for Arabic combining marks (harakat, shadda, sukun, Quranic annotation signs). */
  static boolean isArabicMark(char c) {
    return (c >= '\u0610' && c <= '\u061A')
        || (c >= '\u064B' && c <= '\u065F')
        || c == '\u0670'
        || (c >= '\u06D6' && c <= '\u06ED' && c != '\u06E5' && c != '\u06E6');
  }

  private static int[] grow(int[] array) {
    return java.util.Arrays.copyOf(array, array.length * 2 + 8);
  }

  /**
   * The dictionary key of a word: orthographic variants that Arabic news uses interchangeably fold
   * to one form, so gazetteers and cue lists match every common spelling.
   *
   * <ul>
   *   <li>alef with hamza above or below, alef with madda and alef wasla become bare alef;
   *   <li>alef maksura becomes yeh (دبى = دبي);
   *   <li>teh marbuta becomes heh;
   *   <li>marks and tatweel are dropped, digits become ASCII (as in {@link #normalize}).
   * </ul>
   *
   * <p>The key may be shorter than its input, so it is for lookup only, never for offsets.
   *
   * @throws NullPointerException if {@code word} is null
   */
  public static String matchKey(CharSequence word) {
    StringBuilder key = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      switch (c) {
        case ALEF_WITH_HAMZA_ABOVE:
        case ALEF_WITH_HAMZA_BELOW:
        case ALEF_WITH_MADDA_ABOVE:
        case ALEF_WASLA:
          key.append(ALEF);
          break;
        case ALEF_MAKSURA:
          key.append(ARABIC_LETTER_YEH);
          break;
        case TEH_MARBUTA:
          key.append(ARABIC_LETTER_HEH);
          break;
        default:
          String replaced = replacement(c);
          if (replaced == null) {
            key.append(c);
          } else if (!replaced.equals(" ")) {
            key.append(replaced);
          }
      }
    }
    return key.toString();
  }
}
