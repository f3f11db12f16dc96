package io.github.hadath.event;

import io.github.hadath.ner.EntityMention;
import io.github.hadath.time.TimeAnalysis;
import io.github.hadath.tokenize.TokenizedText;
import java.util.List;

/** Turns mentions and time expressions into events. Implementations are thread-safe. */
public interface EventExtractor {

  /**
   * Extracts the events of one document, merging mentions of the same event.
   *
   * @param text the tokenized document
   * @param entities its entity mentions, in text order
   * @param times its time expressions and document date
   * @return the events in order of first mention
   * @throws NullPointerException if any argument is null
   */
  List<Event> extract(TokenizedText text, List<EntityMention> entities, TimeAnalysis times);
}
