package io.github.hadath;

import io.github.hadath.event.Event;
import io.github.hadath.ner.EntityMention;
import io.github.hadath.time.TimeExpression;
import io.github.hadath.tokenize.Sentence;
import io.github.hadath.tokenize.Token;
import io.github.hadath.tokenize.Word;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything Hadath read in one document. Immutable.
 *
 * <p>Every span in it is a UTF-16 range of {@link #text()}, end exclusive.
 *
 * @param text the document exactly as given
 * @param documentDate the publication date given by the caller, else the dateline date, else null
 * @param sentences sentences in text order
 * @param words whitespace words in text order
 * @param tokens tokens (stems and clitics) in text order
 * @param entities entity mentions in text order, not overlapping
 * @param timexes time expressions in text order
 * @param events events in order of first mention
 */
public record Analysis(
    String text,
    LocalDate documentDate,
    List<Sentence> sentences,
    List<Word> words,
    List<Token> tokens,
    List<EntityMention> entities,
    List<TimeExpression> timexes,
    List<Event> events) {

  public Analysis {
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    words = List.copyOf(words);
    tokens = List.copyOf(tokens);
    entities = List.copyOf(entities);
    timexes = List.copyOf(timexes);
    events = List.copyOf(events);
  }
}
