package io.github.hadath.benchmarks;

import io.github.hadath.ner.CrfEntityRecognizer;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Tagging throughput of the CRF entity recognizer alone, in tokens per second: the bundled model
 * tags the {@link Corpus} sentences as ANERcorp tokenizes them ({@value Corpus#WORDS} whitespace
 * tokens), as {@code evaluate-ner} does. Feature extraction, including gazetteer lookups, and
 * Viterbi decoding are measured; loading the model is not.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
@OperationsPerInvocation(Corpus.WORDS)
public class CrfTaggingBenchmark {

  /** The model and the corpus as token lists. */
  @State(Scope.Benchmark)
  public static class Model {
    CrfEntityRecognizer crf;
    List<List<String>> sentences;

    @Setup(Level.Trial)
    public void load() {
      crf = CrfEntityRecognizer.fromClasspath();
      sentences = new ArrayList<>();
      for (String sentence : Corpus.sentences()) {
        sentences.add(List.of(sentence.split(" ")));
      }
    }
  }

  @Benchmark
  public void crfTagging(Model model, Blackhole blackhole) {
    for (List<String> sentence : model.sentences) {
      blackhole.consume(model.crf.tag(sentence));
    }
  }
}
