package io.github.hadath.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Cleans Arabic text for tokenization and matching while keeping offsets into the original.
 *
 * <p>Rules of {@link #normalize(String)}, applied in one left-to-right pass (the folding table; see
 * also docs/dirty-input.md):
 *
 * <ul>
 *   <li>a tatweel between two digits («18ـ25») becomes a hyphen: it stands for a dash there;
 *   <li>removed: tatweel (U+0640) elsewhere, harakat and other Arabic combining marks (U+0610–U+061A,
 *       U+064B–U+065F, U+0670, U+06D6–U+06ED, U+08D3–U+08FF), every format char (Unicode category Cf: bidi
 *       controls U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069, zero-width chars
 *       U+200B–U+200D, U+2060, the byte order mark U+FEFF, the soft hyphen U+00AD, Arabic number
 *       signs U+0600–U+0605) — so none of them can become a token or sit at the edge of one;
 *   <li>a removed mark or tatweel written right after a letter stays inside that letter's span, so
 *       a word's span keeps its final vowel («مصرُ»); bidi and zero-width chars never do;
 *   <li>removed: a stray combining mark of any script (category Mn, Mc, Me) that follows no letter
 *       or digit (after a space, punctuation or at the start), as left by copying vocalised text;
 *   <li>stretched letters: a run of three or more identical Arabic letters (U+0621–U+064A), as in
 *       «رائعععع», becomes one letter that maps back to the whole run (marks and tatweel inside the
 *       run are skipped); two identical letters are kept, since Arabic writes real doubles;
 *   <li>Arabic presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFC) are replaced by their NFKC
 *       letters (marks, spaces and tatweel that NFKC adds are dropped). When one original char
 *       expands to several, the first maps to the original char and the others to the empty span
 *       right after it, so the lam-alef ligature U+FEF7 («لأ») covers its one original char and
 *       a token boundary falling inside it never makes two tokens overlap;
 *   <li>Arabic-Indic (U+0660–U+0669) and Eastern Arabic-Indic (U+06F0–U+06F9) digits become ASCII
 *       digits; the Arabic comma, semicolon and question mark are kept;
 *   <li>Persian and Urdu letters fold to their Arabic twins: keheh U+06A9 to kaf; Farsi yeh U+06CC
 *       and yeh barree U+06D2 to yeh; heh goal U+06C1, heh doachashmee U+06BE, heh with yeh above
 *       U+06C0, heh goal with hamza U+06C2 and ae U+06D5 to heh; teh marbuta goal U+06C3 to teh
 *       marbuta;
 *   <li>HTML leftovers: a tag ({@code <p class="x">}, {@code </div>}, {@code <br/>}) or comment
 *       becomes one space (a line feed for {@code br}, {@code p}, {@code div}, {@code li}, {@code
 *       tr} and headings, which end a sentence) mapping to the whole tag; a character reference
 *       ({@code &nbsp;}, {@code &amp;}, {@code &#1575;}, {@code &#x627;}) becomes the char it
 *       names, itself normalized by these rules;
 *   <li>no-break and other Unicode spaces become a space; the line and paragraph separators U+2028
 *       and U+2029 become a line feed;
 *   <li>other control chars (except tab, line feed and carriage return) and unpaired surrogates
 *       become a space, so they never glue two words and never shift an offset; a well-formed
 *       surrogate pair (emoji, rare scripts) is kept.
 * </ul>
 *
 * <p>Letters are otherwise kept as written (hamza forms, alef maqsura, teh marbuta): the CoreNLP
 * segmenter was trained on them. Orthographic folding for dictionary lookup is the separate
 * {@link #matchKey(CharSequence)}.
 *
 * <p>Time and memory are linear in the input length: each rule looks at most a bounded distance
 * ahead ({@value #MAX_TAG_LENGTH} chars for a tag, {@value #MAX_REFERENCE_LENGTH} for a character
 * reference).
 *
 * <p>Instances are stateless and thread-safe.
 */
public final class ArabicTextNormalizer {

  static final char TATWEEL = '\u0640';
  static final char ARABIC_LETTER_KEHEH = '\u06A9';
  static final char ARABIC_LETTER_FARSI_YEH = '\u06CC';
  static final char ARABIC_LETTER_YEH_BARREE = '\u06D2';
  static final char ARABIC_LETTER_HEH_GOAL = '\u06C1';
  static final char ARABIC_LETTER_HEH_GOAL_WITH_HAMZA_ABOVE = '\u06C2';
  static final char ARABIC_LETTER_HEH_DOACHASHMEE = '\u06BE';
  static final char ARABIC_LETTER_HEH_WITH_YEH_ABOVE = '\u06C0';
  static final char ARABIC_LETTER_AE = '\u06D5';
  static final char ARABIC_LETTER_TEH_MARBUTA_GOAL = '\u06C3';
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
  static final char LINE_SEPARATOR = '\u2028';
  static final char PARAGRAPH_SEPARATOR = '\u2029';

  /** Longest HTML tag or comment recognized, in chars; a longer one is left as text. */
  static final int MAX_TAG_LENGTH = 1024;

  /** Longest character reference recognized ({@code &thetasym;}, {@code &#x10FFFF;}). */
  static final int MAX_REFERENCE_LENGTH = 10;

  /** Named character references decoded; others are left as text. */
  private static final Map<String, String> NAMED_REFERENCES =
      Map.ofEntries(
          Map.entry("nbsp", " "),
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("laquo", "\u00AB"),
          Map.entry("raquo", "\u00BB"),
          Map.entry("hellip", "\u2026"),
          Map.entry("ndash", "\u2013"),
          Map.entry("mdash", "\u2014"),
          Map.entry("zwnj", "\u200C"),
          Map.entry("zwj", "\u200D"),
          Map.entry("lrm", "\u200E"),
          Map.entry("rlm", "\u200F"),
          Map.entry("shy", "\u00AD"));

  /** Tags after which a new line starts, so the text on either side never forms one sentence. */
  private static final Set<String> BLOCK_TAGS =
      Set.of("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "ul", "ol", "table");

  /**
   * Normalizes {@code text} as described in the class documentation.
   *
   * @param text any string, possibly empty
   * @return the cleaned text with its offset map into {@code text}
   * @throws NullPointerException if {@code text} is null
   */
  public NormalizedText normalize(String text) {
    Objects.requireNonNull(text, "text");
    Output out = new Output(text);
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(text.substring(i, i + 2), i, i + 2);
        i += 2;
        continue;
      }
      int end = c == '<' ? tagEnd(text, i) : c == '&' ? referenceEnd(text, i) : -1;
      if (end > 0) {
        out.append(c == '<' ? tagReplacement(text, i) : referenceReplacement(text, i, end), i, end);
        i = end;
        continue;
      }
      out.appendChar(c, i, i + 1);
      i++;
    }
    return out.build();
  }

  /** The normalized text being built, with the original range of each of its chars. */
  private static final class Output {
    private final String original;
    private final StringBuilder chars;
    private int[] begins;
    private int[] ends;
    private int size;
    /** Index of the char standing for a collapsed run of stretched letters, or -1. */
    private int run = -1;

    Output(String original) {
      this.original = original;
      this.chars = new StringBuilder(original.length());
      this.begins = new int[original.length() + 8];
      this.ends = new int[original.length() + 8];
    }

    /** Appends what the single char {@code c} at {@code [begin, end)} becomes. */
    void appendChar(char c, int begin, int end) {
      if (c == TATWEEL && isDashBetweenDigits(begin)) {
        add('-', begin, end); // «18ـ25 ديسمبر»: a range, not the number 2330
        return;
      }
      String replacement = replacement(c);
      if (replacement != null && replacement.isEmpty() && isAttachedMark(c, begin)) {
        ends[size - 1] = end; // a mark belongs to its letter: «مصرُ» keeps its damma
      } else if (replacement != null) {
        append(replacement, begin, end);
      } else if (isCombiningMark(c) && !followsLetterOrDigit()) {
        return; // a stray mark
      } else if (isArabicLetter(c)) {
        appendLetter(c, begin, end);
      } else {
        add(c, begin, end);
      }
    }

    /**
     * Appends {@code s}, what {@code original[begin, end)} stands for, each of its chars normalized
     * in turn: the first char maps to the whole range, the others to the empty span after it.
     */
    void append(String s, int begin, int end) {
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        int from = k == 0 ? begin : end;
        if (Character.isHighSurrogate(c) && k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1))) {
          add(c, from, end);
          add(s.charAt(++k), end, end);
        } else {
          appendChar(c, from, end);
        }
      }
    }

    private void appendLetter(char c, int begin, int end) {
      if (run == size - 1 && run >= 0 && chars.charAt(run) == c) {
        ends[run] = end;
        return;
      }
      if (size >= 2 && chars.charAt(size - 1) == c && chars.charAt(size - 2) == c) {
        size--;
        chars.setLength(size);
        ends[size - 1] = end;
        run = size - 1;
        return;
      }
      add(c, begin, end);
    }

    private void add(char c, int begin, int end) {
      if (size == begins.length) {
        begins = Arrays.copyOf(begins, size * 2 + 8);
        ends = Arrays.copyOf(ends, size * 2 + 8);
      }
      chars.append(c);
      begins[size] = begin;
      ends[size++] = end;
    }

    /** True for a tatweel at {@code begin} with a digit of any script on both sides. */
    private boolean isDashBetweenDigits(int begin) {
      return size > 0 && Character.isDigit(chars.charAt(size - 1)) && ends[size - 1] == begin
          && begin + 1 < original.length() && Character.isDigit(original.charAt(begin + 1));
    }

    /** True for a mark or tatweel written right after a letter, with nothing removed between. */
    private boolean isAttachedMark(char c, int begin) {
      return (c == TATWEEL || isCombiningMark(c))
          && followsLetterOrDigit()
          && ends[size - 1] == begin;
    }

    private boolean followsLetterOrDigit() {
      return size > 0 && Character.isLetterOrDigit(chars.charAt(size - 1));
    }

    NormalizedText build() {
      return new NormalizedText(original, chars.toString(), Arrays.copyOf(begins, size), Arrays.copyOf(ends, size));
    }
  }

  /**
   * End (exclusive) of the HTML tag or comment starting at {@code text[i] == '<'}, or -1 when none
   * starts there. A tag is {@code <}, an optional {@code /}, an ASCII letter, then anything but
   * {@code <} up to {@code >}; so «a < b» and «<3» stay text.
   */
  static int tagEnd(String text, int i) {
    int limit = Math.min(text.length(), i + MAX_TAG_LENGTH);
    if (text.startsWith("<!--", i)) {
      for (int j = i + 4; j + 3 <= limit; j++) {
        if (text.startsWith("-->", j)) {
          return j + 3;
        }
      }
      return -1;
    }
    int j = i + 1;
    if (j < limit && text.charAt(j) == '/') {
      j++;
    }
    if (j >= limit || !isAsciiLetter(text.charAt(j))) {
      return -1;
    }
    for (; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '>') {
        return j + 1;
      }
      if (c == '<') {
        return -1;
      }
    }
    return -1;
  }

  private static String tagReplacement(String text, int i) {
    int j = i + 1;
    if (j < text.length() && text.charAt(j) == '/') {
      j++;
    }
    int nameStart = j;
    while (j < text.length() && (isAsciiLetter(text.charAt(j)) || Character.isDigit(text.charAt(j)))) {
      j++;
    }
    String name = text.substring(nameStart, j).toLowerCase(Locale.ROOT);
    return BLOCK_TAGS.contains(name) ? "\n" : " ";
  }

  /**
   * End (exclusive) of the character reference starting at {@code text[i] == '&'}, or -1 when
   * there is none we can decode.
   */
  static int referenceEnd(String text, int i) {
    int limit = Math.min(text.length(), i + MAX_REFERENCE_LENGTH);
    int semicolon = i + 1;
    while (semicolon < limit && text.charAt(semicolon) != ';') {
      semicolon++;
    }
    if (semicolon >= limit) {
      return -1;
    }
    return referenceValue(text.substring(i + 1, semicolon)) == null ? -1 : semicolon + 1;
  }

  private static String referenceReplacement(String text, int i, int end) {
    return referenceValue(text.substring(i + 1, end - 1));
  }

  /** The text a reference body («nbsp», «#1575», «#x627») stands for, or null. */
  private static String referenceValue(String body) {
    if (!body.startsWith("#")) {
      return NAMED_REFERENCES.get(body);
    }
    boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
    String digits = body.substring(hex ? 2 : 1);
    if (digits.isEmpty() || digits.length() > 7) {
      return null;
    }
    try {
      int codePoint = Integer.parseInt(digits, hex ? 16 : 10);
      if (codePoint == 0 || !Character.isValidCodePoint(codePoint)) {
        return null;
      }
      return Character.toString(codePoint);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** True for the Arabic letters hamza to yeh (U+0621–U+064A), the ones stretched for emphasis. */
  static boolean isArabicLetter(char c) {
    return c >= '\u0621' && c <= '\u064A' && c != TATWEEL;
  }

  /** True for combining marks of any script: Unicode categories Mn, Mc and Me. */
  static boolean isCombiningMark(char c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Returns what {@code c} becomes, or null when it is kept as it is ("" removes it). */
  private static String replacement(char c) {
    switch (c) {
      case TATWEEL:
        return "";
      case ARABIC_LETTER_KEHEH:
        return String.valueOf(ARABIC_LETTER_KAF);
      case ARABIC_LETTER_FARSI_YEH:
      case ARABIC_LETTER_YEH_BARREE:
        return String.valueOf(ARABIC_LETTER_YEH);
      case ARABIC_LETTER_HEH_GOAL:
      case ARABIC_LETTER_HEH_GOAL_WITH_HAMZA_ABOVE:
      case ARABIC_LETTER_HEH_DOACHASHMEE:
      case ARABIC_LETTER_HEH_WITH_YEH_ABOVE:
      case ARABIC_LETTER_AE:
        return String.valueOf(ARABIC_LETTER_HEH);
      case ARABIC_LETTER_TEH_MARBUTA_GOAL:
        return String.valueOf(TEH_MARBUTA);
      case '\t':
      case '\n':
      case '\r':
      case ' ':
        return null;
      case LINE_SEPARATOR:
      case PARAGRAPH_SEPARATOR:
        return "\n";
      default:
        break;
    }
    if (isArabicMark(c) || Character.getType(c) == Character.FORMAT) {
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
    if (Character.isISOControl(c) || Character.isSurrogate(c) || Character.isSpaceChar(c)) {
      return " ";
    }
    return null;
  }

  /**
   * The letters of a presentation-form char, with the marks that NFKC may add removed, or null
   * for a char NFKC keeps (ornate parentheses, noncharacters).
   */
  private static String presentationForm(char c) {
    String nfkc = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
    if (nfkc.length() == 1 && nfkc.charAt(0) == c) {
      return null;
    }
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
        || (c >= '\u06D6' && c <= '\u06ED' && c != '\u06E5' && c != '\u06E6')
        || (c >= '\u08D3' && c <= '\u08FF' && c != '\u08E2');
  }

  /**
   * The dictionary key of a word: orthographic variants that Arabic news uses interchangeably fold
   * to one form, so gazetteers and cue lists match every common spelling.
   *
   * <ul>
   *   <li>alef with hamza above or below, alef with madda and alef wasla become bare alef;
   *   <li>alef maksura becomes yeh (دبى = دبي);
   *   <li>teh marbuta becomes heh;
   *   <li>the letters Maghreb and Iraqi writing adds for sounds standard Arabic lacks fold to the
   *       letter standard spelling uses for the same name: veh U+06A4 and qaf with three dots
   *       U+06A8 (the Maghreb's /g/, «ڤالمة» = قالمة) to qaf; gaf U+06AF and ng U+06AD to kaf; peh
   *       U+067E to beh; tcheh U+0686 to jeem;
   *   <li>marks and tatweel are dropped, digits become ASCII (as in {@link #normalize}).
   * </ul>
   *
   * <p>The key may be shorter than its input, so it is for lookup only, never for offsets.
   *
   * @throws NullPointerException if {@code word} is null
   */
  public static String matchKey(CharSequence word) {
    Objects.requireNonNull(word, "word");
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
        case '\u06A4': // veh
        case '\u06A8': // qaf with three dots above
          key.append('\u0642');
          break;
        case '\u06AF': // gaf
        case '\u06AD': // ng
          key.append('\u0643');
          break;
        case '\u067E': // peh
          key.append('\u0628');
          break;
        case '\u0686': // tcheh
          key.append('\u062C');
          break;
        default:
          String replaced = replacement(c);
          if (replaced == null) {
            key.append(c);
          } else if (!replaced.equals(" ")) {
            key.append(matchKey(replaced)); // keyed again: the ligature «ﻷ» keys as «لا»
          }
      }
    }
    return key.toString();
  }
}
