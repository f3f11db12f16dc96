package io.github.hadath.time;

import io.github.hadath.tokenize.TokenizedText;
import java.time.LocalDate;

/** Finds and normalizes time expressions. Implementations are thread-safe. */
public interface TimeExpressionReader {

  /**
   * Reads the time expressions of {@code text}.
   *
   * @param text the tokenized document
   * @param publicationDate the document's publication date, or null to look for a dateline
   * @return the document date and the expressions anchored on it
   * @throws NullPointerException if {@code text} is null
   */
  TimeAnalysis read(TokenizedText text, LocalDate publicationDate);
}
