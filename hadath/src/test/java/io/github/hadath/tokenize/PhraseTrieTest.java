package io.github.hadath.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhraseTrieTest {

  /** Every (length, values) the trie finds for {@code text} from its first word. */
  private static <V> List<String> matches(PhraseTrie<V> trie, List<List<String>> text) {
    List<String> found = new ArrayList<>();
    trie.forEachMatch(
        text.get(0),
        i -> i < text.size() ? text.get(i) : null,
        (length, values) -> found.add(length + "=" + values));
    return found;
  }

  @Test
  void phrasesSharingWordsShareNodesAndAreFoundShortestFirst() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add(List.of("الولايات", "المتحده"), "US");
    trie.add(List.of("الولايات"), "states");

    assertThat(matches(trie, List.of(List.of("الولايات"), List.of("المتحده"), List.of("امس"))))
        .containsExactly("1=[states]", "2=[US]");
    assertThat(trie.root("الولايات").next("المتحده").values()).containsExactly("US");
    assertThat(trie.root("المتحده")).isNull();
  }

  @Test
  void addIfAbsentKeepsTheFirstSource() {
    PhraseTrie<String> trie = new PhraseTrie<>();

    assertThat(trie.addIfAbsent(List.of("الجزائر"), "country")).isTrue();
    assertThat(trie.addIfAbsent(List.of("الجزائر"), "city")).isFalse();
    assertThat(trie.root("الجزائر").values()).containsExactly("country");
  }

  @Test
  void addKeepsEveryValueInOrder() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add(List.of("قمه"), "summit");
    trie.add(List.of("قمه"), "peak");

    assertThat(trie.root("قمه").values()).containsExactly("summit", "peak");
  }

  @Test
  void aWordOfSeveralKeysMatchesAnyOfThem() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.addWords(List.of(List.of("b:قمه", "f:القمه"), List.of("b:عربيه", "f:العربيه")), "summit");

    assertThat(matches(trie, List.of(List.of("b:قمه", "f:وللقمه"), List.of("b:x", "f:العربيه"))))
        .containsExactly("2=[summit]");
    assertThat(matches(trie, List.of(List.of("b:قمه"), List.of("b:x", "f:عربيه")))).isEmpty();
  }

  @Test
  void theTextEndsTheWalk() {
    PhraseTrie<String> trie = new PhraseTrie<>();
    trie.add(List.of("ريال", "مدريد"), "club");

    assertThat(matches(trie, List.of(List.of("ريال")))).isEmpty();
    assertThat(trie.startsWithAny(List.of("برشلونه", "ريال"))).isTrue();
    assertThat(trie.startsWithAny(List.of("مدريد"))).isFalse();
  }

  @Test
  void emptyPhrasesAndWordsAreRejected() {
    PhraseTrie<String> trie = new PhraseTrie<>();

    assertThatThrownBy(() -> trie.add(List.of(), "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> trie.addWords(List.of(List.of()), "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
