package io.github.hadath.tokenize;

import io.github.hadath.text.NormalizedText;

/** Splits normalized Arabic text into sentences, words and clitic-separated tokens. */
public interface ArabicTokenizer {

  /**
   * Tokenizes {@code text}.
   *
   * <p>Implementations are thread-safe: one instance serves all threads.
   *
   * @param text the normalized text; its offset map is used to report original spans
   * @return tokens whose spans point into {@link NormalizedText#original()}
   * @throws NullPointerException if {@code text} is null
   */
  TokenizedText tokenize(NormalizedText text);
}
