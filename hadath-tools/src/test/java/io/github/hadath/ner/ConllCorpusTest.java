package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllCorpusTest {

  private static List<LabeledSentence> read(String text) throws IOException {
    return ConllCorpus.read(new BufferedReader(new StringReader(text)), "test.conll");
  }

  @Test
  void blankLinesSeparateSentences() throws IOException {
    List<LabeledSentence> sentences = read("زار O\nبالأردن B-LOC\n\n\nقال O\n");

    assertThat(sentences).containsExactly(
        new LabeledSentence(List.of("زار", "بالأردن"), List.of("O", "B-LOC")),
        new LabeledSentence(List.of("قال"), List.of("O")));
  }

  @Test
  void tabsByteOrderMarkAndDirectionMarksAreDropped() throws IOException {
    List<LabeledSentence> sentences = read("\uFEFF\u200Eفرانكفورت\tB-Population-Center\n");

    assertThat(sentences.get(0).tokens()).containsExactly("فرانكفورت");
    assertThat(sentences.get(0).tags()).containsExactly("B-Population-Center");
  }

  @Test
  void lineWithoutTagNamesItsLine() {
    assertThatThrownBy(() -> read("زار O\nبالأردن\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("test.conll:2");
  }

  @Test
  void tagThatIsNotBioNamesItsLine() {
    assertThatThrownBy(() -> read("زار O\nHello world\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.conll:2: expected a BIO tag («O», «B-PERS», «I-LOC»), found «world»");
  }

  @Test
  void inputWithoutSentencesIsAnError() {
    assertThatThrownBy(() -> read("\n\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.conll: no sentences (expected «token tag» lines)");
  }

  @Test
  void invalidUtf8FileSaysSo(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    java.nio.file.Path file = dir.resolve("bad.conll");
    java.nio.file.Files.write(file, new byte[] {'a', ' ', 'O', '\n', (byte) 0xC3, ' ', 'O', '\n'});

    assertThatThrownBy(() -> ConllCorpus.read(file))
        .isInstanceOf(java.io.UncheckedIOException.class)
        .hasMessage("cannot read " + file + ": not valid UTF-8");
  }
}
