package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.tokenize.WordForms;
import org.junit.jupiter.api.Test;

class CurrencyNamesTest {

  private final CurrencyNames names = CurrencyNames.shared();

  private boolean listed(String word) {
    return names.contains(WordForms.of(word));
  }

  @Test
  void holdsTheCldrHeadsAndTheHandWrittenForms() {
    // 61 first words of CLDR's Arabic currency names and 27 inflections and spellings
    assertThat(names.size()).isEqualTo(88);
  }

  @Test
  void currenciesAreFoundWithTheirArticleAndClitics() {
    assertThat(listed("روبية")).isTrue();
    assertThat(listed("روبيه")).isTrue();
    assertThat(listed("الدولار")).isTrue();
    assertThat(listed("بالدولار")).isTrue();
    assertThat(listed("وبدولارات")).isTrue();
    assertThat(listed("دنانير")).isTrue();
  }

  @Test
  void headsThatAreAlsoNamesOrWordsAreLeftOut() {
    assertThat(listed("سيدي")).isFalse();
    assertThat(listed("أوقية")).isFalse();
    assertThat(listed("مارك")).isFalse();
    assertThat(listed("دولة")).isFalse();
  }
}
