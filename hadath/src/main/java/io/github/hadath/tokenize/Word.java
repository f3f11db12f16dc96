package io.github.hadath.tokenize;

import io.github.hadath.text.Span;

/**
 * A whitespace-delimited word of the text, the host of one or more tokens.
 *
 * <p>Punctuation that the segmenter splits off («مراكش،») forms its own word.
 *
 * @param index position of the word in the document, from 0
 * @param text the word exactly as in the original text
 * @param span where the word lies in the original text
 * @param firstToken index of its first token
 * @param endToken index one past its last token ({@code > firstToken})
 */
public record Word(int index, String text, Span span, int firstToken, int endToken) {

  /** Number of tokens (stem plus clitics) in the word. */
  public int tokenCount() {
    return endToken - firstToken;
  }
}
