package io.github.hadath.cli;

import io.github.hadath.BatchResult;
import io.github.hadath.Document;
import io.github.hadath.Hadath;
import io.github.hadath.html.HtmlView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code hadath render}: analyzes documents and writes one self-contained HTML page showing the
 * entities, time expressions and events on the text ({@link HtmlView}).
 *
 * <ul>
 *   <li>One section per document, in input order; a document that fails gets a section saying
 *       why, and the exit status is then 2.
 *   <li>Inputs are read as by {@code extract}: files, directories (their {@code *.txt}, or
 *       {@code *.jsonl} with {@code --input-format jsonl}), {@code -}, and {@code --example}; inputs
 *       that hold no document are a usage error (exit 1), and no page is written.
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

  @Mixin private DocumentOptions options = new DocumentOptions();


  private int failed;

  private final CommandIo io;

  /** The command as run from the jar: builds the default pipeline, uses the process streams. */
  RenderCommand() {
    this(CommandIo.ofProcess());
  }

  RenderCommand(CommandIo io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    options.validate();
    List<InputDocument> documents = new ArrayList<>();
    if (options.example) {
      documents.add(ExtractCommand.exampleDocument());
    }
    new Inputs(options.inputFormat, options.maxLength, () -> io.stdin()).documents(options.inputs).forEachRemaining(documents::add);
    if (documents.isEmpty()) {
      // Checked before the output is opened, so that no empty page is left behind.
      io.stderr().println("hadath: no document to render: the inputs hold no "
          + (options.inputFormat == Inputs.Format.jsonl ? "*.jsonl record" : "*.txt file") + "; give FILE, - or --example");
      return HadathCli.EXIT_USAGE;
    }
    // The output is opened first, so that a bad -o fails at once, before minutes of analysis.
    try (Writer out = options.openOutput(io.stdout())) {
      Hadath hadath = io.pipelines().apply(options.maxLength);
      List<HtmlView.Section> sections = new ArrayList<>();
      try (Stream<BatchResult<InputDocument>> results = hadath.analyzeAll(documents.stream(), this::load, options.threads)) {
        for (Iterator<BatchResult<InputDocument>> it = results.iterator(); it.hasNext(); ) {
          sections.add(section(it.next()));
        }
      }
      HtmlView.write(sections, out);
    } catch (IOException | UncheckedIOException e) {
      io.stderr().println("hadath: " + options.writeFailure(e));
      return HadathCli.EXIT_USAGE;
    }
    return failed == 0 ? HadathCli.EXIT_OK : HadathCli.EXIT_SOME_FAILED;
  }

  private HtmlView.Section section(BatchResult<InputDocument> result) {
    String source = result.input().source();
    if (result.succeeded()) {
      return HtmlView.Section.of(source, result.analysis());
    }
    String message = DocumentFailure.of(source, result.failure(), null).getMessage();
    io.stderr().println("hadath: " + message);
    failed++;
    return HtmlView.Section.failed(source, message);
  }

  private Document load(InputDocument input) throws DocumentFailure {
    InputDocument.Text text = input.loader().load();
    return new Document(input.source(), text.text(), options.publicationDate);
  }
}
