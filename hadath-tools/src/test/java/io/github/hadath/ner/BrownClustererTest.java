package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrownClustererTest {

  @TempDir Path dir;

  private Path corpus() throws IOException {
    return CityVerbCorpus.write(dir);
  }

  private static BrownClusterer.Options small() {
    return new BrownClusterer.Options(5, 1000, 8, 10);
  }

  @Test
  void wordsOfTheSameContextsShareAPath() throws IOException {
    BrownPaths paths = BrownClusterer.cluster(List.of(corpus()), small(), line -> { });

    assertThat(paths.pathOf("دمشق")).isEqualTo(paths.pathOf("قاهره"));
    assertThat(paths.pathOf("بغداد")).isEqualTo(paths.pathOf("تونس"));
    assertThat(paths.pathOf("يقرا")).isEqualTo(paths.pathOf("يكتب"));
    assertThat(paths.pathOf("يكتب")).isNotEqualTo(paths.pathOf("قاهره"));
  }

  @Test
  void stemsAreClusteredWithoutTheirArticleAndProclitics() throws IOException {
    BrownPaths paths = BrownClusterer.cluster(List.of(corpus()), small(), line -> { });

    assertThat(paths.pathOf("قاهره")).isNotNull();
    assertThat(paths.pathOf("القاهره")).isNull();
    assertThat(paths.pathOf("وفد")).isNotNull();
  }

  /** The 27 stems seen five times or more: «وصل», «وفد», «الى», six cities, six verbs, … */
  @Test
  void wordsSeenTooRarelyHaveNoPath() throws IOException {
    BrownPaths paths = BrownClusterer.cluster(List.of(corpus()), small(), line -> { });

    assertThat(paths.pathOf("دار")).isNull();
    assertThat(paths.size()).isEqualTo(27);
  }

  @Test
  void pathsAreLeavesOfOneBinaryTree() throws IOException {
    BrownPaths paths = BrownClusterer.cluster(List.of(corpus()), small(), line -> { });

    List<String> leaves = new ArrayList<>();
    for (String w : List.of("قاهره", "يكتب", "وفد", "قال", "امس", "غدا", ".", "في", "قد", "انه")) {
      leaves.add(paths.pathOf(w));
    }
    for (String a : leaves) {
      for (String b : leaves) {
        // a leaf is never a proper prefix of another leaf
        assertThat(a.equals(b) || !b.startsWith(a)).as(a + " and " + b).isTrue();
      }
    }
  }

  @Test
  void sameInputGivesTheSamePaths() throws IOException {
    Path file = corpus();
    BrownPaths first = BrownClusterer.cluster(List.of(file), small(), line -> { });
    BrownPaths second = BrownClusterer.cluster(List.of(file), small(), line -> { });

    for (String w : List.of("قاهره", "يكتب", "وفد", "قال", "امس")) {
      assertThat(second.pathOf(w)).isEqualTo(first.pathOf(w));
    }
  }

  /**
   * Four classes whose bigram counts make 0 and 1 interchangeable (both followed by 2 or 3) and 2
   * and 3 too (both followed by 0 or 1): merging loses nothing within a pair, so the pairs are
   * merged first and the root splits them.
   */
  @Test
  void mergingJoinsInterchangeableClassesFirst() {
    long[] counts = {
      0, 0, 10, 10,
      0, 0, 10, 10,
      10, 10, 0, 0,
      10, 10, 0, 0,
    };
    String[] paths = BrownClusterer.merge(counts, 4, 4);

    assertThat(paths).containsExactly("00", "01", "10", "11");
  }

  @Test
  void mergingKeepsTheFixedClassesOutOfTheTree() {
    // class 2 is a fixed neighbour (the sentence edge) after class 0 only
    long[] counts = {
      0, 5, 20,
      5, 0, 0,
      20, 0, 0,
    };
    String[] paths = BrownClusterer.merge(counts, 2, 3);

    assertThat(paths).containsExactly("0", "1");
  }

  @Test
  void xLogXIsZeroAtZeroAndOne() {
    assertThat(BrownClusterer.xLogX(0)).isZero();
    assertThat(BrownClusterer.xLogX(1)).isZero();
    assertThat(BrownClusterer.xLogX(4)).isCloseTo(4 * Math.log(4), offset(1e-12));
    assertThat(BrownClusterer.xLogX(10_000_000L))
        .isCloseTo(1e7 * Math.log(1e7), offset(1e-3));
  }

  @Test
  void tooFewWordsForTheClassesIsRejected() throws IOException {
    Path file = corpus();
    BrownClusterer.Options many = new BrownClusterer.Options(5, 1000, 100, 10);

    assertThatThrownBy(() -> BrownClusterer.cluster(List.of(file), many, line -> { }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("27 stems cannot make 100 classes");
  }

  @Test
  void optionsOutOfRangeAreRejected() {
    assertThatThrownBy(() -> new BrownClusterer.Options(10, 100, 512, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxWords 100");
  }
}
