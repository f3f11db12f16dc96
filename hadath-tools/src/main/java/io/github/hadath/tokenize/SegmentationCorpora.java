package io.github.hadath.tokenize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The three corpora the {@link SegmentationTable} is built from, as documents, and the fixed part
 * of them that is held out of the table, to measure it on text it has never seen.
 *
 * <ul>
 *   <li>{@code arwiki-2017/}: 10,816 Arabic Wikipedia articles (dump of 2017-01-20), CC BY-SA 4.0;
 *   <li>{@code cca-2003/}: the Corpus of Contemporary Arabic (Al-Sulaiti 2003), GPL-3.0 as stated;
 *   <li>{@code ant-2017/}: ANT, Tunisian news 2014–2017 (Chouigui et al. 2017), Apache-2.0.
 * </ul>
 *
 * <p>Each file is gzipped UTF-8 with documents between a {@code <doc …>} line and a {@code </doc>}
 * line; provenance is in each folder's {@code SOURCE.md} (in the shared data directory, never
 * copied into the project). <b>Held out</b>: every Wikipedia article whose numeric {@code id}
 * (its {@code curid}) is divisible by {@value #HELD_OUT_MODULUS}: 1,102 articles, 831,827
 * whitespace words, chosen by id so that the set does not depend on file order.
 */
public final class SegmentationCorpora {

  /** One document of a corpus. */
  public record Document(String corpus, String id, String text) {

    /** True if this document is held out of the segmentation table. */
    public boolean heldOut() {
      return corpus.equals(WIKIPEDIA) && isHeldOutId(id);
    }
  }

  /** Folder of the Wikipedia corpus, the one documents are held out of. */
  public static final String WIKIPEDIA = "arwiki-2017";

  /** A Wikipedia article is held out when its id is divisible by this. */
  public static final int HELD_OUT_MODULUS = 10;

  /** Each corpus's file, relative to the corpora directory. */
  public static final List<String> FILES =
      List.of(
          WIKIPEDIA + "/arwiki_20170120_arzaligned.testfiltered.txt.gz",
          "cca-2003/cca_text.clean.testfiltered.txt.gz",
          "ant-2017/ant_v1.1.testfiltered.txt.gz");

  private static final Pattern DOC_START = Pattern.compile("^<doc\\b[^>]*?\\b(?:id|file)=\"([^\"]*)\"");

  private SegmentationCorpora() {}

  private static boolean isHeldOutId(String id) {
    try {
      return Long.parseLong(id) % HELD_OUT_MODULUS == 0;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Calls {@code consumer} with every document of the three corpora, in file order, held-out
   * ones included (check {@link Document#heldOut()}).
   *
   * @param corporaDir the {@code corpora} folder of the shared data directory
   * @throws UncheckedIOException if a file is missing or unreadable, naming it
   */
  public static void forEachDocument(Path corporaDir, Consumer<Document> consumer) {
    for (String file : FILES) {
      forEachDocument(corporaDir, file, consumer);
    }
  }

  /**
   * The held-out Wikipedia articles, in file order.
   *
   * @param corporaDir the {@code corpora} folder of the shared data directory
   * @throws UncheckedIOException if the Wikipedia file is missing or unreadable, naming it
   */
  public static List<Document> heldOut(Path corporaDir) {
    List<Document> documents = new ArrayList<>();
    forEachDocument(corporaDir, FILES.get(0), document -> {
      if (document.heldOut()) {
        documents.add(document);
      }
    });
    return List.copyOf(documents);
  }

  /**
   * Wikipedia articles that are <em>not</em> held out, in file order, until {@code maxWords}
   * whitespace words are collected: text the table was built from (for warming a benchmark up).
   */
  public static List<Document> inTable(Path corporaDir, int maxWords) {
    List<Document> documents = new ArrayList<>();
    int[] words = {0};
    forEachDocument(corporaDir, FILES.get(0), document -> {
      if (!document.heldOut() && words[0] < maxWords) {
        documents.add(document);
        words[0] += document.text().split("\\s+").length;
      }
    });
    return List.copyOf(documents);
  }

  private static void forEachDocument(Path corporaDir, String file, Consumer<Document> consumer) {
    Path path = corporaDir.resolve(file);
    String corpus = file.substring(0, file.indexOf('/'));
    try (InputStream in = new GZIPInputStream(Files.newInputStream(path), 1 << 16);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      String id = null;
      StringBuilder text = new StringBuilder();
      for (String line; (line = reader.readLine()) != null; ) {
        Matcher start = DOC_START.matcher(line);
        if (start.find()) {
          id = start.group(1);
          text.setLength(0);
        } else if (line.startsWith("</doc>")) {
          if (id != null) {
            consumer.accept(new Document(corpus, id, text.toString()));
          }
          id = null;
        } else if (id != null) {
          text.append(text.length() > 0 ? "\n" : "").append(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the corpus file " + path, e);
    }
  }
}
