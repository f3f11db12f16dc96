package io.github.hadath.ner;

import io.github.hadath.text.Span;
import java.util.Objects;

/**
 * A mention of a named entity in the text.
 *
 * <p>The span never includes a proclitic: in «وبالمغرب» the mention is «المغرب».
 *
 * @param type the entity class
 * @param text the mention exactly as in the original text, equal to {@code
 *     span.coveredText(original)}
 * @param span where the mention lies in the original text
 * @param link the entry it refers to, or null when not linked
 * @param source which recognizer found it («gazetteer» or «crf»), for explaining results
 */
public record EntityMention(EntityType type, String text, Span span, Link link, String source) {

  public EntityMention {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(source, "source");
  }
}
