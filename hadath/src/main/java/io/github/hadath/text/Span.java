package io.github.hadath.text;

/**
 * A range of characters in the original input text.
 *
 * <ul>
 *   <li>{@code begin} and {@code end} are UTF-16 indices (Java {@code char} positions) into the
 *       original string passed to {@code Hadath.analyze}, never into a normalized copy;
 *   <li>{@code end} is exclusive, so {@code text.substring(begin, end)} is the covered text;
 *   <li>{@code 0 <= begin <= end}.
 * </ul>
 *
 * @param begin UTF-16 index of the first covered char, {@code >= 0}
 * @param end UTF-16 index one past the last covered char, {@code >= begin}
 */
public record Span(int begin, int end) implements Comparable<Span> {

  /**
   * @throws IllegalArgumentException if {@code begin < 0} or {@code end < begin}
   */
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException(
          "span needs 0 <= begin <= end, got begin=" + begin + ", end=" + end);
    }
  }

  /** Same as the constructor, named for reading at call sites. */
  public static Span of(int begin, int end) {
    return new Span(begin, end);
  }

  /** Number of UTF-16 chars covered. */
  public int length() {
    return end - begin;
  }

  /** True when the two spans share at least one char. */
  public boolean overlaps(Span other) {
    return begin < other.end && other.begin < end;
  }

  /** True when {@code other} lies entirely inside this span. */
  public boolean contains(Span other) {
    return begin <= other.begin && other.end <= end;
  }

  /** The smallest span covering both. */
  public Span union(Span other) {
    return new Span(Math.min(begin, other.begin), Math.max(end, other.end));
  }

  /**
   * The covered text of {@code text}.
   *
   * @throws StringIndexOutOfBoundsException if the span does not fit in {@code text}
   */
  public String coveredText(String text) {
    return text.substring(begin, end);
  }

  /** Orders by begin, then by end. */
  @Override
  public int compareTo(Span other) {
    int byBegin = Integer.compare(begin, other.begin);
    return byBegin != 0 ? byBegin : Integer.compare(end, other.end);
  }

  /** Prints {@code [begin..end)}. */
  @Override
  public String toString() {
    return "[" + begin + ".." + end + ")";
  }
}
