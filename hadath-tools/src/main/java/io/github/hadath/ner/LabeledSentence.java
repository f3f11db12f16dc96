package io.github.hadath.ner;

import java.util.List;

/**
 * A sentence of a BIO-tagged corpus: its whitespace tokens and one tag per token.
 *
 * @param tokens the tokens as written in the corpus, clitics attached («بالأردن»)
 * @param tags one BIO tag per token («B-LOC», «I-PERS», «O»)
 */
public record LabeledSentence(List<String> tokens, List<String> tags) {

  /**
   * @throws IllegalArgumentException if the two lists differ in length
   */
  public LabeledSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(
          "sentence has " + tokens.size() + " tokens but " + tags.size() + " tags");
    }
  }

  /** Number of tokens. */
  public int size() {
    return tokens.size();
  }
}
