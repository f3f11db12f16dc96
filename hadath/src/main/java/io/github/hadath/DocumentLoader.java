package io.github.hadath;

/**
 * Reads the {@link Document} of one batch input (a file path, a database row, a JSON line). It runs
 * on {@link Hadath#analyzeAll}'s worker threads, so slow reading overlaps with analysis; whatever
 * it throws becomes that input's {@link BatchResult#failure()} and the batch goes on.
 *
 * @param <T> the type of the batch's inputs
 */
@FunctionalInterface
public interface DocumentLoader<T> {

  /**
   * The document of {@code input}.
   *
   * @throws Exception any failure to read it, reported as that input's failure
   */
  Document load(T input) throws Exception;
}
