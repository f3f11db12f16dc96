package io.github.hadath.event;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The line format shared by template and taxonomy files: {@code key = value}, one per line, UTF-8;
 * blank lines and lines starting with {@code #} are skipped. A line without {@code =}, or with an
 * empty key or value, fails with its file and line.
 */
final class KeyValueLines {

  /** One {@code key = value} line. */
  record Line(String source, int number, String key, String value) {

    TemplateFormatException error(String message) {
      return new TemplateFormatException(source, number, message);
    }
  }

  private KeyValueLines() {}

  static List<Line> read(Path file) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(file.toString(), reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  static List<Line> readResource(String resource) {
    InputStream in = KeyValueLines.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("classpath resource not found: " + resource));
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read(resource, reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  static List<Line> read(String source, Reader reader) throws IOException {
    List<Line> lines = new ArrayList<>();
    BufferedReader buffered = new BufferedReader(reader);
    int number = 0;
    for (String raw = buffered.readLine(); raw != null; raw = buffered.readLine()) {
      number++;
      String line = raw.strip();
      if (number == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1).strip();
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int eq = line.indexOf('=');
      if (eq < 0) {
        throw new TemplateFormatException(source, number, "expected «key = value», got «" + line + "»");
      }
      String key = line.substring(0, eq).strip();
      String value = line.substring(eq + 1).strip();
      if (key.isEmpty() || value.isEmpty()) {
        throw new TemplateFormatException(source, number, "empty key or value in «" + line + "»");
      }
      lines.add(new Line(source, number, key, value));
    }
    return lines;
  }

  /** Splits a list value at {@code |}, dropping blanks. */
  static List<String> items(String value) {
    List<String> items = new ArrayList<>();
    for (String item : value.split("\\|")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }
}
