package io.github.hadath.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.text.Span;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class NestingTest {

  @Provide
  Arbitrary<List<Span>> spans() {
    return Arbitraries.integers().between(0, 30).tuple2()
        .map(pair -> Span.of(Math.min(pair.get1(), pair.get2()), Math.max(pair.get1(), pair.get2())))
        .list().ofMaxSize(12);
  }

  private static List<Nesting.Piece<Integer>> nest(List<Span> spans) {
    Nesting<Integer> nesting = new Nesting<>();
    for (int i = 0; i < spans.size(); i++) {
      nesting.add(i, spans.get(i));
    }
    return nesting.pieces();
  }

  @Property
  void piecesNestOrAreDisjoint(@ForAll("spans") List<Span> spans) {
    List<Nesting.Piece<Integer>> pieces = nest(spans);
    for (Nesting.Piece<Integer> a : pieces) {
      for (Nesting.Piece<Integer> b : pieces) {
        Span x = a.span();
        Span y = b.span();
        assertThat(!x.overlaps(y) || x.contains(y) || y.contains(x)).as("%s and %s", x, y).isTrue();
      }
    }
  }

  @Property
  void partsOfAMarkTileItsSpanInOrder(@ForAll("spans") List<Span> spans) {
    List<Nesting.Piece<Integer>> pieces = nest(spans);
    for (int mark = 0; mark < spans.size(); mark++) {
      List<Nesting.Piece<Integer>> parts = new ArrayList<>();
      for (Nesting.Piece<Integer> piece : pieces) {
        if (piece.mark() == mark) {
          parts.add(piece);
        }
      }
      Span whole = spans.get(mark);
      if (whole.length() == 0) {
        assertThat(parts).isEmpty();
        continue;
      }
      int position = whole.begin();
      for (int i = 0; i < parts.size(); i++) {
        assertThat(parts.get(i).span().begin()).isEqualTo(position);
        assertThat(parts.get(i).part()).isEqualTo(i + 1);
        assertThat(parts.get(i).parts()).isEqualTo(parts.size());
        assertThat(parts.get(i).whole()).isEqualTo(whole);
        position = parts.get(i).span().end();
      }
      assertThat(position).isEqualTo(whole.end());
    }
  }

  @Property
  void outerElementsComeBeforeTheElementsInsideThem(@ForAll("spans") List<Span> spans) {
    List<Nesting.Piece<Integer>> pieces = nest(spans);
    for (int i = 0; i < pieces.size(); i++) {
      for (int j = i + 1; j < pieces.size(); j++) {
        Span earlier = pieces.get(i).span();
        Span later = pieces.get(j).span();
        assertThat(later.begin() > earlier.begin() || earlier.contains(later)).isTrue();
      }
    }
  }

  @Test
  void firstMarkIsNeverCutAndALaterCrossingOneIs() {
    List<Nesting.Piece<Integer>> pieces = nest(List.of(Span.of(5, 10), Span.of(8, 14), Span.of(2, 6)));

    assertThat(pieces).extracting(piece -> piece.mark() + "@" + piece.span() + " " + piece.part() + "/" + piece.parts())
        .containsExactly("2@[2..5) 1/2", "0@[5..10) 1/1", "2@[5..6) 2/2", "1@[8..10) 1/2", "1@[10..14) 2/2");
  }

  @Test
  void sameSpanNestsTheEarlierMarkOutside() {
    List<Nesting.Piece<Integer>> pieces = nest(List.of(Span.of(3, 7), Span.of(3, 7)));

    assertThat(pieces).extracting(Nesting.Piece::mark).containsExactly(0, 1);
    assertThat(pieces).allMatch(piece -> piece.parts() == 1);
  }
}
