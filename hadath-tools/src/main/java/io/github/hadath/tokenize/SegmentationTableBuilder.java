package io.github.hadath.tokenize;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Build-time tool: writes the {@link SegmentationTable}, CoreNLP's segmentation of every word type
 * of the {@link SegmentationCorpora} except the held-out Wikipedia articles.
 *
 * <ol>
 *   <li>Each document that is not held out is normalized ({@link ArabicTextNormalizer}) and cut
 *       into the pieces {@link CoreNlpArabicTokenizer} looks up ({@code forEachPiece}); pieces of
 *       at most {@value CoreNlpArabicTokenizer#MAX_CACHED_WORD_LENGTH} chars seen at least {@code
 *       --min-count} times are kept.
 *   <li>Each is segmented by CoreNLP's CRF exactly as the tokenizer does it without a table
 *       ({@code segmentInContext}), on {@code --threads} threads; the result does not depend on
 *       the number of threads.
 *   <li>The table is written sorted by word, gzipped, with a header naming the sources, their
 *       licences and this command.
 * </ol>
 *
 * <p>Usage: {@code SegmentationTableBuilder --corpora DIR --out FILE [--threads N] [--min-count
 * N] [--reuse TABLE]}; {@code DIR} is the shared data's {@code corpora} folder. About 15 minutes
 * on 2 shared cores (874 s on 2026-12-07); with {@code --reuse} of a table built before, the
 * words it holds are not segmented again.
 */
public final class SegmentationTableBuilder {

  private static final Logger LOG = LoggerFactory.getLogger(SegmentationTableBuilder.class);

  private SegmentationTableBuilder() {}

  /**
   * Builds the table.
   *
   * @param args {@code --corpora DIR --out FILE [--threads N] [--min-count N]}
   * @throws IllegalArgumentException naming the option, if an option is unknown, lacks its value
   *     or a required one is missing
   */
  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>(Map.of("--threads", "2", "--min-count", "1"));
    for (int i = 0; i < args.length; i += 2) {
      if (!List.of("--corpora", "--out", "--threads", "--min-count", "--reuse").contains(args[i])) {
        throw new IllegalArgumentException("unknown option " + args[i]
            + "; usage: --corpora DIR --out FILE [--threads N] [--min-count N]");
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("option " + args[i] + " needs a value");
      }
      options.put(args[i], args[i + 1]);
    }
    for (String required : List.of("--corpora", "--out")) {
      if (!options.containsKey(required)) {
        throw new IllegalArgumentException("missing " + required
            + "; usage: --corpora DIR --out FILE [--threads N] [--min-count N]");
      }
    }
    build(Path.of(options.get("--corpora")), Path.of(options.get("--out")),
        Integer.parseInt(options.get("--threads")), Integer.parseInt(options.get("--min-count")),
        options.containsKey("--reuse") ? Path.of(options.get("--reuse")) : null);
  }

  /**
   * Builds the table; with {@code reuse}, a table built before by this tool, the words found in it
   * keep its segmentation instead of running CoreNLP again (same output, minutes faster).
   */
  static void build(Path corpora, Path out, int threads, int minCount, Path reuse)
      throws Exception {
    SegmentationTable previous = null;
    if (reuse != null) {
      try (java.io.InputStream in =
          new java.util.zip.GZIPInputStream(Files.newInputStream(reuse), 1 << 16)) {
        previous = SegmentationTable.read(in);
      }
    }
    ArabicTextNormalizer normalizer = new ArabicTextNormalizer();
    Map<String, Integer> counts = new HashMap<>();
    long[] words = {0, 0};
    int[] documents = {0, 0};
    SegmentationCorpora.forEachDocument(corpora, document -> {
      if (document.heldOut()) {
        documents[1]++;
        return;
      }
      documents[0]++;
      NormalizedText text = normalizer.normalize(document.text());
      String normalized = text.normalized();
      CoreNlpArabicTokenizer.forEachPiece(normalized, 0, normalized.length(),
          (begin, end, readByLexer) -> {
            words[0]++;
            if (readByLexer && end - begin <= CoreNlpArabicTokenizer.MAX_CACHED_WORD_LENGTH) {
              counts.merge(normalized.substring(begin, end), 1, Integer::sum);
            }
          });
    });
    List<String> types = new ArrayList<>();
    counts.forEach((type, count) -> {
      if (count >= minCount) {
        types.add(type);
      }
    });
    LOG.info("{} documents read ({} held out), {} pieces, {} types, {} seen at least {} times",
        documents[0], documents[1], words[0], counts.size(), types.size(), minCount);
    counts.clear();

    CoreNlpArabicTokenizer reference = CoreNlpArabicTokenizer.withoutTableOrCache();
    Map<String, Segments> segmented = new ConcurrentHashMap<>(2 * types.size());
    AtomicInteger next = new AtomicInteger();
    SegmentationTable reused = previous;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    List<Future<?>> tasks = new ArrayList<>();
    long started = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      tasks.add(pool.submit(() -> {
        for (int i; (i = next.getAndIncrement()) < types.size(); ) {
          String type = types.get(i);
          Segments known = reused == null ? null : reused.lookup(type);
          segmented.put(type, known != null ? known : reference.segmentInContext(type));
          if (i > 0 && i % 100_000 == 0) {
            LOG.info("{} of {} types segmented, {} s", i, types.size(),
                (System.nanoTime() - started) / 1_000_000_000);
          }
        }
        return null;
      }));
    }
    for (Future<?> task : tasks) {
      task.get();
    }
    pool.shutdown();

    SortedMap<String, Segments> sorted = new TreeMap<>(segmented);
    List<String> header = List.of(
        "CoreNLP 4.5.10's Arabic segmentation (model arabic-segmenter-atb+bn+arztrain, GPL-3.0-or-later)"
            + " of each word type, in Hadath's fixed context «من … من»",
        "word types: " + sorted.size() + " pieces of at most "
            + CoreNlpArabicTokenizer.MAX_CACHED_WORD_LENGTH + " chars seen at least " + minCount
            + " times in " + documents[0] + " documents (" + words[0] + " pieces)",
        "sources: Arabic Wikipedia 2017-01-20 subset (CC BY-SA 4.0; Arabic Wikipedia contributors,"
            + " Saad and Alijla 2017) without the articles whose id is divisible by "
            + SegmentationCorpora.HELD_OUT_MODULUS + "; Corpus of Contemporary Arabic"
            + " (Al-Sulaiti 2003, GPL-3.0 as stated); ANT corpus v1.1 (Chouigui et al. 2017,"
            + " Apache-2.0, cite the authors)",
        "licence: GPL-3.0-or-later (CC BY-SA 4.0 and Apache-2.0 material is combined under GPLv3)",
        "rebuild: java -cp hadath-cli/target/hadath-cli.jar io.github.hadath.tokenize.SegmentationTableBuilder"
            + " --corpora ../shared/data/corpora --out hadath/models/segmentation/corenlp-segmentation.tsv.gz"
            + (minCount != 1 ? " --min-count " + minCount : ""));
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (Writer writer = new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(out), 1 << 16), StandardCharsets.UTF_8)) {
      SegmentationTable.write(header, sorted, writer);
    }
    LOG.info("wrote {} word types to {} ({} bytes) in {} s", sorted.size(), out, Files.size(out),
        (System.nanoTime() - started) / 1_000_000_000);
  }
}
