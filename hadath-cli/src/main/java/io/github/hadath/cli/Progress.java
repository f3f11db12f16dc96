package io.github.hadath.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A one-line progress bar on standard error for batches: documents done, failures, rate and ETA.
 *
 * <p>Redrawn at most five times a second with a carriage return; the last draw is followed by a
 * newline. Not thread-safe: only the thread that writes the output calls it.
 */
final class Progress {

  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int BAR_WIDTH = 24;

  private final PrintStream err;
  private final long total;
  private final long startNanos = System.nanoTime();
  private long lastDraw;
  private long done;
  private long failed;

  /**
   * @param total the number of documents expected, or -1 when unknown (no bar and no ETA then)
   */
  Progress(PrintStream err, long total) {
    this.err = err;
    this.total = total;
  }

  /** True when standard error is a terminal (Linux: fd 2 is a tty or pseudo-terminal). */
  static boolean stderrIsTerminal() {
    try {
      String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  /** Counts one finished document. */
  void documentDone(boolean succeeded) {
    done++;
    if (!succeeded) {
      failed++;
    }
    long now = System.nanoTime();
    if (now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw(now);
    }
  }

  /** Draws the final state and ends the line. */
  void finish() {
    draw(System.nanoTime());
    err.println();
  }

  private void draw(long now) {
    double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
    double rate = done / seconds;
    StringBuilder line = new StringBuilder("\r");
    if (total > 0) {
      int filled = (int) Math.min(BAR_WIDTH, BAR_WIDTH * done / total);
      line.append('[').append("#".repeat(filled)).append(".".repeat(BAR_WIDTH - filled)).append("] ");
      line.append(done).append('/').append(total);
    } else {
      line.append(done);
    }
    line.append(" docs");
    if (failed > 0) {
      line.append(", ").append(failed).append(" failed");
    }
    line.append(String.format(Locale.ROOT, ", %.1f docs/s", rate));
    if (total > 0 && rate > 0 && done < total) {
      line.append(", ETA ").append(duration((long) ((total - done) / rate)));
    } else {
      line.append(", ").append(duration((long) seconds));
    }
    line.append("   ");
    err.print(line);
    err.flush();
  }

  private static String duration(long seconds) {
    return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}
