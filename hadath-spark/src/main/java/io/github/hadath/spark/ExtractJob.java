package io.github.hadath.spark;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * {@code ExtractJob [OPTIONS] IN OUT}: the {@code extract} command on Spark. Reads documents
 * ({@code id}, {@code text}, {@code publicationDate}) from JSON Lines or Parquet, analyzes them
 * with {@link HadathSpark#analyze}, and writes one record per document, with the fields of {@code
 * extract --input-format jsonl}: {@code source} (the input file), {@code id}, {@code
 * documentDate}, {@code entities}, {@code timexes}, {@code events}, and {@code error} for a
 * document that could not be analyzed.
 *
 * <ul>
 *   <li>Formats follow the paths: a path ending in {@code .parquet}, or a directory of Parquet
 *       files, is Parquet; anything else JSON Lines. {@code --input-format} and {@code
 *       --output-format} override.
 *   <li>The master comes from {@code spark-submit} (or {@code -Dspark.master} in run-local); the
 *       job sets none.
 *   <li>Exit status: 0 when the output was written, whatever the number of error records; 1 on
 *       bad usage or an input without a string {@code text} column. A failure of Spark itself
 *       (OUT exists, IN is missing) propagates.
 * </ul>
 */
public final class ExtractJob {

  static final String USAGE = String.join("\n",
      "usage: ExtractJob [OPTIONS] IN OUT",
      "  IN   JSON Lines ({\"id\": ..., \"text\": \"...\", \"publicationDate\": \"YYYY-MM-DD\"}) or Parquet",
      "       with the same columns: a file, a directory or a glob",
      "  OUT  a directory that does not exist yet: JSON Lines, or Parquet when it ends in .parquet",
      "options:",
      "  --input-format jsonl|parquet   override the format taken from IN",
      "  --output-format jsonl|parquet  override the format taken from OUT",
      "  --max-length CHARS             longest text analyzed; longer ones are too-long error records",
      "  --threads-per-task N           analysis threads per Spark task (default 1)",
      "  --partitions N                 analyze in N partitions, keeping the input order (default:",
      "                                 the input's, at least spark.default.parallelism)");

  private ExtractJob() {}

  /** File formats of IN and OUT. */
  enum Format {
    jsonl,
    parquet
  }

  /** The parsed command line. */
  record Arguments(String in, String out, Format inputFormat, Format outputFormat,
      HadathSpark.Options options, int partitions) {}

  public static void main(String[] args) {
    Arguments arguments;
    try {
      arguments = parse(args);
    } catch (IllegalArgumentException e) {
      PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
      err.println("ExtractJob: " + e.getMessage());
      err.println(USAGE);
      System.exit(1);
      return;
    }
    SparkSession spark = SparkSession.builder().appName("hadath-extract").getOrCreate();
    int status = 0;
    try {
      System.err.println(run(spark, arguments));
    } catch (IllegalArgumentException e) {
      // The input has no string text column (HadathSpark.analyze names what it has).
      System.err.println("ExtractJob: " + arguments.in() + ": " + e.getMessage());
      status = 1;
    } finally {
      spark.stop();
    }
    if (status != 0) {
      System.exit(status);
    }
  }

