package io.github.hadath.cli;

import io.github.hadath.ner.ConllCorpus;
import io.github.hadath.ner.CrfEntityRecognizer;
import io.github.hadath.ner.CrfNerTrainer;
import io.github.hadath.ner.LabeledSentence;
import io.github.hadath.ner.NerScores;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code train-ner}: trains the CRF entity recognizer on a BIO-tagged corpus and writes the model.
 *
 * <p>With {@code --dev-fraction}, the last part of the corpus is held out, the model is trained on
 * the rest and scored on it, and written only where {@code --out} says. With {@code --folds K}, the corpus is cut in order into K parts, each
 * part is scored by a model trained on the others, and the scores are pooled (K-fold
 * cross-validation; no model is written): that is how feature sets and options are chosen without
 * touching the test split.
 */
@Command(
    name = "train-ner",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = HadathCli.EXIT_USAGE,
    description = {
      "Trains the CRF entity recognizer on a BIO-tagged corpus and writes the model (gzipped)."
    })
public final class TrainNerCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(
      names = "--train",
      paramLabel = "FILE",
      defaultValue = "${sys:hadath.dataDir:-../shared/data}/ANERcorp-CamelLabSplits/ANERCorp_CamelLab_train.txt",
      description = "Training corpus (default: ${DEFAULT-VALUE}; the data directory is the system"
          + " property hadath.dataDir, default ../shared/data).")
  private Path train;

  @Option(
      names = "--extra",
      paramLabel = "FILE",
      description = "More BIO-tagged sentences (ANERcorp's four types) added to every training"
          + " part and never scored; repeatable (default: none).")
  private List<Path> extra = new ArrayList<>();

  /** Where the model goes when the whole corpus is trained on and {@code --out} is not given. */
  static final Path DEFAULT_OUT = Path.of("hadath/models/ner/anercorp-crf.ser.gz");

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the model (default: hadath/models/ner/anercorp-crf.ser.gz, the"
          + " committed model, when the whole corpus is trained on; with --dev-fraction, no model"
          + " is written unless --out is given).")
  private Path out;

  @Option(
      names = "--dev-fraction",
      paramLabel = "F",
      defaultValue = "0",
      description = "Hold out the last F of the sentences (0 <= F < 1), train on the rest and"
          + " print the scores on the held-out part (default: ${DEFAULT-VALUE}).")
  private double devFraction;

  @Option(
      names = "--folds",
      paramLabel = "K",
      defaultValue = "0",
      description = "Cross-validate instead of training: cut the corpus in order into K parts"
          + " (2 <= K <= 20; the last n mod K sentences are always trained on), score each part"
          + " with a model trained on the others, print each part's micro F1 and the pooled"
          + " scores; writes no model.")
  private int folds;

  @Option(
      names = "--features",
      paramLabel = "SETS",
      description = "Feature sets, comma-separated, of: forms, affixes, context, transitions,"
          + " gazetteer, frequency, lexicon, window, names, organizations, persons, spelling,"
          + " places, currencies, classes, name_tokens, wiki_names (default: " + CrfNerTrainer.DEFAULT_FEATURES + ").")
  private String features;

  @Option(
      names = "--sigma",
      paramLabel = "S",
      description = "Gaussian prior sigma; smaller regularizes more (default: "
          + CrfNerTrainer.DEFAULT_SIGMA + ").")
  private Double sigma;

  @Option(
      names = "--max-iterations",
      paramLabel = "N",
      description = "Stop L-BFGS after N iterations (default: "
          + CrfNerTrainer.DEFAULT_MAX_ITERATIONS + ").")
  private Integer maxIterations;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads for the gradient; the model is deterministic for a given count"
          + " (default: " + CrfNerTrainer.DEFAULT_THREADS + ").")
  private Integer threads;

  @Option(
      names = "--verbose",
      description = "Print the optimizer's progress on stderr: CoreNLP's L-BFGS log, one line per"
          + " iteration with the objective and the elapsed time.")
  private boolean verbose;

  /** The logger of CoreNLP's L-BFGS optimizer, which logs one line per iteration at INFO. */
  static final String OPTIMIZER_LOGGER = "edu.stanford.nlp.optimization.QNMinimizer";

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (verbose) {
      // read by slf4j-simple when the optimizer's logger is created, which is after this point
      System.setProperty("org.slf4j.simpleLogger.log." + OPTIMIZER_LOGGER, "info");
    }
    CrfNerTrainer.Options defaults = CrfNerTrainer.Options.defaults();
    List<LabeledSentence> sentences;
    CrfNerTrainer.Options options;
    List<LabeledSentence> extraSentences;
    try {
      if (!(devFraction >= 0 && devFraction < 1)) {
        throw new IllegalArgumentException("--dev-fraction must be in [0, 1), was " + devFraction);
      }
      if (folds != 0 && (folds < 2 || folds > 20)) {
        throw new IllegalArgumentException("--folds must be in [2, 20], was " + folds);
      }
      if (folds != 0 && devFraction != 0) {
        throw new IllegalArgumentException("--folds and --dev-fraction exclude each other");
      }
      options =
          new CrfNerTrainer.Options(
              features != null ? features : defaults.features(),
              sigma != null ? sigma : defaults.sigma(),
              maxIterations != null ? maxIterations : defaults.maxIterations(),
              threads != null ? threads : defaults.threads());
      sentences = ConllCorpus.read(train);
      extraSentences = new ArrayList<>();
      for (Path file : extra) {
        extraSentences.addAll(ConllCorpus.read(file));
      }
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("train-ner: " + e.getMessage());
      err.flush();
      return HadathCli.EXIT_USAGE;
    }
    if (folds != 0) {
      return crossValidate(sentences, extraSentences, options, err);
    }
    int trainSize = (int) Math.round(sentences.size() * (1 - devFraction));
    List<LabeledSentence> trainPart = new ArrayList<>(sentences.subList(0, trainSize));
    trainPart.addAll(extraSentences);
    List<LabeledSentence> devPart = sentences.subList(trainSize, sentences.size());
    err.println("train-ner: " + trainPart.size() + " training sentences, " + devPart.size()
        + " held out, " + options);
    err.flush();
    Optional<Path> model = modelPath(out, devFraction);
    CrfEntityRecognizer recognizer;
    try {
      recognizer = CrfNerTrainer.train(trainPart, options);
      model.ifPresent(recognizer::save);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("train-ner: " + e.getMessage());
      err.flush();
      return HadathCli.EXIT_USAGE;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.println(
        model.map(path -> "model written to " + path)
            .orElse("no model written (a held-out run; --out FILE keeps it)"));
    if (!devPart.isEmpty()) {
      stdout.print(EvaluateNerCommand.score(recognizer, devPart, true).table());
      stdout.printf(
          Locale.ROOT,
          "per sentence (evaluate-ner --per-sentence): micro F1 %.2f%n",
          EvaluateNerCommand.score(recognizer, devPart, false).microF1());
    }
    stdout.flush();
    return HadathCli.EXIT_OK;
  }

  private int crossValidate(
      List<LabeledSentence> sentences, List<LabeledSentence> extraSentences,
      CrfNerTrainer.Options options, PrintWriter err) {
    int part = sentences.size() / folds;
    if (part == 0) {
      err.println("train-ner: " + sentences.size() + " sentences cannot make " + folds + " folds");
      err.flush();
      return HadathCli.EXIT_USAGE;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    NerScores pooled = new NerScores();
    NerScores pooledPerSentence = new NerScores();
    for (int k = 0; k < folds; k++) {
      List<LabeledSentence> held = sentences.subList(k * part, (k + 1) * part);
      List<LabeledSentence> rest = new ArrayList<>(sentences.subList(0, k * part));
      rest.addAll(sentences.subList((k + 1) * part, sentences.size()));
      rest.addAll(extraSentences);
      err.println("train-ner: fold " + (k + 1) + " of " + folds + ": " + rest.size()
          + " training sentences, " + held.size() + " held out, " + options);
      err.flush();
      CrfEntityRecognizer recognizer;
      try {
        recognizer = CrfNerTrainer.train(rest, options);
      } catch (IllegalArgumentException e) {
        err.println("train-ner: " + e.getMessage());
        err.flush();
        return HadathCli.EXIT_USAGE;
      }
      NerScores fold = EvaluateNerCommand.score(recognizer, held, true);
      pooled.addAll(fold);
      pooledPerSentence.addAll(EvaluateNerCommand.score(recognizer, held, false));
      stdout.printf(
          Locale.ROOT, "fold %d (sentences %d-%d): micro F1 %.2f%n",
          k + 1, k * part + 1, (k + 1) * part, fold.microF1());
      stdout.flush();
    }
    stdout.println("pooled over the " + folds + " folds:");
    stdout.print(pooled.table());
    stdout.printf(
        Locale.ROOT,
        "per sentence (evaluate-ner --per-sentence), pooled: micro F1 %.2f%n",
        pooledPerSentence.microF1());
    stdout.flush();
    return HadathCli.EXIT_OK;
  }

  /**
   * Where a training run writes its model: {@code out} if given; else the committed model's path
   * when the whole corpus is trained on; else nowhere, so that a held-out run never replaces the
   * shipped model with one trained on part of the corpus.
   */
  static Optional<Path> modelPath(Path out, double devFraction) {
    if (out != null) {
      return Optional.of(out);
    }
    return devFraction == 0 ? Optional.of(DEFAULT_OUT) : Optional.empty();
  }
}
