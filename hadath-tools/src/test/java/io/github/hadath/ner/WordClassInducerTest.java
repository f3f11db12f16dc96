package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClassInducerTest {

  @TempDir Path dir;

  private Path corpus() throws IOException {
    return CityVerbCorpus.write(dir);
  }

  private static WordClassInducer.Options small() {
    return new WordClassInducer.Options(5, 50, 6, List.of(4, 8), 20, 7L);
  }

  @Test
  void punctuationIsPeeledOffBothEndsOfAWord() {
    assertThat(WordClassInducer.tokenize("قال: (الأردن)، أمس."))
        .containsExactly("قال", ":", "(", "الأردن", ")", "،", "أمس", ".");
  }

  @Test
  void wordsOfTheSameContextsShareACoarseClass() throws IOException {
    WordClasses classes = WordClassInducer.induce(List.of(corpus()), small(), line -> { });

    int cairo = classes.classesOf("القاهره")[0];
    int damascus = classes.classesOf("دمشق")[0];
    int writes = classes.classesOf("يكتب")[0];
    int reads = classes.classesOf("يقرا")[0];
    assertThat(damascus).isEqualTo(cairo);
    assertThat(reads).isEqualTo(writes);
    assertThat(writes).isNotEqualTo(cairo);
  }

  @Test
  void bareStemGetsAClassFromItsArticleForm() throws IOException {
    WordClasses classes = WordClassInducer.induce(List.of(corpus()), small(), line -> { });

    assertThat(classes.classesOf("قاهره")).isEqualTo(classes.classesOf("القاهره"));
  }

  @Test
  void finerClassesNestInsideCoarserOnes() throws IOException {
    WordClasses classes = WordClassInducer.induce(List.of(corpus()), small(), line -> { });

    List<String> words = List.of("القاهره", "دمشق", "يكتب", "يقرا", "الوفد", "قال", "امس", "غدا", ".");
    for (String a : words) {
      for (String b : words) {
        if (classes.classesOf(a)[1] == classes.classesOf(b)[1]) {
          assertThat(classes.classesOf(a)[0]).as(a + " and " + b).isEqualTo(classes.classesOf(b)[0]);
        }
      }
    }
  }

  @Test
  void inductionIsDeterministicAndSurvivesAWriteAndRead() throws IOException {
    WordClasses first = WordClassInducer.induce(List.of(corpus()), small(), line -> { });
    WordClasses second = WordClassInducer.induce(List.of(corpus()), small(), line -> { });
    Path file = dir.resolve("classes.tsv.gz");
    first.write(file, List.of("test"));

    WordClasses read;
    try (InputStream in = Files.newInputStream(file)) {
      read = WordClasses.read(in);
    }
    assertThat(read.granularities()).containsExactly(4, 8);
    assertThat(read.size()).isEqualTo(first.size());
    for (String word : List.of("القاهره", "دمشق", "يكتب", "الوفد", ".")) {
      assertThat(second.classesOf(word)).isEqualTo(first.classesOf(word));
      assertThat(read.classesOf(word)).isEqualTo(first.classesOf(word));
    }
  }

  @Test
  void wordsBelowTheCountCutoffHaveNoClass() throws IOException {
    WordClasses classes = WordClassInducer.induce(List.of(corpus()), small(), line -> { });

    assertThat(classes.classesOf("الدار")).isNull();
  }

  @Test
  void granularitiesThatDoNotNestAreRejected() {
    assertThatThrownBy(() -> new WordClassInducer.Options(5, 50, 4, List.of(100, 250), 20, 7L))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("granularities [100, 250]");
  }

  @Test
  void bundledTableHasThreeNestedGranularities() {
    WordClasses bundled = WordClasses.shared();

    assertThat(bundled.granularities()).containsExactly(100, 400, 1600);
    assertThat(bundled.size()).isEqualTo(78_005);
    assertThat(bundled.classesOf("وزاره")).isEqualTo(bundled.classesOf("البنك"));
  }
}
