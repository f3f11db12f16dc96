package io.github.hadath.cli;

import io.github.hadath.AnalysisFailedException;
import io.github.hadath.BatchResult;
import io.github.hadath.Document;
import io.github.hadath.DocumentTooLongException;
import io.github.hadath.Hadath;
import io.github.hadath.html.HtmlView;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hadath render}: analyzes documents and writes one self-contained HTML page showing the
 * entities, time expressions and events on the text ({@link HtmlView}).
 *
 * <ul>
 *   <li>One section per document, in input order; a document that fails gets a section saying
 *       why, and the exit status is then 2.
 *   <li>Inputs are read as by {@code extract --input-format text}: files, directories (their
 *       {@code *.txt}), {@code -}, and {@code --example}.
 * </ul>
 */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = HadathCli.EXIT_USAGE,
    exitCodeOnExecutionException = HadathCli.EXIT_USAGE,
    description = {
      "Writes one self-contained HTML page (no network needed) showing each document's entities,"
          + " time expressions and events on its text, right to left, one section per document.",
      "Exit status: 0 all succeeded, 2 some documents failed (shown on the page), 1 bad usage."
    })
final class RenderCommand implements Callable<Integer> {

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "UTF-8 text files, directories (searched recursively for *.txt), or - for standard input.")
  private List<String> inputs = new ArrayList<>();

  @Option(names = "--example", description = "Also show the bundled example article (first).")
  private boolean example;

  @Option(
      names = "--publication-date",
      paramLabel = "YYYY-MM-DD",
      converter = ExtractCommand.IsoDate.class,
      description = "Anchor for relative and year-less dates; default: the dateline, if any.")
  private LocalDate publicationDate;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT.html", description = "Write the page to OUT.html instead of standard output.")
  private Path output;

  @Option(names = "--threads", paramLabel = "N", description = "Documents analyzed in parallel (default 1).")
  private int threads = 1;

  @Option(
      names = "--max-length",
      paramLabel = "CHARS",
      description = "Longest document in UTF-16 chars; longer ones are shown as failed (default ${DEFAULT-VALUE}).")
  private int maxLength = Hadath.Builder.DEFAULT_MAX_DOCUMENT_LENGTH;

  @Spec private CommandSpec spec;

  private int failed;

  private final IntFunction<Hadath> pipelines;
  private final InputStream stdin;
  private final OutputStream stdout;
  private final PrintStream stderr;

  /** The command as run from the jar: builds the default pipeline, uses the process streams. */
  RenderCommand() {
    this(
        maxLength -> Hadath.builder().maxDocumentLength(maxLength).build(),
        System.in,
        new FileOutputStream(FileDescriptor.out),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
  }

  /**
   * @param pipelines builds the pipeline for a maximum document length (tests share one)
   */
  RenderCommand(IntFunction<Hadath> pipelines, InputStream stdin, OutputStream stdout, PrintStream stderr) {
    this.pipelines = pipelines;
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  @Override
  public Integer call() {
    if (inputs.isEmpty() && !example) {
      throw usage("no input: give FILE..., a directory, - for standard input, or --example");
    }
    if (threads < 1) {
      throw usage("--threads must be at least 1, got " + threads);
    }
    if (maxLength < 1) {
      throw usage("--max-length must be at least 1, got " + maxLength);
    }
    List<InputDocument> documents = new ArrayList<>();
    if (example) {
      documents.add(ExtractCommand.exampleDocument());
    }
    new Inputs(Inputs.Format.text, maxLength, () -> stdin).documents(inputs).forEachRemaining(documents::add);
    // The output is opened first, so that a bad -o fails at once, before minutes of analysis.
    try (Writer out = openOutput()) {
      Hadath hadath = pipelines.apply(maxLength);
      List<HtmlView.Section> sections = new ArrayList<>();
      try (Stream<BatchResult<InputDocument>> results = hadath.analyzeAll(documents.stream(), this::load, threads)) {
        for (Iterator<BatchResult<InputDocument>> it = results.iterator(); it.hasNext(); ) {
          sections.add(section(it.next()));
        }
      }
      HtmlView.write(sections, out);
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
      String reason = cause instanceof NoSuchFileException
          ? "no such directory"
          : cause instanceof AccessDeniedException ? "permission denied" : String.valueOf(cause);
      stderr.println("hadath: cannot write " + (output == null ? "standard output" : output) + ": " + reason);
      return HadathCli.EXIT_USAGE;
    }
    return failed == 0 ? HadathCli.EXIT_OK : HadathCli.EXIT_SOME_FAILED;
  }

  private HtmlView.Section section(BatchResult<InputDocument> result) {
    String source = result.input().source();
    if (result.succeeded()) {
      return HtmlView.Section.of(source, result.analysis());
    }
    String message = failureMessage(source, result.failure());
    stderr.println("hadath: " + message);
    failed++;
    return HtmlView.Section.failed(source, message);
  }

  private Document load(InputDocument input) throws DocumentFailure {
    InputDocument.Text text = input.loader().load();
    return new Document(input.source(), text.text(), publicationDate);
  }

  private static String failureMessage(String source, Exception failure) {
    if (failure instanceof DocumentFailure) {
      return failure.getMessage();
    }
    if (failure instanceof DocumentTooLongException || failure instanceof AnalysisFailedException) {
      return source + ": " + failure.getMessage();
    }
    return source + ": analysis failed: " + failure;
  }

  private Writer openOutput() throws IOException {
    OutputStream stream = output == null ? stdout : Files.newOutputStream(output);
    return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
