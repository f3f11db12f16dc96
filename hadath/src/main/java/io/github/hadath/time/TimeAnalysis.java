package io.github.hadath.time;

import io.github.hadath.text.Span;
import java.time.LocalDate;
import java.util.List;

/**
 * The time expressions of a document and the date they are anchored on.
 *
 * @param documentDate the publication date when the caller gave one, else the dateline date found
 *     in the text, else null
 * @param documentDateSpan where the dateline lies in the original text, or null when the date was
 *     given by the caller or not found
 * @param expressions the time expressions in text order
 */
public record TimeAnalysis(
    LocalDate documentDate, Span documentDateSpan, List<TimeExpression> expressions) {

  public TimeAnalysis {
    expressions = List.copyOf(expressions);
  }
}
