package io.github.hadath.cli;

import io.github.hadath.Hadath;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The inputs and output of the commands that analyze documents ({@code extract}, {@code render}):
 * a picocli mixin, so both read the same arguments the same way and check them alike.
 */
final class DocumentOptions {

  @Parameters(
      arity = "0..*",
      paramLabel = "FILE",
      description = "UTF-8 text files, directories (searched recursively for *.txt, *.jsonl with"
          + " --input-format jsonl), or - for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = "--input-format",
      paramLabel = "FORMAT",
      description = "text (default: each file is one document) or jsonl (each line is"
          + " {\"id\": ..., \"text\": \"...\", \"publicationDate\": \"YYYY-MM-DD\"}).")
  Inputs.Format inputFormat = Inputs.Format.text;

  @Option(names = "--example", description = "Also analyze the bundled example article, first (source example:interpol-general-assembly).")
  boolean example;

  @Option(
      names = "--publication-date",
      paramLabel = "YYYY-MM-DD",
      converter = IsoDate.class,
      description = "Anchor for relative and year-less dates; default: the dateline, if any.")
  LocalDate publicationDate;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path output;

  @Option(names = "--threads", paramLabel = "N", description = "Documents analyzed in parallel (default 1).")
  int threads = 1;

  @Option(
      names = "--max-length",
      paramLabel = "CHARS",
      description = "Longest document in UTF-16 chars; a longer one fails alone, as too long"
          + " (default ${DEFAULT-VALUE}).")
  int maxLength = Hadath.Builder.DEFAULT_MAX_DOCUMENT_LENGTH;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  /**
   * Checks the arguments together.
   *
   * @throws CommandLine.ParameterException when there is no input, or {@code --threads} or
   *     {@code --max-length} is below 1
   */
  void validate() {
    if (inputs.isEmpty() && !example) {
      throw usage("no input: give FILE..., a directory, - for standard input, or --example");
    }
    if (threads < 1) {
      throw usage("--threads must be at least 1, got " + threads);
    }
    if (maxLength < 1) {
      throw usage("--max-length must be at least 1, got " + maxLength);
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** A buffered UTF-8 writer on {@code --output}, or on {@code stdout} when it is not given. */
  Writer openOutput(OutputStream stdout) throws IOException {
    OutputStream stream = output == null ? stdout : Files.newOutputStream(output);
    return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
  }

  /** The message for a failed write of the output: «cannot write out.json: no such directory». */
  String writeFailure(Exception e) {
    IOException cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e;
    String reason = cause instanceof NoSuchFileException
        ? "no such directory"
        : cause instanceof AccessDeniedException ? "permission denied" : String.valueOf(cause);
    return "cannot write " + (output == null ? "standard output" : output) + ": " + reason;
  }

  /** Parses {@code --publication-date} with a message naming the expected form. */
  static final class IsoDate implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("'" + value + "' is not a date of the form YYYY-MM-DD");
      }
    }
  }
}
