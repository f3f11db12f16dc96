package io.github.hadath.tokenize;

import io.github.hadath.text.Span;

/**
 * A sentence: a line of text, or a stretch ended by «.», «!», «?» or «؟» (never by «،»).
 *
 * @param index position of the sentence in the document, from 0
 * @param span where the sentence lies in the original text, from its first to its last token
 * @param firstToken index of its first token
 * @param endToken index one past its last token
 */
public record Sentence(int index, Span span, int firstToken, int endToken) {}
