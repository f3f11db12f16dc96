package io.github.hadath.ner;

import io.github.hadath.tokenize.TokenizedText;
import java.util.List;

/** Finds entity mentions in tokenized text. Implementations are thread-safe. */
public interface EntityRecognizer {

  /**
   * Finds the mentions of {@code text}.
   *
   * @param text the tokenized document
   * @return mentions in text order, not overlapping
   * @throws NullPointerException if {@code text} is null
   */
  List<EntityMention> recognize(TokenizedText text);
}
