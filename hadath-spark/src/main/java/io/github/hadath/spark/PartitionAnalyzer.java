package io.github.hadath.spark;

import io.github.hadath.AnalysisFailedException;
import io.github.hadath.BatchResult;
import io.github.hadath.Document;
import io.github.hadath.DocumentTooLongException;
import io.github.hadath.Hadath;
import io.github.hadath.spark.AnalysisRows.ErrorType;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.TaskCompletionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Analyzes one partition: its rows stream through {@link io.github.hadath.Hadath#analyzeAll} on the
 * executor's shared pipeline, and each comes out, in order, as the input row with the analysis
 * columns appended.
 *
 * <p>A row that cannot be analyzed (null or empty text, a text over the limit, a publication date
 * that is not a date, a pipeline failure) gets its {@code error} and null analysis columns; the
 * task goes on. Only a failure to load the pipeline fails the task, since then no row can be
 * analyzed.
 */
final class PartitionAnalyzer implements MapPartitionsFunction<Row, Row> {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(PartitionAnalyzer.class);

  private final int textIndex;
  private final int dateIndex;
  private final int maxLength;
  private final int threads;
  private final AnalysisRows.Dates dates;

  /**
   * @param textIndex position of the {@code text} column in the input rows
   * @param dateIndex position of the {@code publicationDate} column, or -1 when there is none
   * @param maxLength longest text analyzed, in UTF-16 chars
   * @param threads analysis threads per task
   */
  PartitionAnalyzer(int textIndex, int dateIndex, int maxLength, int threads, AnalysisRows.Dates dates) {
    this.textIndex = textIndex;
    this.dateIndex = dateIndex;
    this.maxLength = maxLength;
    this.threads = threads;
    this.dates = dates;
  }

  /** A row that is not a document: the message says why. */
  private static final class BadRecordException extends Exception {
    private static final long serialVersionUID = 1L;

    BadRecordException(String message) {
      super(message, null, false, false);
    }
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    Stream<Row> inputs = StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(rows, Spliterator.ORDERED), false);
    Hadath hadath = ExecutorPipeline.get();
    long start = System.nanoTime();
    ThreadMXBean cpuClock = ManagementFactory.getThreadMXBean();
    long cpuStart = cpuClock.isCurrentThreadCpuTimeSupported() ? cpuClock.getCurrentThreadCpuTime() : -1;
    Stream<BatchResult<Row>> results = hadath.analyzeAll(inputs, this::document, threads);
    TaskContext task = TaskContext.get();
    if (task != null) {
      // Ends the batch's worker threads when the task ends early (a limit, a failure elsewhere).
      task.addTaskCompletionListener((TaskCompletionListener) context -> results.close());
    }
    Iterator<BatchResult<Row>> iterator = results.iterator();
    return new Iterator<>() {
      private long documents;
      private boolean done;

      @Override
      public boolean hasNext() {
        boolean more = iterator.hasNext();
        if (!more && !done) {
          done = true;
          results.close();
          // With one thread per task the analysis runs on this thread (with Spark's reading and
          // writing of the same rows), so its CPU time is their cost whatever else the machine
          // runs; the wall-clock time is not, on a busy machine.
          String cpu = cpuStart < 0 || threads != 1
              ? "n/a"
              : (cpuClock.getCurrentThreadCpuTime() - cpuStart) / 1_000_000 + " ms";
          LOG.info("partition {}: {} documents analyzed in {} ms, CPU time of the task thread {}",
              task == null ? "?" : task.partitionId(), documents, (System.nanoTime() - start) / 1_000_000, cpu);
        }
        return more;
      }

      @Override
      public Row next() {
        documents++;
        return output(iterator.next());
      }
    };
  }

  private Document document(Row row) throws BadRecordException {
    Object text = row.get(textIndex);
    if (text == null) {
      throw new BadRecordException("text is null");
    }
    if (!(text instanceof String string)) {
      throw new BadRecordException("text is not a string but " + text.getClass().getSimpleName());
    }
    if (string.isEmpty()) {
      throw new BadRecordException("text is empty");
    }
    if (string.length() > maxLength) {
      throw new DocumentTooLongException(string.length(), maxLength);
    }
    return new Document(null, string, publicationDate(row));
  }

  private LocalDate publicationDate(Row row) throws BadRecordException {
    Object value = dateIndex < 0 ? null : row.get(dateIndex);
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate date) {
      return date;
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof String string) {
      try {
        return LocalDate.parse(string);
      } catch (DateTimeParseException e) {
        throw new BadRecordException("publicationDate is not YYYY-MM-DD: " + string);
      }
    }
    throw new BadRecordException("publicationDate is not a date or a YYYY-MM-DD string but "
        + value.getClass().getSimpleName());
  }

  private Row output(BatchResult<Row> result) {
    Object[] analysis;
    if (result.succeeded()) {
      analysis = AnalysisRows.analyzed(result.analysis(), dates);
    } else {
      Exception failure = result.failure();
      if (failure instanceof BadRecordException) {
        analysis = AnalysisRows.failed(ErrorType.BAD_RECORD, failure.getMessage());
      } else if (failure instanceof DocumentTooLongException) {
        analysis = AnalysisRows.failed(ErrorType.TOO_LONG, failure.getMessage());
      } else if (failure instanceof AnalysisFailedException) {
        analysis = AnalysisRows.failed(ErrorType.ANALYSIS_FAILED, failure.getMessage());
      } else {
        analysis = AnalysisRows.failed(ErrorType.ANALYSIS_FAILED, "analysis failed: " + failure);
      }
    }
    Row input = result.input();
    Object[] values = new Object[input.length() + analysis.length];
    for (int i = 0; i < input.length(); i++) {
      values[i] = input.get(i);
    }
    System.arraycopy(analysis, 0, values, input.length(), analysis.length);
    return RowFactory.create(values);
  }
}
