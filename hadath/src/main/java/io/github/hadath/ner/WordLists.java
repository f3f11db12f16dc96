package io.github.hadath.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads word lists and other bundled tables from the classpath: the name lists of {@code
 * models/names/}, the Treebank lexicon, the word classes and cluster paths.
 */
final class WordLists {

  private WordLists() {}

  /** Reads a resource's bytes into a value. */
  @FunctionalInterface
  interface ResourceReader<T> {
    T read(InputStream in) throws IOException;
  }

  /**
   * The value {@code reader} makes of a classpath resource (a compiled table, a gzipped file).
   *
   * @throws IllegalStateException if the resource is missing
   * @throws UncheckedIOException if it cannot be read
   */
  static <T> T read(String resource, ResourceReader<T> reader) {
    try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /**
   * The lines of a classpath resource.
   *
   * @throws IllegalStateException if the resource is missing
   * @throws UncheckedIOException if it cannot be read
   */
  static List<String> lines(String resource) {
    try (InputStream in = WordLists.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> lines = new ArrayList<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lines.add(line);
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /**
   * The rows of a tab-separated list, «#» comment lines and blank lines skipped.
   *
   * @throws IllegalStateException if the resource is missing or a row has not two columns
   */
  static List<String[]> rows(String resource) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(resource)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] row = line.split("\t", -1);
      if (row.length != 2 || row[0].isBlank()) {
        throw new IllegalStateException(
            "expected «NAME TAB LABEL» in " + resource + ", found «" + line + "»");
      }
      rows.add(row);
    }
    return rows;
  }
}
