package io.github.hadath.html;

import io.github.hadath.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Turns possibly overlapping marks (entities, time expressions) into elements that nest, as HTML
 * requires.
 *
 * <ul>
 *   <li>Marks are taken in priority order. A mark that is disjoint from, inside, or around every
 *       element already placed becomes one element, nested where it falls.
 *   <li>A mark that crosses an element already placed (starts inside it and ends after it, or the
 *       reverse) is cut at that element's boundary into parts; each part is its own element with
 *       the mark's attributes and its {@code part} number. So a higher-priority mark is never cut
 *       by a lower one, and the result does not depend on anything but the priorities and spans.
 *   <li>Empty marks are dropped: they cover no text to show.
 * </ul>
 *
 * @param <T> what a mark stands for (an entity mention, a time expression)
 */
final class Nesting<T> {

  /**
   * One element to write: all or part of a mark.
   *
   * @param mark what the element stands for
   * @param whole the mark's whole span
   * @param span the part of the text this element wraps, inside {@code whole}
   * @param part 1-based number of this part
   * @param parts how many parts the mark was cut into, 1 when it is whole
   * @param priority the mark's rank, 0 the highest
   */
  record Piece<T>(T mark, Span whole, Span span, int part, int parts, int priority) {}

  /** Begin ascending, then longest first (outer before inner), then by priority. */
  private static final Comparator<Piece<?>> DOCUMENT_ORDER =
      Comparator.<Piece<?>>comparingInt(piece -> piece.span().begin())
          .thenComparing(piece -> piece.span().end(), Comparator.reverseOrder())
          .thenComparingInt(Piece::priority);

  private final List<Piece<T>> placed = new ArrayList<>();
  private int marks;

  /**
   * Places {@code mark} after every mark added before it (which all have a higher priority).
   *
   * @param mark what the mark stands for
   * @param span where it lies in the text
   */
  void add(T mark, Span span) {
    Objects.requireNonNull(mark, "mark");
    if (span.length() == 0) {
      return;
    }
    TreeSet<Integer> cuts = new TreeSet<>();
    for (Piece<T> piece : placed) {
      Span other = piece.span();
      if (crosses(other, span)) {
        addIfInside(cuts, other.begin(), span);
        addIfInside(cuts, other.end(), span);
      }
    }
    int priority = marks++;
    int parts = cuts.size() + 1;
    int begin = span.begin();
    int part = 1;
    for (int cut : cuts) {
      placed.add(new Piece<>(mark, span, Span.of(begin, cut), part++, parts, priority));
      begin = cut;
    }
    placed.add(new Piece<>(mark, span, Span.of(begin, span.end()), part, parts, priority));
  }

  /** The elements in document order: an element comes before the elements nested in it. */
  List<Piece<T>> pieces() {
    List<Piece<T>> pieces = new ArrayList<>(placed);
    pieces.sort(DOCUMENT_ORDER);
    return pieces;
  }

  private static boolean crosses(Span a, Span b) {
    return a.overlaps(b) && !a.contains(b) && !b.contains(a);
  }

  private static void addIfInside(TreeSet<Integer> cuts, int offset, Span span) {
    if (span.begin() < offset && offset < span.end()) {
      cuts.add(offset);
    }
  }
}
