package io.github.hadath.benchmarks;

import io.github.hadath.Hadath;
import io.github.hadath.ner.EntityMention;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;
import io.github.hadath.time.TimeAnalysis;
import io.github.hadath.tokenize.CoreNlpArabicTokenizer;
import io.github.hadath.tokenize.TokenizedText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;

/**
 * CPU time per word of each stage on held-out Wikipedia pages ({@link HeldOutPages}), each page
 * with an empty segmentation cache: where the time of a cold pipeline goes. CPU time of the
 * analyzing thread is used because, unlike wall time, other processes on a shared machine barely
 * change it. Three rounds of 100 different pages each (the first also warms the JIT); with {@code
 * --without-table} the tokenizer runs without the segmentation table, as before it.
 *
 * <p>Run: {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar
 * io.github.hadath.benchmarks.StageCosts [--without-table]}.
 */
public final class StageCosts {

  private StageCosts() {}

  public static void main(String[] args) {
    boolean withoutTable = args.length > 0 && args[0].equals("--without-table");
    Hadath hadath = Hadath.builder().build();
    CoreNlpArabicTokenizer tokenizer = (CoreNlpArabicTokenizer) hadath.tokenizer();
    if (withoutTable) {
      tokenizer = tokenizer.withoutTable();
    }
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    ArabicTextNormalizer normalizer = new ArabicTextNormalizer();
    List<String> pages = HeldOutPages.heldOut().pages();
    System.out.printf(Locale.ROOT, "%-6s %7s %10s %10s %10s %10s %10s %10s%n", "round", "words",
        "normalize", "tokenize", "entities", "time", "events", "total");
    for (int round = 0; round < 3; round++) {
      long[] nanos = new long[5];
      for (String page : pages.subList(100 * round, 100 * round + 100)) {
        CoreNlpArabicTokenizer cold = tokenizer.withCacheSize(CoreNlpArabicTokenizer.DEFAULT_CACHE_SIZE);
        long t0 = cpu.getCurrentThreadCpuTime();
        NormalizedText text = normalizer.normalize(page);
        long t1 = cpu.getCurrentThreadCpuTime();
        TokenizedText tokens = cold.tokenize(text);
        long t2 = cpu.getCurrentThreadCpuTime();
        List<EntityMention> entities = hadath.entityRecognizer().recognize(tokens);
        long t3 = cpu.getCurrentThreadCpuTime();
        TimeAnalysis times = hadath.timeReader().read(tokens, null);
        long t4 = cpu.getCurrentThreadCpuTime();
        hadath.eventExtractor().extract(tokens, entities, times);
        long t5 = cpu.getCurrentThreadCpuTime();
        nanos[0] += t1 - t0;
        nanos[1] += t2 - t1;
        nanos[2] += t3 - t2;
        nanos[3] += t4 - t3;
        nanos[4] += t5 - t4;
      }
      double words = 100.0 * HeldOutPages.WORDS;
      long total = nanos[0] + nanos[1] + nanos[2] + nanos[3] + nanos[4];
      System.out.printf(Locale.ROOT, "%-6d %7.0f %10.1f %10.1f %10.1f %10.1f %10.1f %10.1f   µs CPU per word%n",
          round, words, nanos[0] / 1e3 / words, nanos[1] / 1e3 / words, nanos[2] / 1e3 / words,
          nanos[3] / 1e3 / words, nanos[4] / 1e3 / words, total / 1e3 / words);
    }
  }
}
