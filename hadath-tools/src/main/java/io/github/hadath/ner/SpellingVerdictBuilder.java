package io.github.hadath.ner;

import io.github.hadath.ner.ArabicSpelling.Verdict;
import io.github.hadath.tokenize.SegmentationTable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Build-time tool: writes {@link ArabicSpelling}'s precomputed verdicts, the Hunspell
 * dictionary's verdict for every word of the bundled {@link SegmentationTable}, in the order of
 * the table's positions ({@link SegmentationTable#indexOf}).
 *
 * <p>Usage: {@code SpellingVerdictBuilder OUT [THREADS]}, with the jar built after the table (the
 * verdicts name the table they were made for, and {@link ArabicSpelling} refuses others). About
 * a minute on 2 cores.
 */
public final class SpellingVerdictBuilder {

  private static final Logger LOG = LoggerFactory.getLogger(SpellingVerdictBuilder.class);

  private SpellingVerdictBuilder() {}

  /**
   * Writes the verdicts.
   *
   * @param args {@code OUT [THREADS]}: the gzipped file to write, threads (default 2)
   * @throws IllegalArgumentException if {@code OUT} is missing
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1 || args.length > 2) {
      throw new IllegalArgumentException("usage: SpellingVerdictBuilder OUT [THREADS]");
    }
    Path out = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    SegmentationTable table = SegmentationTable.bundled();
    List<Verdict> verdicts = verdicts(table, SegmentationTable.bundledWords(), threads);
    long known = verdicts.stream().filter(v -> v == Verdict.KNOWN).count();
    long unknown = verdicts.stream().filter(v -> v == Verdict.UNKNOWN).count();
    List<String> header = List.of(
        "Verdicts of the Ayaspell 3.2 Hunspell dictionary (Lucene's Hunspell) for the words of the"
            + " segmentation table " + SegmentationTable.RESOURCE + ": one letter per table position"
            + " (K known, U unknown, O other)",
        "counts: " + known + " known, " + unknown + " unknown, "
            + (verdicts.size() - known - unknown) + " other",
        "licence: GPL-3.0-or-later (the verdicts of the Ayaspell dictionary, GPL-2.0-or-later /"
            + " LGPL-2.1 / MPL-1.1, for the words of the segmentation table, GPL-3.0-or-later)",
        "rebuild: java -cp hadath-cli/target/hadath-cli.jar io.github.hadath.ner.SpellingVerdictBuilder"
            + " hadath/models/ner/spelling-verdicts.txt.gz");
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (Writer writer = new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8)) {
      ArabicSpelling.writeVerdicts(header, table, verdicts, writer);
    }
    LOG.info("{} verdicts ({} known, {} unknown) written to {}", verdicts.size(), known, unknown, out);
  }

  /**
   * The dictionary's verdict for each position of {@code table}.
   *
   * @param words the table's words (every position is among them)
   * @throws IllegalStateException if a position has no word among {@code words}
   */
  static List<Verdict> verdicts(SegmentationTable table, List<String> words, int threads)
      throws Exception {
    ArabicSpelling dictionary = ArabicSpelling.dictionaryOnly();
    Verdict[] verdicts = new Verdict[table.indexedWords()];
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> parts = new ArrayList<>();
      int step = (words.size() + threads - 1) / threads;
      for (int from = 0; from < words.size(); from += step) {
        List<String> part = words.subList(from, Math.min(words.size(), from + step));
        parts.add(pool.submit(() -> {
          for (String word : part) {
            int index = table.indexOf(word);
            if (index >= 0) {
              verdicts[index] = dictionary.check(word);
            }
          }
        }));
      }
      for (Future<?> part : parts) {
        part.get();
      }
    } finally {
      pool.shutdown();
    }
    int missing = Arrays.asList(verdicts).indexOf(null);
    if (missing >= 0) {
      throw new IllegalStateException("no word for table position " + missing);
    }
    return Arrays.asList(verdicts);
  }
}
