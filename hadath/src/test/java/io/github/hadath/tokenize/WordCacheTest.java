package io.github.hadath.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordCacheTest {

  @Test
  void keptValueIsFound() {
    WordCache<Integer> cache = new WordCache<>(10);
    cache.put("كتاب", 4);

    assertThat(cache.get("كتاب")).isEqualTo(4);
    assertThat(cache.get("كتب")).isNull();
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void neverHoldsMoreThanItsSize() {
    WordCache<Integer> cache = new WordCache<>(10);
    for (int i = 0; i < 1_000; i++) {
      cache.put("كلمة" + i, i);
      assertThat(cache.size()).isBetween(1, 10);
    }
    assertThat(cache.get("كلمة999")).isEqualTo(999);
    assertThat(cache.get("كلمة0")).isNull();
  }

  @Test
  void wordMetAgainSurvivesTheNextGeneration() {
    WordCache<Integer> cache = new WordCache<>(4);
    cache.put("من", 1);
    cache.put("في", 2); // the young generation is full: it becomes the old one
    cache.put("على", 3);
    assertThat(cache.get("من")).isEqualTo(1); // read from the old one, kept again as young
    cache.put("إلى", 4); // the old generation («من», «في») is dropped
    cache.put("عن", 5);

    assertThat(cache.get("من")).isEqualTo(1);
    assertThat(cache.get("في")).isNull();
  }

  @Test
  void sizeOneKeepsTheLastWord() {
    WordCache<Integer> cache = new WordCache<>(1);
    cache.put("من", 1);
    cache.put("في", 2);

    assertThat(cache.get("في")).isEqualTo(2);
    assertThat(cache.get("من")).isNull();
    assertThat(cache.size()).isEqualTo(1);
  }

  @Test
  void computeIfAbsentComputesOncePerKeptWord() {
    WordCache<Integer> cache = new WordCache<>(10);
    List<String> computed = new ArrayList<>();
    for (String word : List.of("قال", "قال", "أمس", "قال")) {
      cache.computeIfAbsent(word, w -> {
        computed.add(w);
        return w.length();
      });
    }

    assertThat(computed).containsExactly("قال", "أمس");
    assertThat(cache.get("أمس")).isEqualTo(3);
  }

  @Test
  void sizeBelowOneIsRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> new WordCache<>(0))
        .withMessageContaining("0");
  }
}
