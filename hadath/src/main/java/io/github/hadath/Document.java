package io.github.hadath;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One document for {@link Hadath#analyzeAll}: its text, an optional publication date and an
 * identifier of the caller's choosing. Immutable.
 *
 * @param id the caller's identifier (a file name, a database key), or null; Hadath only carries it
 * @param text the document, any length (a text longer than the pipeline's maximum fails alone,
 *     with {@link DocumentTooLongException}); never null
 * @param publicationDate the anchor of relative and year-less dates, or null to use the dateline
 */
public record Document(String id, String text, LocalDate publicationDate) {

  /**
   * @throws NullPointerException if {@code text} is null
   */
  public Document {
    Objects.requireNonNull(text, "text");
  }

  /** A document with no identifier and no publication date. */
  public static Document of(String text) {
    return new Document(null, text, null);
  }
}
