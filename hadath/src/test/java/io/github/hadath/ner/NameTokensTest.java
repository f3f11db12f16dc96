package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.tokenize.WordForms;
import org.junit.jupiter.api.Test;

class NameTokensTest {

  private final NameTokens tokens = NameTokens.shared();

  @Test
  void holdsTheDerivedListByMatchKey() {
    // 15,028 lines, 14,914 distinct match keys once hamza and teh marbuta are folded
    assertThat(tokens.size()).isEqualTo(14_914);
  }

  @Test
  void foreignSurnameIsListed() {
    assertThat(tokens.contains(WordForms.of("سميث"))).isTrue();
  }

  @Test
  void surnameIsFoundBehindAConjunction() {
    assertThat(tokens.contains(WordForms.of("وسميث"))).isTrue();
  }

  @Test
  void functionWordsAreNotListed() {
    assertThat(tokens.contains(WordForms.of("في"))).isFalse();
    assertThat(tokens.contains(WordForms.of("كان"))).isFalse();
  }
}
