package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BioChunkTest {

  @Test
  void beginThenInsideMakeOneChunk() {
    assertThat(BioChunk.of(List.of("O", "B-ORG", "I-ORG", "I-ORG", "O")))
        .containsExactly(new BioChunk("ORG", 1, 4));
  }

  @Test
  void insideAfterOutsideStartsAChunkAsInConlleval() {
    assertThat(BioChunk.of(List.of("O", "I-PERS", "I-PERS")))
        .containsExactly(new BioChunk("PERS", 1, 3));
  }

  @Test
  void beginAfterBeginOfSameTypeSeparatesAdjacentEntities() {
    assertThat(BioChunk.of(List.of("B-LOC", "B-LOC", "I-LOC")))
        .containsExactly(new BioChunk("LOC", 0, 1), new BioChunk("LOC", 1, 3));
  }

  @Test
  void insideOfAnotherTypeEndsTheChunk() {
    assertThat(BioChunk.of(List.of("B-ORG", "I-LOC")))
        .containsExactly(new BioChunk("ORG", 0, 1), new BioChunk("LOC", 1, 2));
  }

  @Test
  void chunkAtSentenceEndIsClosed() {
    assertThat(BioChunk.of(List.of("O", "B-MISC"))).containsExactly(new BioChunk("MISC", 1, 2));
  }
}
