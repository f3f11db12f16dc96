package io.github.hadath.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;

/**
 * One document of the input, not yet read: its loading (file reading, UTF-8 decoding, JSON
 * parsing) runs on a worker thread, and every failure there becomes an error record.
 *
 * @param source where it comes from: the path as given (joined with the relative path for a file
 *     found in a directory), {@code -} for standard input, {@code PATH:LINE} for a JSON Lines
 *     record, {@code example:interpol-general-assembly}
 * @param loader reads the text when called
 */
record InputDocument(String source, Loader loader) {

  /** Reads one document. */
  @FunctionalInterface
  interface Loader {
    Text load() throws DocumentFailure;
  }

  /**
   * A document's content.
   *
   * @param text the document
   * @param id the caller's id from a JSON Lines record (any JSON value), or null
   * @param publicationDate the record's publication date, or null to use {@code
   *     --publication-date} or the dateline
   */
  record Text(String text, JsonNode id, LocalDate publicationDate) {}

  /** A document that fails with {@code failure} when loaded. */
  static InputDocument failed(String source, DocumentFailure failure) {
    return new InputDocument(
        source,
        () -> {
          throw failure;
        });
  }
}
