package io.github.hadath.text;

import java.util.Objects;

/**
 * A cleaned copy of an input text that remembers, for every one of its chars, where that char came
 * from in the original.
 *
 * <p>Built by {@link ArabicTextNormalizer}. Stages downstream read {@link #normalized()} and report
 * their results through {@link #toOriginal(int, int)}, so every span they publish points into
 * {@link #original()}.
 *
 * <p>The mapping is kept as two int arrays (original begin and end of each normalized char) rather
 * than as a list of corrections: it costs 8 bytes per char and makes every lookup O(1) and
 * obviously right, including for a ligature that expands to two chars (both map to the one
 * original char).
 */
public final class NormalizedText {

  private final String original;
  private final String normalized;
  private final int[] originalBegin;
  private final int[] originalEnd;

  NormalizedText(String original, String normalized, int[] originalBegin, int[] originalEnd) {
    this.original = Objects.requireNonNull(original, "original");
    this.normalized = Objects.requireNonNull(normalized, "normalized");
    if (originalBegin.length != normalized.length() || originalEnd.length != normalized.length()) {
      throw new IllegalArgumentException(
          "offset arrays must have one entry per normalized char (" + normalized.length() + ")");
    }
    this.originalBegin = originalBegin;
    this.originalEnd = originalEnd;
  }

  /** The text exactly as given by the caller. */
  public String original() {
    return original;
  }

  /** The cleaned text that tokenization and matching read. */
  public String normalized() {
    return normalized;
  }

  /** Length of {@link #normalized()} in UTF-16 chars. */
  public int length() {
    return normalized.length();
  }

  /**
   * Maps a range of the normalized text back to the original.
   *
   * <p>An empty range maps to the empty span at the original position of {@code begin} (or at the
   * end of the original when {@code begin == length()}).
   *
   * @param begin UTF-16 index into {@link #normalized()}, {@code 0 <= begin <= end}
   * @param end exclusive UTF-16 index into {@link #normalized()}, {@code end <= length()}
   * @return the span of the original text the range was made from
   * @throws IndexOutOfBoundsException if the range does not fit in the normalized text
   */
  public Span toOriginal(int begin, int end) {
    Objects.checkFromToIndex(begin, end, normalized.length());
    if (begin == end) {
      int at = begin == normalized.length() ? original.length() : originalBegin[begin];
      return new Span(at, at);
    }
    return new Span(originalBegin[begin], originalEnd[end - 1]);
  }

  /** Shorthand for {@code toOriginal(begin, end).coveredText(original())}. */
  public String originalText(int begin, int end) {
    return toOriginal(begin, end).coveredText(original);
  }

  @Override
  public String toString() {
    return normalized;
  }
}
