package io.github.hadath.cli;

import io.github.hadath.ner.BrownClusterer;
import io.github.hadath.ner.BrownPaths;
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
 * {@code brown-clusters}: induces the hierarchical word clusters the CRF's {@code brown} features
 * read ({@link BrownClusterer}) from a directory of unlabeled text and writes their paths ({@link
 * BrownPaths}). Deterministic for given files and options.
 */
@Command(
    name = "brown-clusters",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = HadathCli.EXIT_USAGE,
    description = {
      "Induces Brown-style hierarchical clusters of bare stems (exchange into flat classes, then"
          + " agglomerative merging into bit-string paths) from every .txt and .txt.gz file under"
          + " a directory."
    })
public final class BrownClustersCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Mixin private CorpusRun.Corpora corpora;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      defaultValue = "hadath/models/ner/brown-paths.tsv.gz",
      description = "Where to write the paths, gzipped if the name ends in .gz"
          + " (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Option(names = "--classes", paramLabel = "K",
      description = "Flat classes of the exchange stage, the leaves of the tree (default: 512).")
  private Integer classes;

  @Option(names = "--min-count", paramLabel = "N",
      description = "Least occurrences of a stem to be clustered (default: 10).")
  private Integer minCount;

  @Option(names = "--max-words", paramLabel = "N",
      description = "Most stems clustered, the most frequent (default: 60000).")
  private Integer maxWords;

  @Option(names = "--iterations", paramLabel = "N",
      description = "Most exchange rounds (default: 20).")
  private Integer iterations;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    BrownClusterer.Options d = BrownClusterer.Options.defaults();
    try {
      BrownClusterer.Options options = new BrownClusterer.Options(
          minCount != null ? minCount : d.minCount(),
          maxWords != null ? maxWords : d.maxWords(),
          classes != null ? classes : d.classes(),
          iterations != null ? iterations : d.iterations());
      List<Path> files = corpora.files();
      BrownPaths paths = BrownClusterer.cluster(files, options, CorpusRun.progress(err, "brown-clusters"));
      List<String> header = CorpusRun.header(
          "Brown-style word cluster paths for Hadath's CRF (io.github.hadath.ner.BrownPaths).",
          "BrownClusterer", corpora.dir(), files, options, "models/ner/brown-paths.SOURCE.md");
      paths.write(out, header);
      spec.commandLine().getOut().println("wrote the paths of " + paths.size() + " stems to " + out);
      spec.commandLine().getOut().flush();
      return HadathCli.EXIT_OK;
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("brown-clusters: " + e.getMessage());
      err.flush();
      return HadathCli.EXIT_USAGE;
    }
  }
}
