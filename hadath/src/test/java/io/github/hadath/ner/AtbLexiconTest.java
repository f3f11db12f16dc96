package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.tokenize.WordForms;
import org.junit.jupiter.api.Test;

class AtbLexiconTest {

  private final AtbLexicon lexicon = AtbLexicon.shared();

  @Test
  void personNameIsMostlyProperNoun() {
    AtbLexicon.Entry entry = lexicon.get("بوش");

    assertThat(entry).isNotNull();
    assertThat(entry.tag()).isEqualTo("NNP");
    assertThat(entry.properNounClass()).isEqualTo("NNP");
  }

  @Test
  void commonNounIsNeverProperNoun() {
    AtbLexicon.Entry entry = lexicon.get("الحكومه");

    assertThat(entry.tag()).isEqualTo("NN");
    assertThat(entry.properNounClass()).isEqualTo("-");
  }

  @Test
  void conjunctionAndPrepositionAreStrippedUntilKnown() {
    assertThat(lexicon.find(WordForms.of("وبوش"))).isEqualTo(lexicon.get("بوش"));
    assertThat(lexicon.find(WordForms.of("لجورج"))).isEqualTo(lexicon.get("جورج"));
    assertThat(lexicon.find(WordForms.of("للحكومه"))).isEqualTo(lexicon.get("الحكومه"));
  }

  @Test
  void unknownWordHasNoEntry() {
    assertThat(lexicon.find(WordForms.of("زززززز"))).isNull();
  }

  @Test
  void coarseTagsFoldArticleNumberAndClosedClasses() {
    assertThat(AtbLexicon.coarse("DTNNPS")).isEqualTo("NNP");
    assertThat(AtbLexicon.coarse("DTNNS")).isEqualTo("NN");
    assertThat(AtbLexicon.coarse("VBD")).isEqualTo("VB");
    assertThat(AtbLexicon.coarse("DTJJR")).isEqualTo("JJ");
    assertThat(AtbLexicon.coarse("NOUN_QUANT")).isEqualTo("CD");
    assertThat(AtbLexicon.coarse("IN")).isEqualTo("F");
    assertThat(AtbLexicon.coarse("DT")).isEqualTo("F");
  }
}
