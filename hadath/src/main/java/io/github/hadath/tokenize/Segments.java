package io.github.hadath.tokenize;

import java.util.Arrays;
import java.util.Objects;

/**
 * The segmenter's tokens for one string: forms with UTF-16 offsets relative to its start.
 *
 * <ul>
 *   <li>{@code forms[t]} is the form of token {@code t}, which covers {@code [begins[t],
 *       ends[t])} of the string;
 *   <li>almost every string is described by a packed {@code long} ({@link #pack}, {@link
 *       #unpack}): its tokens cover it without gap or overlap, and each form is the text it
 *       covers, orthographically normalized as CoreNLP does, with at most one of three rewrites
 *       CoreNLP's segmenter makes.
 * </ul>
 */
final class Segments {

  /** The longest string whose split points fit in an {@code int} mask. */
  static final int MAX_MASKED_LENGTH = 32;

  final String[] forms;
  final int[] begins;
  final int[] ends;

  Segments(String[] forms, int[] begins, int[] ends) {
    if (forms.length != begins.length || forms.length != ends.length) {
      throw new IllegalArgumentException(
          "forms, begins and ends differ in length: " + forms.length + ", " + begins.length + ", "
              + ends.length);
    }
    this.forms = forms;
    this.begins = begins;
    this.ends = ends;
  }

  /** Rewrite code: the form is the covered text, orthographically normalized ({@link #orthographic}). */
  static final int KEEP = 0;
  /** Rewrite code: the same, and a final «ت» restored to «ة» (the stem of «حكومته»). */
  static final int FINAL_TEH_MARBUTA = 1;
  /** Rewrite code: the same, and a final «ي» restored to «ى». */
  static final int FINAL_ALEF_MAKSURA = 2;
  /** Rewrite code: the same, and an «ا» restored in front (the «لعمل» of «للعمل» is «العمل»). */
  static final int INITIAL_ALEF = 3;

  /** Tokens a packed code describes at most: two bits of rewrite code each in 32 bits. */
  static final int MAX_PACKED_TOKENS = 16;

  /**
   * The tokens of {@code word} that a packed code describes: the low 32 bits are the split
   * points (bit {@code i} set: a token starts at char {@code i}; bit 0 unused), the high 32 bits
   * hold each token's two-bit rewrite code, token 0 in the lowest bits.
   *
   * @param word a string of 1 to {@value #MAX_MASKED_LENGTH} UTF-16 chars
   * @throws IllegalArgumentException if a split point lies at or beyond {@code word.length()}
   */
  static Segments unpack(String word, long packed) {
    int mask = (int) packed;
    int codes = (int) (packed >>> 32);
    int length = word.length();
    if (length < MAX_MASKED_LENGTH && (mask >>> length) > 0) {
      throw new IllegalArgumentException(
          "split mask " + Integer.toBinaryString(mask) + " has a split beyond the " + length
              + " chars of «" + word + "»");
    }
    int n = Integer.bitCount(mask & ~1) + 1;
    String[] forms = new String[n];
    int[] begins = new int[n];
    int[] ends = new int[n];
    int begin = 0;
    for (int t = 0; t < n; t++) {
      int end = begin + 1;
      while (end < length && (mask & (1 << end)) == 0) {
        end++;
      }
      begins[t] = begin;
      ends[t] = end;
      forms[t] = form(word, begin, end, (codes >>> (2 * t)) & 3);
      begin = end;
    }
    return new Segments(forms, begins, ends);
  }

  private static String form(String word, int begin, int end, int code) {
    StringBuilder form = new StringBuilder(end - begin + 1);
    if (code == INITIAL_ALEF) {
      form.append('\u0627');
    }
    for (int i = begin; i < end; i++) {
      form.append(orthographic(word.charAt(i)));
    }
    int last = form.length() - 1;
    if (code == FINAL_TEH_MARBUTA && form.charAt(last) == '\u062A') {
      form.setCharAt(last, '\u0629');
    } else if (code == FINAL_ALEF_MAKSURA && form.charAt(last) == '\u064A') {
      form.setCharAt(last, '\u0649');
    }
    return form.toString();
  }

  /**
   * The orthographic normalization CoreNLP's ATB tokenizer applies before segmenting, as far as
   * the table needs it: alef with hamza or madda and alef wasla to bare alef, Arabic punctuation
   * to ASCII (the percent sign too), guillemets to a double quote. Every packed entry is checked against CoreNLP's own
   * forms when the table is built ({@link #pack}), so a char missing here only costs an entry
   * written out in full.
   */
  static char orthographic(char c) {
    return switch (c) {
      case '\u0622', '\u0623', '\u0625', '\u0671' -> '\u0627';
      case '\u060C' -> ',';
      case '\u061B' -> ';';
      case '\u061F' -> '?';
      case '\u00AB', '\u00BB' -> '"';
      case '\u066A' -> '%';
      default -> c;
    };
  }

  /**
   * These tokens of {@code word} as a code for {@link #unpack}, or {@code -1} if no code gives
   * them back exactly (a gap or overlap, a rewrite outside the four codes, no token, more than
   * {@value #MAX_PACKED_TOKENS} tokens, or a word longer than {@value #MAX_MASKED_LENGTH} chars).
   */
  long pack(String word) {
    if (forms.length == 0 || forms.length > MAX_PACKED_TOKENS
        || word.length() > MAX_MASKED_LENGTH) {
      return -1;
    }
    int mask = 0;
    int codes = 0;
    int expected = 0;
    for (int t = 0; t < forms.length; t++) {
      if (begins[t] != expected || ends[t] <= begins[t] || ends[t] > word.length()) {
        return -1;
      }
      if (t > 0) {
        mask |= 1 << begins[t];
      }
      int code = KEEP;
      while (code <= INITIAL_ALEF && !form(word, begins[t], ends[t], code).equals(forms[t])) {
        code++;
      }
      if (code > INITIAL_ALEF) {
        return -1;
      }
      codes |= code << (2 * t);
      expected = ends[t];
    }
    if (expected != word.length()) {
      return -1;
    }
    long packed = (mask & 0xFFFFFFFFL) | ((long) codes << 32);
    return unpack(word, packed).equals(this) ? packed : -1;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Segments that
        && Arrays.equals(forms, that.forms)
        && Arrays.equals(begins, that.begins)
        && Arrays.equals(ends, that.ends);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(forms), Arrays.hashCode(begins), Arrays.hashCode(ends));
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (int t = 0; t < forms.length; t++) {
      out.append(t > 0 ? " " : "").append(forms[t]).append('[').append(begins[t]).append("..")
          .append(ends[t]).append(')');
    }
    return out.toString();
  }
}
