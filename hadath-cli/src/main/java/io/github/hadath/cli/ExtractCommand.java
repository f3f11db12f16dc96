package io.github.hadath.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.hadath.BatchResult;
import io.github.hadath.Document;
import io.github.hadath.Hadath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code hadath extract}: analyzes documents and writes one JSON record per document.
 *
 * <ul>
 *   <li>One input file (or {@code -}, or {@code --example} alone) prints one pretty-printed JSON
 *       object; anything that can hold several documents (several arguments, a directory,
 *       {@code --input-format jsonl}) prints JSON Lines, one compact object per document.
 *   <li>Output order is input order, whatever {@code --threads}; every input document yields
 *       exactly one record, an error record when it fails.
 *   <li>Exit status: 0 when every document succeeded, 2 when some failed, 1 on bad usage or when
 *       the output cannot be written.
 * </ul>
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = HadathCli.EXIT_USAGE,
    exitCodeOnExecutionException = HadathCli.EXIT_USAGE,
    description = {
      "Prints the entities, time expressions and events of each document as JSON.",
      "One FILE: one JSON object. Several documents: JSON Lines, one object per line, in input order.",
      "Exit status: 0 all succeeded, 2 some documents failed (error records), 1 bad usage."
    })
final class ExtractCommand implements Callable<Integer> {

  /** Classpath location of the bundled example article. */
  static final String EXAMPLE_RESOURCE = "/io/github/hadath/examples/interpol-general-assembly.txt";

  static final String EXAMPLE_SOURCE = "example:interpol-general-assembly";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Mixin private DocumentOptions options = new DocumentOptions();

  @Option(names = "--compact", description = "Print a single document's object on one line.")
  private boolean compact;

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      description = "Progress bar on standard error for batches: auto (default: when standard"
          + " error is a terminal), always, never.")
  private ProgressMode progress = ProgressMode.auto;


  /** When to draw the progress bar. */
  enum ProgressMode {
    auto,
    always,
    never
  }

  private final CommandIo io;

  /** The command as run from the jar: builds the default pipeline, uses the process streams. */
  ExtractCommand() {
    this(CommandIo.ofProcess());
  }

  ExtractCommand(CommandIo io) {
    this.io = io;
  }

  @Override
  public Integer call() {
    options.validate();
    Inputs reader = new Inputs(options.inputFormat, options.maxLength, () -> io.stdin());
    boolean single = isSingleDocument();
    Progress bar = null;
    if (!single && (progress == ProgressMode.always || progress == ProgressMode.auto && Progress.stderrIsTerminal())) {
      bar = new Progress(io.stderr(), reader.count(options.inputs) + (options.example ? 1 : 0));
    }
    ObjectWriter json = single && !compact ? MAPPER.writerWithDefaultPrettyPrinter() : MAPPER.writer();
    Hadath hadath = io.pipelines().apply(options.maxLength);
    Iterator<InputDocument> documents = reader.documents(options.inputs);
    if (options.example) {
      documents = prepend(exampleDocument(), documents);
    }
    try (Writer out = options.openOutput(io.stdout())) {
      long failed = new Batch(hadath, json, out, bar).run(documents);
      if (bar != null) {
        bar.finish();
      }
      return failed == 0 ? HadathCli.EXIT_OK : HadathCli.EXIT_SOME_FAILED;
    } catch (IOException | UncheckedIOException e) {
      io.stderr().println("hadath: " + options.writeFailure(e));
      return HadathCli.EXIT_USAGE;
    }
  }

  private boolean isSingleDocument() {
    if (options.inputFormat == Inputs.Format.jsonl) {
      return false;
    }
    List<String> inputs = options.inputs;
    if (options.example) {
      return inputs.isEmpty();
    }
    return inputs.size() == 1
        && (inputs.get(0).equals(Inputs.STDIN) || !Files.isDirectory(Path.of(inputs.get(0))));
  }

  static InputDocument exampleDocument() {
    return new InputDocument(
        EXAMPLE_SOURCE,
        () -> {
          try (InputStream in = ExtractCommand.class.getResourceAsStream(EXAMPLE_RESOURCE)) {
            if (in == null) {
              throw new DocumentFailure(DocumentFailure.Type.NOT_FOUND, EXAMPLE_SOURCE + ": missing from the jar");
            }
            return new InputDocument.Text(Utf8.decode(in.readAllBytes(), 0, EXAMPLE_SOURCE), null, null);
          } catch (IOException e) {
            throw new DocumentFailure(DocumentFailure.Type.UNREADABLE, EXAMPLE_SOURCE + ": " + e);
          }
        });
  }

  private static Iterator<InputDocument> prepend(InputDocument first, Iterator<InputDocument> rest) {
    return new Iterator<>() {
      private boolean firstDone;

      @Override
      public boolean hasNext() {
        return !firstDone || rest.hasNext();
      }

      @Override
      public InputDocument next() {
        if (firstDone) {
          return rest.next();
        }
        firstDone = true;
        return first;
      }
    };
  }

  /** The JSON text of one record and, for a failed document, the message for standard error. */
  private record Outcome(String json, String error) {}

  /**
   * Runs the documents through {@link Hadath#analyzeAll} on {@code --threads} workers (reading
   * each file on a worker) and writes the records in input order.
   */
  private final class Batch {
    private final Hadath hadath;
    private final ObjectWriter json;
    private final Writer out;
    private final Progress bar;
    private long failed;

    Batch(Hadath hadath, ObjectWriter json, Writer out, Progress bar) {
      this.hadath = hadath;
      this.json = json;
      this.out = out;
      this.bar = bar;
    }

    /** Processes every document; returns how many failed. */
    long run(Iterator<InputDocument> documents) throws IOException {
      Stream<InputDocument> inputs = StreamSupport.stream(
          Spliterators.spliteratorUnknownSize(documents, Spliterator.ORDERED), false);
      try (Stream<BatchResult<InputDocument>> results = hadath.analyzeAll(inputs, this::load, options.threads)) {
        for (Iterator<BatchResult<InputDocument>> it = results.iterator(); it.hasNext(); ) {
          write(outcome(it.next()));
        }
      }
      return failed;
    }

    /** Reads one input; a JSON Lines record's id travels in the document as its JSON text. */
    private Document load(InputDocument input) throws DocumentFailure {
      InputDocument.Text text = input.loader().load();
      LocalDate date = text.publicationDate() != null ? text.publicationDate() : options.publicationDate;
      return new Document(text.id() == null ? null : text.id().toString(), text.text(), date);
    }

    private Outcome outcome(BatchResult<InputDocument> result) {
      String source = result.input().source();
      JsonNode id = result.document() == null ? null : idOf(result.document());
      if (result.succeeded()) {
        return new Outcome(serialize(AnalysisJson.document(source, id, result.analysis())), null);
      }
      DocumentFailure failure = DocumentFailure.of(source, result.failure(), id);
      ObjectNode record = AnalysisJson.error(source, failure.id() != null ? failure.id() : id, failure);
      return new Outcome(serialize(record), failure.getMessage());
    }

    private JsonNode idOf(Document document) {
      try {
        return document.id() == null ? null : MAPPER.readTree(document.id());
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("an id written by Jackson does not parse: " + document.id(), e);
      }
    }

    private void write(Outcome outcome) throws IOException {
      out.write(outcome.json());
      out.write('\n');
      out.flush();
      if (outcome.error() != null) {
        failed++;
        io.stderr().println("hadath: " + outcome.error());
      }
      if (bar != null) {
        bar.documentDone(outcome.error() == null);
      }
    }

    private String serialize(ObjectNode record) {
      try {
        return json.writeValueAsString(record);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
