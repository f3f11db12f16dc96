package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NerScoresTest {

  private static NerScores scores() {
    NerScores scores = new NerScores();
    // gold: LOC [0,1), PERS [2,4); predicted: LOC [0,1) correct, PERS [2,3) wrong span, ORG [4,5)
    scores.add(
        List.of("B-LOC", "O", "B-PERS", "I-PERS", "O"),
        List.of("B-LOC", "O", "B-PERS", "O", "B-ORG"));
    return scores;
  }

  @Test
  void onlyExactTypeAndSpanCount() {
    NerScores scores = scores();

    assertThat(scores.precision("LOC")).isEqualTo(100.0);
    assertThat(scores.recall("PERS")).isEqualTo(0.0);
    assertThat(scores.precision("ORG")).isEqualTo(0.0);
  }

  @Test
  void microAveragesPoolAllEntities() {
    NerScores scores = scores();

    assertThat(scores.precision(null)).isCloseTo(100.0 / 3, within(1e-9));
    assertThat(scores.recall(null)).isEqualTo(50.0);
    assertThat(scores.microF1()).isEqualTo(40.0);
  }

  @Test
  void addAllPoolsCountsAsIfTheSentencesHadBeenAddedToOne() {
    NerScores pooled = scores();
    NerScores other = new NerScores();
    other.add(List.of("B-PERS", "I-PERS", "O"), List.of("B-PERS", "I-PERS", "O"));

    pooled.addAll(other);

    // 2 of 4 predictions correct, 2 of 3 gold entities found
    assertThat(pooled.precision(null)).isEqualTo(50.0);
    assertThat(pooled.recall(null)).isCloseTo(200.0 / 3, within(1e-9));
    assertThat(pooled.recall("PERS")).isEqualTo(50.0);
    assertThat(pooled.types()).containsExactly("LOC", "ORG", "PERS");
  }

  @Test
  void tableEndsWithTheMicroF1Line() {
    String table = scores().table();

    assertThat(table.lines().toList()).last().isEqualTo("micro F1: 40.00");
    assertThat(table).contains("LOC       100.00  100.00 100.00      1         1       1");
  }

  @Test
  void tagListsOfDifferentLengthsAreRejected() {
    assertThatThrownBy(() -> new NerScores().add(List.of("O"), List.of("O", "O")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 gold tags but 2 predicted");
  }
}
