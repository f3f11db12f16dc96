package io.github.hadath.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordFormsTest {

  @Test
  void conjunctionPrepositionAndArticleAreStripped() {
    WordForms forms = WordForms.of("وبالأردن");

    assertThat(forms)
        .isEqualTo(
            new WordForms(
                "وبالاردن", "وب", "الاردن", "اردن", List.of("وبالاردن", "بالاردن", "الاردن")));
  }

  @Test
  void doubleLamIsPrepositionPlusArticle() {
    WordForms forms = WordForms.of("للوليد");

    assertThat(forms.proclitics()).isEqualTo("ل");
    assertThat(forms.stem()).isEqualTo("الوليد");
    assertThat(forms.bare()).isEqualTo("وليد");
    assertThat(forms.hasArticle()).isTrue();
  }

  @Test
  void prepositionWithoutArticleIsKept() {
    assertThat(WordForms.of("لبنان"))
        .isEqualTo(new WordForms("لبنان", "", "لبنان", "لبنان", List.of("لبنان", "بنان")));
  }

  @Test
  void shortWordsKeepTheirLetters() {
    assertThat(WordForms.of("وفي").stem()).isEqualTo("وفي");
    assertThat(WordForms.of("وفي").readings()).containsExactly("وفي");
  }

  @Test
  void shortDoubleLamKeepsItsLetters() {
    // «للبن»: without the article only «بن» would remain
    WordForms forms = WordForms.of("للبن");

    assertThat(forms.stem()).isEqualTo("للبن");
    assertThat(forms.readings()).containsExactly("للبن", "لبن", "البن");
  }

  @Test
  void keyFoldsHamzaAndTehMarbuta() {
    assertThat(WordForms.of("الإمارة").key()).isEqualTo("الاماره");
  }

  @Test
  void readingsMustBeginWithTheKey() {
    assertThatThrownBy(() -> new WordForms("قمه", "", "قمه", "قمه", List.of("مه")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("«قمه»");
  }
}
