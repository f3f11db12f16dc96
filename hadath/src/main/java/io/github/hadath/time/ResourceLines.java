package io.github.hadath.time;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data files of this package: «#» starts a comment, blank lines skip. */
final class ResourceLines {

  private ResourceLines() {}

  /**
   * The rows of a resource next to this class, each split at tabs.
   *
   * @param name file name inside {@code io/github/hadath/time/}
   * @throws UncheckedIOException if the resource is missing or unreadable
   */
  static List<String[]> read(String name) {
    InputStream in = ResourceLines.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing resource io/github/hadath/time/" + name));
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        rows.add(line.split("\t"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read io/github/hadath/time/" + name, e);
    }
    return rows;
  }
}