  /** What a run wrote and how long the analysis took. */
  record Summary(String out, long records, long errors, double seconds) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT,
          "ExtractJob: wrote %d records (%d errors) to %s; read, analysis and write took %.1f s, %.1f documents/s",
          records, errors, out, seconds, records / seconds);
    }
  }

  /**
   * Runs the job on {@code spark}.
   *
   * @throws IllegalArgumentException if the input has no string {@code text} column
   */
  static Summary run(SparkSession spark, Arguments arguments) {
    long start = System.nanoTime();
    Dataset<Row> documents = arguments.inputFormat() == Format.parquet
        ? spark.read().parquet(arguments.in())
        : spark.read().json(arguments.in());
    if (!Arrays.asList(documents.columns()).contains("source")) {
      documents = documents.withColumn("source", functions.input_file_name());
    }
    int partitions = arguments.partitions() > 0
        ? arguments.partitions()
        : Math.max(documents.rdd().getNumPartitions(), spark.sparkContext().defaultParallelism());
    if (partitions != documents.rdd().getNumPartitions()) {
      documents = inOrder(documents, partitions);
    }
    Dataset<Row> analyzed = HadathSpark.analyze(documents, arguments.options());
    List<Column> columns = new ArrayList<>();
    for (String name : List.of("source", "id", "documentDate", "entities", "timexes", "events", "error")) {
      if (Arrays.asList(analyzed.columns()).contains(name)) {
        columns.add(functions.col(name));
      }
    }
    Dataset<Row> records = analyzed.select(columns.toArray(new Column[0]));
    if (arguments.outputFormat() == Format.parquet) {
      records.write().mode(SaveMode.ErrorIfExists).parquet(arguments.out());
    } else {
      // Every key in every record, as extract writes them: null values are kept, not dropped.
      records.write().mode(SaveMode.ErrorIfExists).option("ignoreNullFields", "false").json(arguments.out());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Dataset<Row> written = arguments.outputFormat() == Format.parquet
        ? spark.read().parquet(arguments.out())
        : spark.read().json(arguments.out());
    long total = written.count();
    long errors = written.filter(functions.col("error").isNotNull()).count();
    return new Summary(arguments.out(), total, errors, seconds);
  }

  /**
   * {@code documents} in {@code partitions} partitions, keeping their order: partition i holds
   * rows before those of partition i + 1, so the output files are in input order. A small input
   * file is one partition, which would leave all cores but one idle.
   */
  private static Dataset<Row> inOrder(Dataset<Row> documents, int partitions) {
    String row = "_hadath_row";
    return documents.withColumn(row, functions.monotonically_increasing_id())
        .repartitionByRange(partitions, functions.col(row))
        .sortWithinPartitions(row)
        .drop(row);
  }

  /**
   * Parses the command line.
   *
   * @throws IllegalArgumentException naming the bad argument
   */
  static Arguments parse(String[] args) {
    List<String> positional = new ArrayList<>();
    Format inputFormat = null;
    Format outputFormat = null;
    HadathSpark.Options.Builder options = HadathSpark.Options.builder();
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--input-format" -> inputFormat = format(arg, value(args, ++i, arg));
        case "--output-format" -> outputFormat = format(arg, value(args, ++i, arg));
        case "--max-length" -> options.maxDocumentLength(number(arg, value(args, ++i, arg)));
        case "--threads-per-task" -> options.threadsPerTask(number(arg, value(args, ++i, arg)));
        case "--partitions" -> partitions = number(arg, value(args, ++i, arg));
        default -> {
          if (arg.startsWith("--")) {
            throw new IllegalArgumentException("unknown option " + arg);
          }
          positional.add(arg);
        }
      }
    }
    if (positional.size() != 2) {
      throw new IllegalArgumentException("expected IN and OUT, got " + positional.size() + " paths: " + positional);
    }
    String in = positional.get(0);
    String out = positional.get(1);
    return new Arguments(in, out,
        inputFormat != null ? inputFormat : formatOfInput(in),
        outputFormat != null ? outputFormat : (out.endsWith(".parquet") ? Format.parquet : Format.jsonl),
        options.build(), partitions);
  }

  /** Parquet for a path ending in .parquet or a local directory holding .parquet files. */
  private static Format formatOfInput(String in) {
    if (in.endsWith(".parquet")) {
      return Format.parquet;
    }
    Path path = Path.of(in.startsWith("file:") ? in.substring("file:".length()) : in);
    if (Files.isDirectory(path)) {
      try (Stream<Path> files = Files.list(path)) {
        if (files.anyMatch(file -> file.getFileName().toString().endsWith(".parquet"))) {
          return Format.parquet;
        }
      } catch (java.io.IOException e) {
        throw new IllegalArgumentException("cannot list " + in + ": " + e.getMessage());
      }
    }
    return Format.jsonl;
  }

  private static String value(String[] args, int index, String option) {
    if (index >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[index];
  }

  private static Format format(String option, String value) {
    try {
      return Format.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(option + " must be jsonl or parquet, got '" + value + "'");
    }
  }

  private static int number(String option, String value) {
    try {
      int number = Integer.parseInt(value);
      if (number < 1) {
        throw new NumberFormatException();
      }
      return number;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " must be a whole number of at least 1, got '" + value + "'");
    }
  }
}
