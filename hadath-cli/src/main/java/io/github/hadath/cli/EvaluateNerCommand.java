package io.github.hadath.cli;

import io.github.hadath.ner.ConllCorpus;
import io.github.hadath.ner.CrfEntityRecognizer;
import io.github.hadath.ner.LabeledSentence;
import io.github.hadath.ner.NerScores;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate-ner GOLD.conll}: tags the corpus's own whitespace tokens with the CRF and prints
 * conlleval-style entity scores (exact type and span), per type and micro-averaged, ending with
 * the line {@code micro F1: 81.23}.
 */
@Command(
    name = "evaluate-ner",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = HadathCli.EXIT_USAGE,
    description = {
      "Scores the CRF entity recognizer on a BIO-tagged corpus (token, space, tag; blank line"
          + " between sentences): entity-level exact match, precision/recall/F1 per type and"
          + " micro-averaged."
    })
public final class EvaluateNerCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GOLD.conll", description = "The gold corpus.")
  private Path gold;

  @Option(
      names = "--model",
      paramLabel = "FILE",
      description = "A model written by train-ner (default: the bundled model).")
  private Path model;

  @Option(
      names = "--per-sentence",
      description = "Tag each sentence on its own, without the document pass that tags a found"
          + " name again where it recurs within five sentences.")
  private boolean perSentence;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<LabeledSentence> sentences;
    CrfEntityRecognizer recognizer;
    try {
      sentences = ConllCorpus.read(gold);
      recognizer = model == null ? CrfEntityRecognizer.fromClasspath() : CrfEntityRecognizer.load(model);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      err.println("evaluate-ner: " + e.getMessage());
      err.flush();
      return HadathCli.EXIT_USAGE;
    }
    long start = System.nanoTime();
    NerScores scores = score(recognizer, sentences, !perSentence);
    double seconds = (System.nanoTime() - start) / 1e9;
    long tokens = sentences.stream().mapToLong(LabeledSentence::size).sum();
    PrintWriter out = spec.commandLine().getOut();
    out.print(scores.table());
    out.flush();
    err.printf(Locale.ROOT, "tagged %d sentences, %d tokens in %.1f s%n", sentences.size(), tokens, seconds);
    err.flush();
    return HadathCli.EXIT_OK;
  }

  /**
   * Tags the corpus and scores the tags against the gold ones. With {@code asDocument}, the corpus
   * is tagged as one document ({@link CrfEntityRecognizer#tagDocument}): ANERcorp marks no
   * document boundaries, and the document pass looks only five sentences each way.
   */
  static NerScores score(
      CrfEntityRecognizer recognizer, List<LabeledSentence> sentences, boolean asDocument) {
    NerScores scores = new NerScores();
    List<List<String>> tokens = sentences.stream().map(LabeledSentence::tokens).toList();
    List<List<String>> tags =
        asDocument
            ? recognizer.tagDocument(tokens)
            : tokens.stream().map(recognizer::tag).toList();
    for (int i = 0; i < sentences.size(); i++) {
      scores.add(sentences.get(i).tags(), tags.get(i));
    }
    return scores;
  }
}
