package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CliticFormsTest {

  @Test
  void conjunctionPrepositionAndArticleAreStripped() {
    CliticForms forms = CliticForms.of("وبالأردن");

    assertThat(forms).isEqualTo(new CliticForms("وبالاردن", "وب", "الاردن", "اردن"));
  }

  @Test
  void doubleLamIsPrepositionPlusArticle() {
    CliticForms forms = CliticForms.of("للوليد");

    assertThat(forms.proclitics()).isEqualTo("ل");
    assertThat(forms.stem()).isEqualTo("الوليد");
    assertThat(forms.bare()).isEqualTo("وليد");
  }

  @Test
  void prepositionWithoutArticleIsKept() {
    assertThat(CliticForms.of("لبنان")).isEqualTo(new CliticForms("لبنان", "", "لبنان", "لبنان"));
  }

  @Test
  void shortWordsKeepTheirLetters() {
    assertThat(CliticForms.of("وفي").stem()).isEqualTo("وفي");
  }

  @Test
  void keyFoldsHamzaAndTehMarbuta() {
    assertThat(CliticForms.of("الإمارة").key()).isEqualTo("الاماره");
  }

  @Test
  void readingsStripConjunctionThenPreposition() {
    assertThat(CliticForms.readings("وبطنجه")).containsExactly("وبطنجه", "بطنجه", "طنجه");
  }

  @Test
  void readingsReadDoubleLamAsTheArticleAndAsAPreposition() {
    assertThat(CliticForms.readings("وللوليد"))
        .containsExactly("وللوليد", "للوليد", "لوليد", "الوليد");
  }

  @Test
  void readingsOfAPrepositionBeforeTheArticleKeepTheArticle() {
    assertThat(CliticForms.readings("بالاردن")).containsExactly("بالاردن", "الاردن");
  }

  @Test
  void readingsKeepThreeLetters() {
    assertThat(CliticForms.readings("وفي")).containsExactly("وفي");
    assertThat(CliticForms.readings("بحر")).containsExactly("بحر");
    assertThat(CliticForms.readings("كلام")).containsExactly("كلام", "لام");
  }

  @Test
  void readingsAreTheGazetteersStems() {
    for (String key : new String[] {"وللوليد", "للبن", "فبالقاهره", "كلام", "وفي"}) {
      assertThat(CliticForms.readings(key))
          .containsExactlyElementsOf(
              Proclitics.stems(key).stream().map(Proclitics.Stem::key).distinct().toList());
    }
    assertThat(CliticForms.readings("للبن")).containsExactly("للبن", "لبن", "البن");
  }
}
