package io.github.hadath.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Brown-style hierarchical word clusters: for each bare stem seen often enough in unlabeled text,
 * its path in a binary tree of clusters as a bit string («0110…»), read by the CRF's {@link
 * ArabicCrfFeatureFactory.FeatureSet#BROWN} features. A prefix of a path is a coarser cluster.
 * Built by hadath-tools' {@code BrownClusterer}.
 *
 * <p>The bundled table {@value #RESOURCE} was induced from the three corpora of the data
 * directory's {@code corpora/} (Arabic Wikipedia 2017, CC BY-SA 4.0; Corpus of Contemporary
 * Arabic, GPL-3.0 as stated; ANT news corpus, Apache-2.0); provenance and the rebuild command are
 * in {@code models/ner/brown-paths.SOURCE.md}.
 *
 * <p>File format, UTF-8, gzipped: lines starting with {@code #} are comments; then one {@code
 * word TAB path} per word, sorted by word, each path a non-empty string of {@code 0} and {@code 1}.
 */
public final class BrownPaths {

  /** Classpath location of the bundled table. */
  static final String RESOURCE = "models/ner/brown-paths.tsv.gz";

  private final Map<String, String> paths;

  /**
   * Creates a table.
   *
   * @param paths each word's path, a non-empty string of {@code 0} and {@code 1}
   * @throws IllegalArgumentException if a path is empty or holds another character
   */
  public BrownPaths(Map<String, String> paths) {
    this.paths = new HashMap<>(paths.size() * 2);
    paths.forEach((word, path) -> {
      if (path.isEmpty() || !path.chars().allMatch(ch -> ch == '0' || ch == '1')) {
        throw new IllegalArgumentException("«" + word + "» has path «" + path
            + "», expected a non-empty string of 0 and 1");
      }
      this.paths.put(word, path);
    });
  }

  private static final class Holder {
    static final BrownPaths SHARED = fromClasspath();
  }

  /** The bundled table, loaded once. */
  static BrownPaths shared() {
    return Holder.SHARED;
  }

  /** How many words have a path. */
  public int size() {
    return paths.size();
  }

  /**
   * The path of {@code word}, or {@code null} when the word was too rare.
   *
   * @param word a bare stem ({@link io.github.hadath.tokenize.WordForms#bare()})
   */
  public String pathOf(String word) {
    return paths.get(word);
  }

  /**
   * The first {@code length} bits of {@code path}, or the whole path when it is shorter (as
   * Ratinov and Roth read a leaf above the prefix's depth).
   *
   * @param length bits, {@code >= 1}
   */
  static String prefix(String path, int length) {
    return path.length() <= length ? path : path.substring(0, length);
  }

  /**
   * Writes the table (gzipped when {@code file} ends in {@code .gz}) with {@code comments} as
   * header lines.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Path file, Iterable<String> comments) {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      for (String comment : comments) {
        writer.write("# " + comment + "\n");
      }
      for (Map.Entry<String, String> e : new TreeMap<>(paths).entrySet()) {
        writer.write(e.getKey() + "\t" + e.getValue() + "\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write Brown paths to " + file, e);
    }
  }

  /**
   * Reads a gzipped table written by {@link #write}.
   *
   * @throws IOException if the stream cannot be read
   * @throws IllegalArgumentException if a line is not {@code word TAB path}
   */
  static BrownPaths read(InputStream gzipped) throws IOException {
    BufferedReader reader = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8));
    Map<String, String> paths = new HashMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab <= 0 || line.indexOf('\t', tab + 1) >= 0) {
        throw new IllegalArgumentException("expected «word TAB path», found «" + line + "»");
      }
      paths.put(line.substring(0, tab), line.substring(tab + 1));
    }
    return new BrownPaths(paths);
  }

  private static BrownPaths fromClasspath() {
    return WordLists.read(RESOURCE, BrownPaths::read);
  }

  @Override
  public String toString() {
    return "BrownPaths of " + paths.size() + " words";
  }
}
