package io.github.hadath.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads BIO-tagged corpora in the two-column CoNLL format of ANERcorp: one token per line, the
 * token then whitespace then its tag, a blank line between sentences.
 *
 * <ul>
 *   <li>Encoding UTF-8; a byte order mark and U+200E/U+200F marks around the token are dropped
 *       (NewsFANE Gold prefixes most tokens with U+200E).
 *   <li>Extra columns between the token and the tag are ignored: the tag is the last column.
 *   <li>A line with only one column, or whose tag is not BIO («O», «B-X», «I-X»), is an error
 *       naming its line number, never silently skipped; so is a file with no sentence at all.
 * </ul>
 */
public final class ConllCorpus {

  private ConllCorpus() {}

  /**
   * Reads every sentence of {@code file}.
   *
   * @throws UncheckedIOException if the file cannot be read or is not valid UTF-8
   * @throws IllegalArgumentException if a line has a token but no tag, if a tag is not BIO («O»,
   *     «B-X», «I-X»), naming the file and line, or if the file holds no sentence
   */
  public static List<LabeledSentence> read(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new UncheckedIOException("cannot read " + file + ": not valid UTF-8", e);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new UncheckedIOException("cannot read " + file + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads every sentence from {@code reader}.
   *
   * @param name what to call the input in error messages
   * @throws IOException if reading fails
   * @throws IllegalArgumentException if a line has a token but no tag, if a tag is not BIO, or if
   *     the input holds no sentence
   */
  public static List<LabeledSentence> read(BufferedReader reader, String name) throws IOException {
    List<LabeledSentence> sentences = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    String line;
    int lineNumber = 0;
    while ((line = reader.readLine()) != null) {
      lineNumber++;
      String cleaned = clean(line);
      if (cleaned.isEmpty()) {
        flush(tokens, tags, sentences);
        continue;
      }
      String[] columns = cleaned.split("[ \t]+");
      if (columns.length < 2) {
        throw new IllegalArgumentException(
            name + ":" + lineNumber + ": expected «token tag», found «" + cleaned + "»");
      }
      String tag = columns[columns.length - 1];
      if (!isBio(tag)) {
        throw new IllegalArgumentException(
            name + ":" + lineNumber + ": expected a BIO tag («O», «B-PERS», «I-LOC»), found «"
                + tag + "»");
      }
      tokens.add(columns[0]);
      tags.add(tag);
    }
    flush(tokens, tags, sentences);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException(name + ": no sentences (expected «token tag» lines)");
    }
    return sentences;
  }

  private static boolean isBio(String tag) {
    return tag.equals("O")
        || (tag.length() > 2 && (tag.charAt(0) == 'B' || tag.charAt(0) == 'I') && tag.charAt(1) == '-');
  }

  private static String clean(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c != '\uFEFF' && c != '\u200E' && c != '\u200F') {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  private static void flush(
      List<String> tokens, List<String> tags, List<LabeledSentence> sentences) {
    if (!tokens.isEmpty()) {
      sentences.add(new LabeledSentence(tokens, tags));
      tokens.clear();
      tags.clear();
    }
  }
}
