package io.github.hadath.tokenize;

import io.github.hadath.text.NormalizedText;
import io.github.hadath.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * The output of tokenization: the normalized text with its tokens, words and sentences.
 *
 * <p>Tokens, words and sentences are in text order and their indices are their list positions.
 *
 * @param text the normalized text the tokens were read from, with its offset map
 * @param tokens every token, stems and clitics
 * @param words the whitespace words hosting the tokens
 * @param sentences the sentences, covering every token once
 */
public record TokenizedText(
    NormalizedText text, List<Token> tokens, List<Word> words, List<Sentence> sentences) {

  public TokenizedText {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    words = List.copyOf(words);
    sentences = List.copyOf(sentences);
  }

  /** The original input string. */
  public String original() {
    return text.original();
  }

  /** The original text covered by {@code span}. */
  public String originalText(Span span) {
    return span.coveredText(text.original());
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** The tokens of one word. */
  public List<Token> tokensOf(Word word) {
    return tokens.subList(word.firstToken(), word.endToken());
  }
}
