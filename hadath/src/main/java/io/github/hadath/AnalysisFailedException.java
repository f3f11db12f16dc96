package io.github.hadath;

/**
 * The pipeline failed on one document of a batch with an {@link Error} (out of memory, stack
 * overflow) or an unexpected exception, reported as that document's {@link BatchResult#failure()}
 * so that the batch goes on. The cause is the original throwable.
 */
public final class AnalysisFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message what failed, naming the document's length
   * @param cause the original throwable
   */
  public AnalysisFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
