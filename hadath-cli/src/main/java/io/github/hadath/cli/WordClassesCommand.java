package io.github.hadath.cli;

import io.github.hadath.ner.WordClassInducer;
import io.github.hadath.ner.WordClasses;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code word-classes}: induces the distributional word classes the CRF reads ({@link
 * WordClassInducer}) from a directory of unlabeled text and writes the table ({@link WordClasses}).
 * Deterministic for given files and options.
 */
@Command(
    name = "word-classes",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = HadathCli.EXIT_USAGE,
    description = {
      "Induces word classes (PPMI context vectors, truncated SVD, spherical k-means at several"
          + " granularities) from every .txt and .txt.gz file under a directory."
    })
public final class WordClassesCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private CorpusRun.Corpora corpora;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "hadath/models/ner/word-classes.tsv.gz",
      description = "Where to write the table, gzipped if the name ends in .gz"
          + " (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(
      names = "--classes",
      paramLabel = "K,K,...",
      split = ",",
      description = "Class counts, one clustering each (default: 100,400,1600).")
  private List<Integer> granularities;

  @Option(
      names = "--min-count",
      paramLabel = "N",
      description = "Least occurrences of a word or stem to get a class (default: 10).")
  private Integer minCount;

  @Option(
      names = "--dimensions",
      paramLabel = "D",
      description = "Dimensions of the projected context vectors (default: 100).")
  private Integer dimensions;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    WordClassInducer.Options d = WordClassInducer.Options.defaults();
    try {
      WordClassInducer.Options options = new WordClassInducer.Options(
          minCount != null ? minCount : d.minCount(),
          d.contextWords(),
          dimensions != null ? dimensions : d.dimensions(),
          granularities != null ? granularities : d.granularities(),
          d.iterations(),
          d.seed());
      List<Path> files = corpora.files();
      WordClasses classes = WordClassInducer.induce(files, options, CorpusRun.progress(err, "word-classes"));
      List<String> header = CorpusRun.header(
          "Distributional word classes for Hadath's CRF (io.github.hadath.ner.WordClasses).",
          "WordClassInducer", corpora.dir(), files, options, "models/ner/word-classes.SOURCE.md");
      classes.write(out, header);
      spec.commandLine().getOut().println(
          "wrote " + classes.size() + " words in " + classes.granularities() + " classes to " + out);
      spec.commandLine().getOut().flush();
      return HadathCli.EXIT_OK;
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("word-classes: " + e.getMessage());
      err.flush();
      return HadathCli.EXIT_USAGE;
    }
  }
}
