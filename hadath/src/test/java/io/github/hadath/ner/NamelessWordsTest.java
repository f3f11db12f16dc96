package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamelessWordsTest {

  @Test
  void articleAloneIsNameless() {
    assertThat(NamelessWords.isNameless("ال")).isTrue();
    assertThat(NamelessWords.isNameless("وال")).isTrue();
  }

  @Test
  void prepositionIsNameless() {
    assertThat(NamelessWords.isNameless("في")).isTrue();
    assertThat(NamelessWords.isNameless("إلى")).isTrue();
  }

  @Test
  void digitsTatweelAndPunctuationAreNameless() {
    assertThat(NamelessWords.isNameless("١٢٣")).isTrue();
    assertThat(NamelessWords.isNameless("ـــــ")).isTrue();
    assertThat(NamelessWords.isNameless("«»")).isTrue();
    assertThat(NamelessWords.isNameless("ـالـ")).isTrue();
  }

  @Test
  void singleLetterIsNameless() {
    assertThat(NamelessWords.isNameless("و")).isTrue();
  }

  @Test
  void namesAndNameWordsAreNotNameless() {
    assertThat(NamelessWords.isNameless("محمد")).isFalse();
    assertThat(NamelessWords.isNameless("بن")).isFalse();
    assertThat(NamelessWords.isNameless("عبد")).isFalse();
    assertThat(NamelessWords.isNameless("الأمم")).isFalse();
    assertThat(NamelessWords.isNameless("للتربية")).isFalse();
  }
}
