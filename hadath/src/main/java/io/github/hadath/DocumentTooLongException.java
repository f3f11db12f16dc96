package io.github.hadath;

/**
 * Thrown by {@link Hadath#analyze} for a document longer than the pipeline's maximum document
 * length ({@link Hadath.Builder#maxDocumentLength}).
 */
public final class DocumentTooLongException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int length;
  private final int maxLength;

  /**
   * @param length the document's length in UTF-16 chars
   * @param maxLength the maximum the pipeline accepts, in UTF-16 chars
   */
  public DocumentTooLongException(int length, int maxLength) {
    super(
        "document has "
            + length
            + " chars, more than the maximum of "
            + maxLength
            + " (Hadath.Builder.maxDocumentLength)");
    this.length = length;
    this.maxLength = maxLength;
  }

  /** The rejected document's length in UTF-16 chars. */
  public int length() {
    return length;
  }

  /** The maximum document length in UTF-16 chars. */
  public int maxLength() {
    return maxLength;
  }
}
