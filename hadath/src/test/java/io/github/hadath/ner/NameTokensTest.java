package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.text.ArabicTextNormalizer;
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
    assertThat(tokens.contains(ArabicTextNormalizer.matchKey("سميث"))).isTrue();
  }

  @Test
  void surnameIsFoundBehindAConjunction() {
    assertThat(tokens.contains(ArabicTextNormalizer.matchKey("وسميث"))).isTrue();
  }

  @Test
  void functionWordsAreNotListed() {
    assertThat(tokens.contains(ArabicTextNormalizer.matchKey("في"))).isFalse();
    assertThat(tokens.contains(ArabicTextNormalizer.matchKey("كان"))).isFalse();
  }
}
