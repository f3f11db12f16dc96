package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.text.Span;
import io.github.hadath.tokenize.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pipeline's policy on «الله» ({@link CrfEntityRecognizer#recognize}). */
class DivineNamePolicyTest {

  private static List<Word> words(String... texts) {
    List<Word> words = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < texts.length; i++) {
      words.add(new Word(i, texts[i], new Span(at, at + texts[i].length()), i, i + 1));
      at += texts[i].length() + 1;
    }
    return words;
  }

  @Test
  void nameOfGodAloneIsDropped() {
    assertThat(CrfEntityRecognizer.isDivineName(words("الله"))).isTrue();
  }

  @Test
  void nameOfGodWithShaddaIsDropped() {
    assertThat(CrfEntityRecognizer.isDivineName(words("اللّه"))).isTrue();
  }

  @Test
  void nameOfGodAfterLamWithElidedArticleIsDropped() {
    assertThat(CrfEntityRecognizer.isDivineName(words("لله"))).isTrue();
  }

  @Test
  void nameOfGodBehindProcliticsIsDropped() {
    assertThat(CrfEntityRecognizer.isDivineName(words("بالله"))).isTrue();
  }

  @Test
  void personNameContainingItIsKept() {
    assertThat(CrfEntityRecognizer.isDivineName(words("عبد", "الله"))).isFalse();
  }

  @Test
  void organizationNameContainingItIsKept() {
    assertThat(CrfEntityRecognizer.isDivineName(words("حزب", "الله"))).isFalse();
  }

  @Test
  void otherWordIsKept() {
    assertThat(CrfEntityRecognizer.isDivineName(words("اللاذقية"))).isFalse();
  }
}
