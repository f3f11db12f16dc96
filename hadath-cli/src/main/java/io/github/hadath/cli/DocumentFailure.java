package io.github.hadath.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.hadath.AnalysisFailedException;
import io.github.hadath.DocumentTooLongException;

/** Why one input document produced an error record instead of an analysis. */
final class DocumentFailure extends Exception {

  private static final long serialVersionUID = 1L;

  /** Failure classes, each with the id written in the error record's {@code type}. */
  enum Type {
    /** The path does not exist. */
    NOT_FOUND("not-found"),
    /** The path exists but could not be read (permissions, a directory error, an I/O error). */
    UNREADABLE("unreadable"),
    /** The bytes are not valid UTF-8; the record gives the offset of the first bad byte. */
    INVALID_UTF8("invalid-utf8"),
    /** The document is longer than {@code --max-length}. */
    TOO_LONG("too-long"),
    /** A JSON Lines line is not a JSON object with a string {@code text}. */
    BAD_RECORD("bad-record"),
    /** The pipeline itself failed on this document (a bug: please report it). */
    ANALYSIS_FAILED("analysis-failed");

    private final String id;

    Type(String id) {
      this.id = id;
    }

    /** The id written in error records («invalid-utf8»). */
    String id() {
      return id;
    }
  }

  private final Type type;
  private final long byteOffset;
  private final transient JsonNode id;

  DocumentFailure(Type type, String message) {
    this(type, message, -1, null);
  }

  /**
   * @param byteOffset offset in bytes of the bad input from the start of the file, or -1 when
   *     not applicable
   * @param id the document's id when it was read before the failure, else null
   */
  DocumentFailure(Type type, String message, long byteOffset, JsonNode id) {
    super(message, null, false, false);
    this.type = type;
    this.byteOffset = byteOffset;
    this.id = id;
  }

  /**
   * The failure of a document of {@code source} as {@link io.github.hadath.Hadath#analyzeAll}
   * reported it: a loader's own {@code DocumentFailure} as it is, a too-long document as {@link
   * Type#TOO_LONG}, anything else as {@link Type#ANALYSIS_FAILED}.
   *
   * @param id the document's id when it was read, else null
   */
  static DocumentFailure of(String source, Exception failure, JsonNode id) {
    if (failure instanceof DocumentFailure documentFailure) {
      return documentFailure;
    }
    if (failure instanceof DocumentTooLongException) {
      return new DocumentFailure(Type.TOO_LONG, source + ": " + failure.getMessage(), -1, id);
    }
    String message = failure instanceof AnalysisFailedException ? failure.getMessage() : "analysis failed: " + failure;
    return new DocumentFailure(Type.ANALYSIS_FAILED, source + ": " + message, -1, id);
  }

  Type type() {
    return type;
  }

  /** Offset of the first bad byte in the input file, or -1. */
  long byteOffset() {
    return byteOffset;
  }

  /** The document's id from its JSON Lines record, when known, else null. */
  JsonNode id() {
    return id;
  }
}
