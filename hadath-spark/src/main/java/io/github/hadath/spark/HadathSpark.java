package io.github.hadath.spark;

import io.github.hadath.Hadath;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Hadath's pipeline as a Spark transformation: a dataset of documents in, the same rows with
 * their entities, time expressions and events out.
 *
 * <pre>{@code
 * Dataset<Row> documents = spark.read().json("articles.jsonl");   // id, text, publicationDate
 * Dataset<Row> analyzed = HadathSpark.analyze(documents);
 * }</pre>
 *
 * <ul>
 *   <li>Input: a string column {@code text} and, optionally, {@code publicationDate} (a {@code
 *       date}, or a {@code YYYY-MM-DD} string); every other column ({@code id}, ...) is carried
 *       through unchanged.
 *   <li>Output: the input columns followed by {@code documentDate}, {@code entities}, {@code
 *       timexes}, {@code events} and {@code error}, typed and nested as {@link #analysisColumns()}
 *       gives them (docs/spark.md shows the schema). One output row per input row, in the same
 *       partitions and order.
 *   <li>A row whose text is null, empty or too long, whose publication date is not a date, or
 *       that the pipeline fails on, gets an {@code error} ({@code type}, {@code message}) and null
 *       analysis columns; it never fails the job.
 *   <li>Built on {@code mapPartitions} and {@link Hadath#analyzeAll}: each executor JVM loads one
 *       pipeline, lazily, on its first task, and all its tasks share it; nothing is loaded per row
 *       or per task. The transformation is lazy, like any other.
 * </ul>
 */
public final class HadathSpark {

  private HadathSpark() {}

  /** The columns the transformation adds, after the input's. */
  public static StructType analysisColumns() {
    return DataTypes.createStructType(AnalysisRows.COLUMNS);
  }

  /** {@link #analyze(Dataset, Options)} with the default options. */
  public static Dataset<Row> analyze(Dataset<Row> documents) {
    return analyze(documents, Options.builder().build());
  }

  /**
   * Adds the analysis columns to {@code documents}; see the class comment.
   *
   * @param documents rows with a string {@code text} column, optionally a {@code publicationDate}
   * @throws IllegalArgumentException if {@code documents} has no string {@code text} column, if
   *     its {@code publicationDate} is neither a date nor a string, or if it already has a column
   *     named like an analysis column
   */
  public static Dataset<Row> analyze(Dataset<Row> documents, Options options) {
    Objects.requireNonNull(documents, "documents");
    Objects.requireNonNull(options, "options");
    StructType input = documents.schema();
    List<String> names = Arrays.asList(input.fieldNames());
    int textIndex = names.indexOf("text");
    if (textIndex < 0 || !input.fields()[textIndex].dataType().equals(DataTypes.StringType)) {
      throw new IllegalArgumentException(
          "documents need a string column \"text\", got the columns " + input.simpleString());
    }
    int dateIndex = names.indexOf("publicationDate");
    if (dateIndex >= 0) {
      var type = input.fields()[dateIndex].dataType();
      if (!type.equals(DataTypes.DateType) && !type.equals(DataTypes.StringType)) {
        throw new IllegalArgumentException(
            "publicationDate must be a date or a YYYY-MM-DD string, got " + type.simpleString());
      }
    }
    List<StructField> fields = new ArrayList<>(Arrays.asList(input.fields()));
    for (StructField column : AnalysisRows.COLUMNS) {
      if (names.contains(column.name())) {
        throw new IllegalArgumentException("documents already have a column \"" + column.name()
            + "\", which the analysis adds; rename or drop it first");
      }
      fields.add(column);
    }
    boolean java8Dates = Boolean.parseBoolean(
        documents.sparkSession().conf().get("spark.sql.datetime.java8API.enabled", "false"));
    PartitionAnalyzer analyzer = new PartitionAnalyzer(
        textIndex, dateIndex, options.maxDocumentLength(), options.threadsPerTask(),
        new AnalysisRows.Dates(java8Dates));
    return documents.mapPartitions(analyzer, Encoders.row(DataTypes.createStructType(fields)));
  }

  /**
   * How the transformation runs. Immutable; build with {@link #builder()}.
   *
   * @param maxDocumentLength longest text analyzed, in UTF-16 chars; a longer one is a {@code
   *     too-long} error row
   * @param threadsPerTask analysis threads per Spark task; 1 (the default) analyzes on the task's
   *     own thread, so that Spark's cores per executor set the parallelism
   */
  public record Options(int maxDocumentLength, int threadsPerTask) implements java.io.Serializable {

    /**
     * @throws IllegalArgumentException if a value is below 1
     */
    public Options {
      if (maxDocumentLength < 1) {
        throw new IllegalArgumentException("maxDocumentLength must be at least 1, got " + maxDocumentLength);
      }
      if (threadsPerTask < 1) {
        throw new IllegalArgumentException("threadsPerTask must be at least 1, got " + threadsPerTask);
      }
    }

    /** A builder with the defaults: the library's maximum document length, one thread per task. */
    public static Builder builder() {
      return new Builder();
    }

    /** Builds {@link Options}. */
    public static final class Builder {
      private int maxDocumentLength = Hadath.Builder.DEFAULT_MAX_DOCUMENT_LENGTH;
      private int threadsPerTask = 1;

      private Builder() {}

      /** Longest text analyzed, UTF-16 chars, {@code >= 1}; default the library's. */
      public Builder maxDocumentLength(int maxDocumentLength) {
        this.maxDocumentLength = maxDocumentLength;
        return this;
      }

      /** Analysis threads per Spark task, {@code >= 1}; default 1. */
      public Builder threadsPerTask(int threadsPerTask) {
        this.threadsPerTask = threadsPerTask;
        return this;
      }

      /**
       * @throws IllegalArgumentException if a value is below 1
       */
      public Options build() {
        return new Options(maxDocumentLength, threadsPerTask);
      }
    }
  }
}
