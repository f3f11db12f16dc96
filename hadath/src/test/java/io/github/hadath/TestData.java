package io.github.hadath;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The raw data beside the project (ANERcorp, gazetteer extracts, corpora, real news passages),
 * which the project reads by reference and never copies: the system property {@code
 * hadath.dataDir} (Maven sets it to {@code ../shared/data} beside the checkout), else that same
 * relative path. A test that needs a file calls {@link #require} and is skipped where it is absent.
 */
public final class TestData {

  private TestData() {}

  /** The data directory, whether or not it exists. */
  public static Path directory() {
    return Path.of(System.getProperty("hadath.dataDir", "../shared/data"));
  }

  /**
   * The file or folder {@code relative} to the data directory; skips the calling test (a JUnit
   * assumption) when it does not exist.
   */
  public static Path require(String relative) {
    Path path = directory().resolve(relative);
    assumeTrue(Files.exists(path), () -> "data directory lacks " + path);
    return path;
  }
}
