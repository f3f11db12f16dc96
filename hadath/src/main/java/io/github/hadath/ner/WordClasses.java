package io.github.hadath.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Distributional word classes: for each match key or bare stem seen often enough in unlabeled
 * text, its class at each of a few granularities, read by the CRF's {@link
 * ArabicCrfFeatureFactory.FeatureSet#CLASSES} features. Built by hadath-tools'
 * {@code WordClassInducer}.
 *
 * <p>The bundled table {@value #RESOURCE} was induced from the three corpora of the data
 * directory's {@code corpora/} (Arabic Wikipedia 2017, CC BY-SA 4.0; Corpus of Contemporary
 * Arabic, GPL-3.0 as stated; ANT news corpus, Apache-2.0); provenance and the rebuild command are
 * in {@code models/ner/word-classes.SOURCE.md}.
 *
 * <p>File format, UTF-8, gzipped: lines starting with {@code #} before the first other line are
 * comments; that line is {@code granularities TAB k1 TAB k2 ...}; then one {@code word TAB class1 TAB class2 ...}
 * per word, sorted by word, each class {@code 0 ≤ class < k}.
 */
public final class WordClasses {

  /** Classpath location of the bundled table. */
  static final String RESOURCE = "models/ner/word-classes.tsv.gz";

  private final List<Integer> granularities;
  private final Map<String, int[]> classes;

  /**
   * Creates a table.
   *
   * @param granularities the class count of each column, each {@code >= 2}
   * @param classes each word's classes, one per granularity, {@code 0 ≤ class < k}
   * @throws IllegalArgumentException if a row has the wrong length or a class is out of range
   */
  public WordClasses(List<Integer> granularities, Map<String, int[]> classes) {
    this.granularities = List.copyOf(granularities);
    this.classes = new HashMap<>(classes.size() * 2);
    classes.forEach((word, row) -> {
      if (row.length != this.granularities.size()) {
        throw new IllegalArgumentException("«" + word + "» has " + row.length + " classes, expected "
            + this.granularities.size());
      }
      for (int g = 0; g < row.length; g++) {
        if (row[g] < 0 || row[g] >= this.granularities.get(g)) {
          throw new IllegalArgumentException("«" + word + "» has class " + row[g]
              + " out of [0, " + this.granularities.get(g) + ")");
        }
      }
      this.classes.put(word, row.clone());
    });
  }

  private static final class Holder {
    static final WordClasses SHARED = fromClasspath();
  }

  /** The bundled table, loaded once. */
  static WordClasses shared() {
    return Holder.SHARED;
  }

  /** The class counts, coarsest first as the builder was asked. */
  public List<Integer> granularities() {
    return granularities;
  }

  /** How many words have classes. */
  public int size() {
    return classes.size();
  }

  /**
   * The classes of {@code word}, one per granularity, or {@code null} when the word was too rare.
   *
   * @param word a match key or bare stem
   */
  int[] classesOf(String word) {
    return classes.get(word);
  }

  /**
   * Writes the table (gzipped when {@code file} ends in {@code .gz}) with {@code comments} as
   * header lines.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public void write(Path file, List<String> comments) {
    try (OutputStream raw = Files.newOutputStream(file);
        OutputStream out = file.toString().endsWith(".gz") ? new GZIPOutputStream(raw, 1 << 16) : raw;
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      for (String comment : comments) {
        writer.write("# " + comment + "\n");
      }
      StringBuilder line = new StringBuilder("granularities");
      granularities.forEach(k -> line.append('\t').append(k));
      writer.write(line.append('\n').toString());
      for (Map.Entry<String, int[]> e : new TreeMap<>(classes).entrySet()) {
        StringBuilder row = new StringBuilder(e.getKey());
        for (int c : e.getValue()) {
          row.append('\t').append(c);
        }
        writer.write(row.append('\n').toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write word classes to " + file, e);
    }
  }

  /**
   * Reads a table written by {@link #write}.
   *
   * @throws IOException if the stream cannot be read
   * @throws IllegalArgumentException if a line is malformed
   */
  static WordClasses read(InputStream gzipped) throws IOException {
    BufferedReader reader = new BufferedReader(
        new InputStreamReader(new GZIPInputStream(gzipped, 1 << 16), StandardCharsets.UTF_8));
    List<Integer> granularities = null;
    Map<String, int[]> classes = new HashMap<>();
    String line;
    while ((line = reader.readLine()) != null) {
      if (granularities == null && line.startsWith("#") || line.isEmpty()) {
        continue;
      }
      String[] fields = line.split("\t");
      if (granularities == null) {
        if (!fields[0].equals("granularities")) {
          throw new IllegalArgumentException("expected «granularities», found «" + line + "»");
        }
        granularities = new ArrayList<>();
        for (int i = 1; i < fields.length; i++) {
          granularities.add(Integer.parseInt(fields[i]));
        }
        continue;
      }
      if (fields.length != granularities.size() + 1) {
        throw new IllegalArgumentException("expected «word TAB " + granularities.size()
            + " classes», found «" + line + "»");
      }
      int[] row = new int[granularities.size()];
      for (int i = 0; i < row.length; i++) {
        row[i] = Integer.parseInt(fields[i + 1]);
      }
      classes.put(fields[0], row);
    }
    if (granularities == null) {
      throw new IllegalArgumentException("no «granularities» line");
    }
    return new WordClasses(granularities, classes);
  }

  private static WordClasses fromClasspath() {
    return WordLists.read(RESOURCE, WordClasses::read);
  }

  @Override
  public String toString() {
    return "WordClasses" + granularities + " of " + classes.size() + " words";
  }
}
