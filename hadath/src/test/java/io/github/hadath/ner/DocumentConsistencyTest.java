package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.tokenize.WordForms;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentConsistencyTest {

  private static List<List<String>> apply(List<List<String>> tokens, List<List<String>> tags) {
    List<List<String>> result = new ArrayList<>(tags);
    DocumentConsistency.apply(
        tokens.stream().map(s -> s.stream().map(WordForms::of).toList()).toList(), result);
    return result;
  }

  @Test
  void repeatedNameIsTaggedAgainThroughItsClitics() {
    List<List<String>> tokens =
        List.of(List.of("أعلن", "البنك", "التجاري", "."), List.of("وقال", "للبنك", "التجاري", "."));
    List<List<String>> tags =
        List.of(List.of("O", "B-ORG", "I-ORG", "O"), List.of("O", "O", "O", "O"));

    assertThat(apply(tokens, tags).get(1)).containsExactly("O", "B-ORG", "I-ORG", "O");
  }

  @Test
  void surnameOfAPersonCountsAsAName() {
    List<List<String>> tokens = List.of(List.of("جورج", "بوش", "قال"), List.of("وأضاف", "بوش"));
    List<List<String>> tags = List.of(List.of("B-PERS", "I-PERS", "O"), List.of("O", "O"));

    assertThat(apply(tokens, tags).get(1)).containsExactly("O", "B-PERS");
  }

  @Test
  void namesFartherThanTheWindowAreNotUsed() {
    List<List<String>> tokens = new ArrayList<>();
    List<List<String>> tags = new ArrayList<>();
    tokens.add(List.of("نيسان"));
    tags.add(List.of("B-ORG"));
    for (int i = 0; i < DocumentConsistency.WINDOW; i++) {
      tokens.add(List.of("قال"));
      tags.add(List.of("O"));
    }
    tokens.add(List.of("نيسان"));
    tags.add(List.of("O"));

    assertThat(apply(tokens, tags).get(DocumentConsistency.WINDOW + 1)).containsExactly("O");
  }

  @Test
  void majorityTypeWinsAndCrfTagsAreKept() {
    List<List<String>> tokens =
        List.of(List.of("ليون"), List.of("ليون"), List.of("ليون"), List.of("ليون", "فاز"));
    List<List<String>> tags =
        List.of(List.of("B-ORG"), List.of("B-ORG"), List.of("B-LOC"), List.of("O", "O"));

    List<List<String>> result = apply(tokens, tags);

    assertThat(result.get(2)).containsExactly("B-LOC");
    assertThat(result.get(3)).containsExactly("B-ORG", "O");
  }

  @Test
  void shortOneWordNamesAreNotPropagated() {
    List<List<String>> tokens = List.of(List.of("إس"), List.of("إس"));
    List<List<String>> tags = List.of(List.of("B-MISC"), List.of("O"));

    assertThat(apply(tokens, tags).get(1)).containsExactly("O");
  }
}
