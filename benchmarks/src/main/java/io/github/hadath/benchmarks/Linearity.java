package io.github.hadath.benchmarks;

import io.github.hadath.Hadath;
import io.github.hadath.event.Event;
import io.github.hadath.ner.EntityMention;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;
import io.github.hadath.time.TimeAnalysis;
import io.github.hadath.tokenize.CoreNlpArabicTokenizer;
import io.github.hadath.tokenize.TokenizedText;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Checks that every stage takes time linear in the document length: analyzes single documents of
 * 1 MB and 10 MB of UTF-8 (the {@link Corpus} repeated, paragraphs kept) and prints each stage's
 * CPU time, the total wall time (the faster of two runs each), and the ratio between the two
 * sizes, which is 10 for linear time.
 *
 * <p>The repeated text keeps the segmentation cache warm after the first copy, as a large news
 * corpus does; {@code --no-cache} measures the CRF on every word instead (about ten times slower).
 *
 * <p>Run: {@code java -Xmx6g -cp benchmarks/target/benchmarks.jar
 * io.github.hadath.benchmarks.Linearity [--no-cache] [MB ...]} (default sizes 1 and 10).
 */
public final class Linearity {

  private static final String[] STAGES = {
    "normalize", "tokenize", "entities", "time", "events", "total", "wall"
  };
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  private Linearity() {}

  public static void main(String[] args) {
    boolean noCache = args.length > 0 && args[0].equals("--no-cache");
    int first = noCache ? 1 : 0;
    int[] megabytes = args.length > first ? new int[args.length - first] : new int[] {1, 10};
    for (int i = first; i < args.length; i++) {
      megabytes[i - first] = Integer.parseInt(args[i]);
    }
    Hadath.Builder builder = Hadath.builder().maxDocumentLength(Integer.MAX_VALUE);
    if (noCache) {
      builder.tokenizer(new CoreNlpArabicTokenizer().withCacheSize(0));
    }
    Hadath hadath = builder.build();
    String corpus = String.join("\n", Corpus.documents()) + "\n";
    String warmUp = text(corpus, 1);
    for (int i = 0; i < 3; i++) {
      measureOnce(hadath, warmUp); // JIT and the segmentation cache
    }
    System.out.printf(Locale.ROOT, "%8s %10s", "MB", "chars");
    for (String stage : STAGES) {
      System.out.printf(Locale.ROOT, " %10s", stage + " s");
    }
    System.out.println();
    double[] base = null;
    for (int mb : megabytes) {
      String text = text(corpus, mb);
      double[] seconds = measure(hadath, text);
      System.out.printf(Locale.ROOT, "%8d %10d", mb, text.length());
      for (double s : seconds) {
        System.out.printf(Locale.ROOT, " %10.2f", s);
      }
      System.out.println();
      if (base == null) {
        base = seconds;
      } else {
        System.out.printf(Locale.ROOT, "%8s %10s", "ratio", "");
        for (int k = 0; k < seconds.length; k++) {
          System.out.printf(Locale.ROOT, " %10.1f", seconds[k] / base[k]);
        }
        System.out.println();
      }
    }
  }

  /** The corpus repeated and cut to {@code megabytes} × 10^6 bytes of UTF-8, give or take a char. */
  static String text(String corpus, int megabytes) {
    long target = megabytes * 1_000_000L;
    long bytesPerCopy = corpus.getBytes(StandardCharsets.UTF_8).length;
    String repeated = corpus.repeat((int) ((target + bytesPerCopy - 1) / bytesPerCopy));
    long bytes = bytesPerCopy * (repeated.length() / corpus.length());
    int cut = (int) (repeated.length() * (double) target / bytes);
    return repeated.substring(0, cut);
  }

  /** The fastest of two runs, stage by stage, to damp noise from other processes. */
  private static double[] measure(Hadath hadath, String text) {
    double[] first = measureOnce(hadath, text);
    double[] second = measureOnce(hadath, text);
    for (int k = 0; k < first.length; k++) {
      first[k] = Math.min(first[k], second[k]);
    }
    return first;
  }

  /**
   * CPU seconds of the calling thread spent in each stage and in total on one document: CPU time,
   * unlike wall time, does not grow when other processes share the machine. The last value is the
   * wall time of the whole analysis, garbage collection included.
   */
  private static double[] measureOnce(Hadath hadath, String text) {
    System.gc();
    long wall = System.nanoTime();
    long t0 = CPU.getCurrentThreadCpuTime();
    NormalizedText normalized = new ArabicTextNormalizer().normalize(text);
    long t1 = CPU.getCurrentThreadCpuTime();
    TokenizedText tokenized = hadath.tokenizer().tokenize(normalized);
    long t2 = CPU.getCurrentThreadCpuTime();
    List<EntityMention> entities = hadath.entityRecognizer().recognize(tokenized);
    long t3 = CPU.getCurrentThreadCpuTime();
    TimeAnalysis times = hadath.timeReader().read(tokenized, null);
    long t4 = CPU.getCurrentThreadCpuTime();
    List<Event> events = hadath.eventExtractor().extract(tokenized, entities, times);
    long t5 = CPU.getCurrentThreadCpuTime();
    wall = System.nanoTime() - wall;
    if (events.size() < 0) {
      System.out.println(); // keeps the result live
    }
    return new double[] {
      (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t3 - t2) / 1e9, (t4 - t3) / 1e9, (t5 - t4) / 1e9,
      (t5 - t0) / 1e9, wall / 1e9
    };
  }
}
