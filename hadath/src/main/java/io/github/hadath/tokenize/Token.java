package io.github.hadath.tokenize;

import io.github.hadath.text.Span;
import java.util.Objects;

/**
 * One token of the segmented text: a stem or a clitic split off its host word.
 *
 * @param index position of the token in the document, from 0
 * @param text the surface form exactly as in the original text ({@code span} applied to it), with
 *     its diacritics, hamza and tatweel; for a restored definite article (CoreNLP turns the
 *     «لل» of «للأنتربول» into «ل» + «الأنتربول») it is what the original covers
 * @param form the segmenter's normalized form (ASCII digits, bare alef, no marks)
 * @param key {@link io.github.hadath.text.ArabicTextNormalizer#matchKey the match key} of {@code
 *     form}, used for every dictionary lookup
 * @param span where the token lies in the original text
 * @param word index of the host {@link Word} in the document
 * @param role whether the token is the stem of its word or a clitic
 */
public record Token(int index, String text, String form, String key, Span span, int word, Role role) {

  /** Position of a token inside its whitespace word. */
  public enum Role {
    /** A conjunction, preposition or particle glued before the stem (و، ف، ب، ل، ك، س). */
    PROCLITIC,
    /** The longest segment of the word, or the word itself when nothing was split off. */
    STEM,
    /** A pronoun glued after the stem. */
    ENCLITIC
  }

  public Token {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(role, "role");
  }

  /** True for proclitics and enclitics. */
  public boolean isClitic() {
    return role != Role.STEM;
  }
}
