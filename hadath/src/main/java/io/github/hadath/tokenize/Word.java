package io.github.hadath.tokenize;

import io.github.hadath.text.Span;
import java.util.Objects;

/**
 * A whitespace-delimited word of the text, the host of one or more tokens, with its {@link
 * WordForms forms}: the word layer every stage reads a word's key, proclitic readings and stem
 * from.
 *
 * <p>Punctuation that the segmenter splits off («مراكش،») forms its own word.
 *
 * @param index position of the word in the document, from 0
 * @param text the word exactly as in the original text
 * @param span where the word lies in the original text
 * @param firstToken index of its first token
 * @param endToken index one past its last token ({@code > firstToken})
 * @param forms the forms of {@code text} ({@link WordForms#of}), computed once with the word
 */
public record Word(
    int index, String text, Span span, int firstToken, int endToken, WordForms forms) {

  /**
   * @throws NullPointerException if {@code text}, {@code span} or {@code forms} is null
   */
  public Word {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(forms, "forms");
  }

  /**
   * A word with the forms of its text.
   *
   * @throws NullPointerException if {@code text} or {@code span} is null
   */
  public Word(int index, String text, Span span, int firstToken, int endToken) {
    this(index, text, span, firstToken, endToken, WordForms.of(Objects.requireNonNull(text, "text")));
  }

  /** Number of tokens (stem plus clitics) in the word. */
  public int tokenCount() {
    return endToken - firstToken;
  }
}
