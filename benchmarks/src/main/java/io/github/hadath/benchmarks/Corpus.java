package io.github.hadath.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark corpus: the ANERcorp test split (CAMeL Lab splits, 2020; Benajiba, Rosso and Benedí
 * Ruiz 2007; CC BY-SA 4.0) joined back into running news text, read from {@code
 * ANERcorp-CamelLabSplits/ANERCorp_CamelLab_test.txt} in the data directory: the system property
 * {@code hadath.dataDir}, default {@code ../shared/data} (docs/data.md says where it is published).
 *
 * <ul>
 *   <li>{@value #WORDS} words (ANERcorp's tokens: whitespace words, punctuation counted as ANERcorp
 *       writes it, as its own word) in {@value #SENTENCES} sentences;
 *   <li>sentences are joined with spaces, a paragraph break (newline) after every {@value
 *       #SENTENCES_PER_PARAGRAPH}, and cut into documents of {@value #SENTENCES_PER_DOCUMENT}
 *       sentences, about the length of a news article.
 * </ul>
 */
public final class Corpus {

  /** Words in the corpus; benchmarks divide by it to report words per second. */
  public static final int WORDS = 25_008;

  static final int SENTENCES = 925;
  static final int SENTENCES_PER_PARAGRAPH = 5;
  static final int SENTENCES_PER_DOCUMENT = 20;

  private static final String FILE = "ANERcorp-CamelLabSplits/ANERCorp_CamelLab_test.txt";

  private Corpus() {}

  /** The data directory: {@code -Dhadath.dataDir}, default {@code ../shared/data}. */
  public static Path dataDirectory() {
    return Path.of(System.getProperty("hadath.dataDir", "../shared/data"));
  }

  /** The sentences, each its words joined by single spaces. */
  public static List<String> sentences() {
    List<String> sentences = new ArrayList<>(SENTENCES);
    int words = 0;
    Path file = dataDirectory().resolve(FILE);
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      StringBuilder sentence = new StringBuilder();
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.isBlank()) {
          if (sentence.length() > 0) {
            sentences.add(sentence.toString());
            sentence.setLength(0);
          }
          continue;
        }
        // "word TAG": the word is everything before the last space.
        int space = line.lastIndexOf(' ');
        sentence.append(sentence.length() > 0 ? " " : "").append(line, 0, space);
        words++;
      }
      if (sentence.length() > 0) {
        sentences.add(sentence.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the benchmark corpus " + file
          + " (set -Dhadath.dataDir to the data directory)", e);
    }
    if (words != WORDS || sentences.size() != SENTENCES) {
      throw new IllegalStateException(
          "expected " + WORDS + " words in " + SENTENCES + " sentences, read " + words + " in "
              + sentences.size());
    }
    return List.copyOf(sentences);
  }

  /** The documents the benchmarks analyze, in corpus order. */
  public static List<String> documents() {
    List<String> sentences = sentences();
    List<String> documents = new ArrayList<>();
    StringBuilder document = new StringBuilder();
    for (int s = 0; s < sentences.size(); s++) {
      if (s > 0 && s % SENTENCES_PER_DOCUMENT == 0) {
        documents.add(document.toString());
        document.setLength(0);
      } else if (s % SENTENCES_PER_DOCUMENT != 0) {
        document.append(s % SENTENCES_PER_PARAGRAPH == 0 ? '\n' : ' ');
      }
      document.append(sentences.get(s));
    }
    documents.add(document.toString());
    return List.copyOf(documents);
  }
}
