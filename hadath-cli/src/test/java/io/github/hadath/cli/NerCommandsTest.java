package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NerCommandsTest {

  private static final String CORPUS =
      """
      زار O
      الرئيس O
      محمد B-PERS
      علي I-PERS
      الأردن B-LOC

      وصل O
      محمد B-PERS
      إلى O
      بالأردن B-LOC

      أعلن O
      البنك B-ORG
      الدولي I-ORG
      في O
      عمان B-LOC
      """;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new HadathCli());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exitCode = cli.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void trainNerWritesAModelThatEvaluateNerScores(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("tiny.conll");
    Files.writeString(corpus, CORPUS, StandardCharsets.UTF_8);
    Path model = dir.resolve("ner/tiny.ser.gz");

    Run train = run("train-ner", "--train", corpus.toString(), "--out", model.toString());
    Run evaluate = run("evaluate-ner", "--model", model.toString(), corpus.toString());

    assertThat(train.exitCode()).as(train.err()).isZero();
    assertThat(model).isNotEmptyFile();
    assertThat(evaluate.exitCode()).as(evaluate.err()).isZero();
    assertThat(evaluate.out()).contains("type   precision  recall     F1   gold predicted correct");
    assertThat(evaluate.out()).containsPattern("(?m)^PERS +[0-9.]+ +[0-9.]+ +[0-9.]+ +2 ");
    assertThat(evaluate.out().lines().toList()).last().asString().matches("micro F1: \\d+\\.\\d\\d");
  }

  @Test
  void missingModelIsAUsageErrorThatSaysSo(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("tiny.conll");
    Files.writeString(corpus, CORPUS, StandardCharsets.UTF_8);
    Path model = dir.resolve("no.ser.gz");

    Run run = run("evaluate-ner", "--model", model.toString(), corpus.toString());

    assertThat(run.exitCode()).isEqualTo(HadathCli.EXIT_USAGE);
    assertThat(run.err()).contains("cannot read NER model " + model + ": no such file");
  }

  @Test
  void heldOutRunWritesNoModelUnlessOutIsGiven() {
    Path given = Path.of("/tmp/dev.ser.gz");
    assertThat(TrainNerCommand.modelPath(null, 0)).contains(TrainNerCommand.DEFAULT_OUT);
    assertThat(TrainNerCommand.modelPath(null, 0.1)).isEmpty();
    assertThat(TrainNerCommand.modelPath(given, 0.1)).contains(given);
    assertThat(TrainNerCommand.modelPath(given, 0)).contains(given);
  }

  @Test
  void foldsCrossValidatesEveryPartAndPoolsTheirEntities(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("tiny.conll");
    Files.writeString(corpus, CORPUS, StandardCharsets.UTF_8);

    Run run = run("train-ner", "--train", corpus.toString(), "--folds", "3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("(?m)^fold 1 \\(sentences 1-1\\): micro F1 \\d+\\.\\d\\d$")
        .containsPattern("(?m)^fold 3 \\(sentences 3-3\\): micro F1 \\d+\\.\\d\\d$")
        .contains("pooled over the 3 folds:");
    // all six gold entities are scored once: 2 PERS, 3 LOC, 1 ORG
    assertThat(run.out()).containsPattern("(?m)^micro +[0-9.]+ +[0-9.]+ +[0-9.]+ +6 ");
    assertThat(run.out()).containsPattern("(?m)^LOC +[0-9.]+ +[0-9.]+ +[0-9.]+ +3 ");
    assertThat(run.err()).contains("fold 2 of 3: 2 training sentences, 1 held out");
  }

  @Test
  void foldsRejectsBadCountsAndADevFraction(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("tiny.conll");
    Files.writeString(corpus, CORPUS, StandardCharsets.UTF_8);

    Run one = run("train-ner", "--train", corpus.toString(), "--folds", "1");
    Run both =
        run("train-ner", "--train", corpus.toString(), "--folds", "2", "--dev-fraction", "0.1");
    Run tooMany = run("train-ner", "--train", corpus.toString(), "--folds", "4");

    assertThat(one.exitCode()).isEqualTo(HadathCli.EXIT_USAGE);
    assertThat(one.err()).contains("--folds must be in [2, 20], was 1");
    assertThat(both.exitCode()).isEqualTo(HadathCli.EXIT_USAGE);
    assertThat(both.err()).contains("--folds and --dev-fraction exclude each other");
    assertThat(tooMany.exitCode()).isEqualTo(HadathCli.EXIT_USAGE);
    assertThat(tooMany.err()).contains("3 sentences cannot make 4 folds");
  }

  @Test
  void evaluateNerOnAMissingFileFailsWithAClearMessage(@TempDir Path dir) {
    Path missing = dir.resolve("missing.conll");

    Run run = run("evaluate-ner", missing.toString());

    assertThat(run.exitCode()).isEqualTo(HadathCli.EXIT_USAGE);
    assertThat(run.err()).contains("evaluate-ner: cannot read " + missing);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void trainNerRejectsAnUnknownFeatureSet(@TempDir Path dir) throws IOException {
    Path corpus = dir.resolve("tiny.conll");
    Files.writeString(corpus, CORPUS, StandardCharsets.UTF_8);

    Run run = run("train-ner", "--train", corpus.toString(), "--features", "forms,gazeteer");

    assertThat(run.exitCode()).isEqualTo(HadathCli.EXIT_USAGE);
    assertThat(run.err()).contains("unknown feature set «gazeteer»");
  }

  @Test
  void everySubcommandExitsWithOneOnBadUsage(@TempDir Path dir) {
    Path missing = dir.resolve("missing.jsonl");

    Run unknownOption = run("evaluate-ner", "--bogus", "x.conll");
    Run trainUnknownOption = run("train-ner", "--output", "x.ser.gz");
    Run missingGold = run("evaluate-events", missing.toString());

    assertThat(unknownOption.exitCode()).isEqualTo(HadathCli.EXIT_USAGE);
    assertThat(unknownOption.err()).contains("Unknown option: '--bogus'");
    assertThat(trainUnknownOption.exitCode()).isEqualTo(HadathCli.EXIT_USAGE);
    assertThat(missingGold.exitCode()).isEqualTo(HadathCli.EXIT_USAGE);
    assertThat(missingGold.err())
        .contains("evaluate-events: cannot read " + missing + ": no such file");
  }
}
