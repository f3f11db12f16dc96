package io.github.hadath.benchmarks;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.tokenize.CoreNlpArabicTokenizer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * Time of one long document against its length, on held-out Wikipedia text ({@link
 * HeldOutPages}): the held-out articles joined into one document and cut to each size in turn
 * (default 1,000,000 and 4,000,000 chars), each analyzed once by a pipeline with an empty
 * segmentation cache. Prints chars, whitespace words, wall and CPU seconds of the analyzing
 * thread, words per second, entities, and the ratio to the first size (4 for linear time from
 * 1M to 4M chars).
 *
 * <p>Run (the setting is a 1 GB heap): {@code java -Xmx1g -cp
 * benchmarks/target/benchmarks.jar io.github.hadath.benchmarks.LongDocuments [CHARS ...]}.
 */
public final class LongDocuments {

  private LongDocuments() {}

  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {1_000_000, 4_000_000} : new int[args.length];
    for (int i = 0; i < args.length; i++) {
      sizes[i] = Integer.parseInt(args[i]);
    }
    String all = String.join("\n", HeldOutPages.heldOut().pages());
    Hadath loaded = Hadath.builder().maxDocumentLength(Integer.MAX_VALUE).build();
    CoreNlpArabicTokenizer tokenizer = (CoreNlpArabicTokenizer) loaded.tokenizer();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    // JIT warm-up on the text's end, which the measured documents (its start) do not include.
    analyze(loaded, tokenizer, all.substring(all.length() - 200_000));
    System.out.printf(Locale.ROOT, "%10s %9s %8s %8s %9s %9s %10s%n",
        "chars", "words", "wall s", "CPU s", "words/s", "entities", "vs first");
    double first = 0;
    for (int size : sizes) {
      if (size > all.length()) {
        throw new IllegalArgumentException(
            "held-out text has " + all.length() + " chars, fewer than " + size);
      }
      String text = all.substring(0, size);
      long words = text.split("\\s+").length;
      System.gc();
      long wall = System.nanoTime();
      long cpuStart = cpu.getCurrentThreadCpuTime();
      Analysis analysis = analyze(loaded, tokenizer, text);
      double cpuSeconds = (cpu.getCurrentThreadCpuTime() - cpuStart) / 1e9;
      double seconds = (System.nanoTime() - wall) / 1e9;
      if (first == 0) {
        first = seconds;
      }
      System.out.printf(Locale.ROOT, "%10d %9d %8.2f %8.2f %9.0f %9d %10.2f%n", size, words,
          seconds, cpuSeconds, words / seconds, analysis.entities().size(), seconds / first);
    }
  }

  private static Analysis analyze(Hadath loaded, CoreNlpArabicTokenizer tokenizer, String text) {
    Hadath cold = Hadath.builder()
        .maxDocumentLength(Integer.MAX_VALUE)
        .tokenizer(tokenizer.withCacheSize(CoreNlpArabicTokenizer.DEFAULT_CACHE_SIZE))
        .entityRecognizer(loaded.entityRecognizer())
        .timeReader(loaded.timeReader())
        .eventExtractor(loaded.eventExtractor())
        .build();
    return cold.analyze(text);
  }
}
