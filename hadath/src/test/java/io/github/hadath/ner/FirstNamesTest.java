package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.tokenize.WordForms;
import org.junit.jupiter.api.Test;

class FirstNamesTest {

  private final FirstNames names = FirstNames.shared();

  @Test
  void holdsTheOneWordArabicKeysOfThePackageAndTheForeignNames() {
    // 2,356 match keys from the 2,472 one-word keys of the npm list, 1,061 curated foreign names,
    // 71 of them in both
    assertThat(names.size()).isEqualTo(3_346);
  }

  @Test
  void foreignGivenNamesAreIncluded() {
    assertThat(names.contains(WordForms.of("أنغيلا"))).isTrue();
    assertThat(names.contains(WordForms.of("فلاديمير"))).isTrue();
  }

  @Test
  void givenNamesAreFoundThroughTheirMatchKey() {
    assertThat(names.contains(WordForms.of("زينب"))).isTrue();
    assertThat(names.contains(WordForms.of("إبراهيم"))).isTrue();
  }

  @Test
  void conjunctionAndPrepositionAreStripped() {
    assertThat(names.contains(WordForms.of("ولزينب"))).isTrue();
    assertThat(names.contains(WordForms.of("كزينب"))).isTrue();
  }

  @Test
  void keysWithSpacesOrLatinLettersAreDropped() {
    assertThat(names.contains(WordForms.of("عبد الفتاح"))).isFalse();
    assertThat(names.contains(WordForms.of("الحكومه"))).isFalse();
  }
}
