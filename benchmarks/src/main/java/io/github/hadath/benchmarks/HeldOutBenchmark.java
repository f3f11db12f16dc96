package io.github.hadath.benchmarks;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.github.hadath.Hadath;
import io.github.hadath.tokenize.CoreNlpArabicTokenizer;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The headline benchmark: Hadath's full pipeline against CoreNLP's {@code tokenize, ssplit, pos}
 * on Wikipedia text that Hadath's segmentation table was not built from, never read twice.
 *
 * <ul>
 *   <li>One invocation analyzes one page of {@value HeldOutPages#WORDS} whitespace words of the
 *       held-out articles ({@link HeldOutPages#heldOut}); every measured invocation of a fork
 *       reads a page no invocation of that fork read before, and the fork fails rather than read
 *       one again. Warm-up iterations read pages of other articles ({@link HeldOutPages#inTable}),
 *       so no measured text was ever seen by the JIT's warm-up either.
 *   <li>Every Hadath page starts with an empty segmentation cache (a fresh tokenizer sharing the
 *       loaded models): only the bundled table, never an earlier page, saves CoreNLP runs.
 *   <li>{@link #corenlpBaseline}: CoreNLP's Arabic pipeline as documented ({@code
 *       StanfordCoreNLP-arabic.properties}), annotators {@code tokenize, ssplit, pos}, one
 *       {@code Annotation} per page, one thread; {@link #hadathColdCache} and {@link
 *       #hadathColdCache2Threads}: the whole {@code analyze} on one and on two threads sharing
 *       one pipeline (JMH adds their throughputs); {@link #hadathColdCacheWithoutTable}: the same
 *       without the table, as before it (CoreNLP segments every word type of the page once).
 * </ul>
 *
 * <p>Run all in one go (JMH runs the forks one after the other, so the ratios compare runs minutes
 * apart on the same machine): {@code java -Dhadath.dataDir=../shared/data -jar
 * benchmarks/target/benchmarks.jar HeldOutBenchmark}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 3, time = 4)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@OperationsPerInvocation(HeldOutPages.WORDS)
public class HeldOutBenchmark {

  /** Measured pages come from the held-out text, warm-up pages from text in the table. */
  @State(Scope.Benchmark)
  public static class Pages {
    HeldOutPages measured;
    HeldOutPages warmup;
    HeldOutPages current;

    @Setup(Level.Trial)
    public void read(BenchmarkParams params) {
      measured = HeldOutPages.heldOut();
      // Warm-up words needed, at most: 2 threads at 100,000 words/s for the whole warm-up.
      long seconds = params.getWarmup().getCount() * params.getWarmup().getTime().convertTo(TimeUnit.SECONDS);
      warmup = HeldOutPages.inTable((int) Math.min(5_000_000, 200_000 * Math.max(1, seconds)));
    }

    @Setup(Level.Iteration)
    public void choose(IterationParams iteration) {
      current = iteration.getType() == IterationType.WARMUP ? warmup : measured;
    }
  }

  /** CoreNLP's own Arabic pipeline: tokenize (the segmenter), ssplit, pos. */
  @State(Scope.Benchmark)
  public static class CoreNlp {
    StanfordCoreNLP pipeline;

    @Setup(Level.Trial)
    public void load() {
      pipeline = CoreNlpBaseline.pipeline();
    }
  }

  /** The default pipeline, loaded once. */
  @State(Scope.Benchmark)
  public static class Pipeline {
    Hadath hadath;
    CoreNlpArabicTokenizer tokenizer;

    @Setup(Level.Trial)
    public void load() {
      hadath = Hadath.builder().build();
      if (!(hadath.tokenizer() instanceof CoreNlpArabicTokenizer coreNlp)) {
        throw new IllegalStateException("default tokenizer is " + hadath.tokenizer().getClass());
      }
      tokenizer = coreNlp;
    }

    Hadath withTokenizer(CoreNlpArabicTokenizer tokenizer) {
      return Hadath.builder()
          .tokenizer(tokenizer)
          .entityRecognizer(hadath.entityRecognizer())
          .timeReader(hadath.timeReader())
          .eventExtractor(hadath.eventExtractor())
          .build();
    }
  }

  /** Per thread, before every page: the pipeline with an empty segmentation cache. */
  @State(Scope.Thread)
  public static class ColdCache {
    Hadath hadath;

    @Setup(Level.Invocation)
    public void emptyCache(Pipeline pipeline) {
      hadath = pipeline.withTokenizer(
          pipeline.tokenizer.withCacheSize(CoreNlpArabicTokenizer.DEFAULT_CACHE_SIZE));
    }
  }

  /** Per thread, before every page: no table, an empty cache. */
  @State(Scope.Thread)
  public static class ColdCacheWithoutTable {
    Hadath hadath;

    @Setup(Level.Invocation)
    public void emptyCache(Pipeline pipeline) {
      hadath = pipeline.withTokenizer(pipeline.tokenizer.withoutTable());
    }
  }

  @Benchmark
  public void corenlpBaseline(CoreNlp corenlp, Pages pages, Blackhole blackhole) {
    Annotation annotation = new Annotation(pages.current.next());
    corenlp.pipeline.annotate(annotation);
    blackhole.consume(annotation);
  }

  @Benchmark
  public void hadathColdCache(ColdCache cold, Pages pages, Blackhole blackhole) {
    blackhole.consume(cold.hadath.analyze(pages.current.next()));
  }

  @Benchmark
  @Threads(2)
  public void hadathColdCache2Threads(ColdCache cold, Pages pages, Blackhole blackhole) {
    blackhole.consume(cold.hadath.analyze(pages.current.next()));
  }

  @Benchmark
  public void hadathColdCacheWithoutTable(
      ColdCacheWithoutTable cold, Pages pages, Blackhole blackhole) {
    blackhole.consume(cold.hadath.analyze(pages.current.next()));
  }
}
