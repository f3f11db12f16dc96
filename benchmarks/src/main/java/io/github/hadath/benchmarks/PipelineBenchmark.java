package io.github.hadath.benchmarks;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.ner.EntityMention;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;
import io.github.hadath.time.TimeAnalysis;
import io.github.hadath.tokenize.CoreNlpArabicTokenizer;
import io.github.hadath.tokenize.TokenizedText;
import java.util.ArrayList;
import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Hadath against plain CoreNLP on the same {@link Corpus} of Arabic news, in words per second.
 *
 * <p>One invocation reads the whole corpus ({@value Corpus#WORDS} words in 47 documents), and
 * {@code @OperationsPerInvocation} makes JMH print words per second directly. The default settings
 * are the quick ones of the README (one fork, 2 warm-up and 3 measured iterations of 3 s, 5 s for
 * CoreNLP, each at least one pass); every benchmark loads only the models it uses. Hadath's forks run with
 * {@code -Xmx512m}, CoreNLP's with {@code -Xmx1g}.
 *
 * <ul>
 *   <li>{@link #corenlpBaseline}: CoreNLP's Arabic pipeline as its documentation configures it
 *       ({@code StanfordCoreNLP-arabic.properties} from the models-arabic jar) with the annotators
 *       {@code tokenize, ssplit, pos}, one document per {@code Annotation};
 *   <li>{@link #hadathPipeline}: Hadath's full {@code analyze} (normalization, tokens, entities,
 *       times, events), segmentation cache warm, as in a long run over an archive;
 *   <li>{@link #hadathPipelineColdCache}: the same with an empty segmentation cache at the start
 *       of every pass over the corpus (every word type seen for the first time; the bundled
 *       segmentation table still answers for most of them, as it does in use). The repeated
 *       corpus makes every other pass warm in the JIT's eyes: {@link HeldOutBenchmark} is the
 *       figure for text never seen;
 *   <li>{@link #hadathPipeline2Threads}: one shared pipeline, two threads (JMH adds up their
 *       throughputs);
 *   <li>one benchmark per stage, each fed the previous stage's precomputed output.
 * </ul>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx512m", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
@OperationsPerInvocation(Corpus.WORDS)
public class PipelineBenchmark {

  /** CoreNLP's own Arabic pipeline: tokenize (the segmenter), ssplit, pos. */
  @State(Scope.Benchmark)
  public static class CoreNlp {
    StanfordCoreNLP pipeline;
    List<String> documents;

    @Setup(Level.Trial)
    public void load() {
      pipeline = CoreNlpBaseline.pipeline();
      documents = Corpus.documents();
    }
  }

  /** A loaded Hadath pipeline and the corpus documents. */
  @State(Scope.Benchmark)
  public static class Pipeline {
    Hadath hadath;
    List<String> documents;

    @Setup(Level.Trial)
    public void load() {
      hadath = Hadath.builder().build();
      documents = Corpus.documents();
    }

    CoreNlpArabicTokenizer coreNlpTokenizer() {
      if (hadath.tokenizer() instanceof CoreNlpArabicTokenizer tokenizer) {
        return tokenizer;
      }
      throw new IllegalStateException("default tokenizer is " + hadath.tokenizer().getClass());
    }
  }

  /** Every stage's output on the corpus, so each stage benchmark is fed its real input. */
  @State(Scope.Benchmark)
  public static class StageInputs {
    ArabicTextNormalizer normalizer = new ArabicTextNormalizer();
    List<NormalizedText> normalized = new ArrayList<>();
    List<TokenizedText> tokenized = new ArrayList<>();
    List<List<EntityMention>> entities = new ArrayList<>();
    List<TimeAnalysis> times = new ArrayList<>();

    @Setup(Level.Trial)
    public void compute(Pipeline pipeline) {
      Hadath hadath = pipeline.hadath;
      for (String document : pipeline.documents) {
        NormalizedText text = normalizer.normalize(document);
        TokenizedText tokens = hadath.tokenizer().tokenize(text);
        normalized.add(text);
        tokenized.add(tokens);
        entities.add(hadath.entityRecognizer().recognize(tokens));
        times.add(hadath.timeReader().read(tokens, null));
      }
    }
  }

  /** The loaded pipeline with a new, empty segmentation cache before every pass. */
  @State(Scope.Benchmark)
  public static class ColdCache {
    Hadath hadath;
    CoreNlpArabicTokenizer tokenizer;

    @Setup(Level.Invocation)
    public void emptyCache(Pipeline pipeline) {
      tokenizer =
          pipeline.coreNlpTokenizer().withCacheSize(CoreNlpArabicTokenizer.DEFAULT_CACHE_SIZE);
      hadath =
          Hadath.builder()
              .tokenizer(tokenizer)
              .entityRecognizer(pipeline.hadath.entityRecognizer())
              .timeReader(pipeline.hadath.timeReader())
              .eventExtractor(pipeline.hadath.eventExtractor())
              .build();
    }
  }

  @Benchmark
  @Fork(
      value = 1,
      jvmArgsAppend = {"-Xmx1g", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"})
  @Warmup(iterations = 2, time = 5)
  @Measurement(iterations = 3, time = 5)
  public void corenlpBaseline(CoreNlp corenlp, Blackhole blackhole) {
    for (String document : corenlp.documents) {
      Annotation annotation = new Annotation(document);
      corenlp.pipeline.annotate(annotation);
      blackhole.consume(annotation);
    }
  }

  @Benchmark
  public void hadathPipeline(Pipeline pipeline, Blackhole blackhole) {
    analyzeAll(pipeline.hadath, pipeline.documents, blackhole);
  }

  @Benchmark
  @Threads(2)
  public void hadathPipeline2Threads(Pipeline pipeline, Blackhole blackhole) {
    analyzeAll(pipeline.hadath, pipeline.documents, blackhole);
  }

  @Benchmark
  public void hadathPipelineColdCache(Pipeline pipeline, ColdCache cold, Blackhole blackhole) {
    analyzeAll(cold.hadath, pipeline.documents, blackhole);
  }

  private static void analyzeAll(Hadath hadath, List<String> documents, Blackhole blackhole) {
    for (String document : documents) {
      Analysis analysis = hadath.analyze(document);
      blackhole.consume(analysis);
    }
  }

  @Benchmark
  public void stageNormalize(Pipeline pipeline, StageInputs inputs, Blackhole blackhole) {
    for (String document : pipeline.documents) {
      blackhole.consume(inputs.normalizer.normalize(document));
    }
  }

  @Benchmark
  public void stageTokenize(Pipeline pipeline, StageInputs inputs, Blackhole blackhole) {
    for (NormalizedText text : inputs.normalized) {
      blackhole.consume(pipeline.hadath.tokenizer().tokenize(text));
    }
  }

  @Benchmark
  public void stageTokenizeColdCache(StageInputs inputs, ColdCache cold, Blackhole blackhole) {
    for (NormalizedText text : inputs.normalized) {
      blackhole.consume(cold.tokenizer.tokenize(text));
    }
  }

  @Benchmark
  public void stageNer(Pipeline pipeline, StageInputs inputs, Blackhole blackhole) {
    for (TokenizedText tokens : inputs.tokenized) {
      blackhole.consume(pipeline.hadath.entityRecognizer().recognize(tokens));
    }
  }

  @Benchmark
  public void stageTime(Pipeline pipeline, StageInputs inputs, Blackhole blackhole) {
    for (TokenizedText tokens : inputs.tokenized) {
      blackhole.consume(pipeline.hadath.timeReader().read(tokens, null));
    }
  }

  @Benchmark
  public void stageEvent(Pipeline pipeline, StageInputs inputs, Blackhole blackhole) {
    for (int d = 0; d < inputs.tokenized.size(); d++) {
      blackhole.consume(
          pipeline.hadath.eventExtractor()
              .extract(inputs.tokenized.get(d), inputs.entities.get(d), inputs.times.get(d)));
    }
  }
}
