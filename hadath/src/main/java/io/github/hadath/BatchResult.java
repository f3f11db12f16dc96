package io.github.hadath;

/**
 * What {@link Hadath#analyzeAll} made of one input: its analysis, or the exception that stopped
 * it. Exactly one of {@link #analysis()} and {@link #failure()} is non-null.
 *
 * @param <T> the type of the batch's inputs
 * @param input the input as given, in its place in the input order
 * @param document the document read from the input, or null when reading it failed
 * @param analysis the analysis, or null when the document failed
 * @param failure why the document failed, or null: what the {@link DocumentLoader} threw, {@link
 *     DocumentTooLongException}, or {@link AnalysisFailedException} when the pipeline itself failed
 */
public record BatchResult<T>(T input, Document document, Analysis analysis, Exception failure) {

  /**
   * @throws IllegalArgumentException unless exactly one of {@code analysis} and {@code failure} is
   *     non-null, or if an analysis comes without its document
   */
  public BatchResult {
    if ((analysis == null) == (failure == null)) {
      throw new IllegalArgumentException(
          "exactly one of analysis and failure must be given, got analysis " + (analysis != null)
              + " and failure " + failure);
    }
    if (analysis != null && document == null) {
      throw new IllegalArgumentException("an analysis needs the document it was made of");
    }
  }

  /** Whether the document was analyzed. */
  public boolean succeeded() {
    return analysis != null;
  }
}
