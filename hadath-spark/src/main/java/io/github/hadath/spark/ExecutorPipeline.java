package io.github.hadath.spark;

import io.github.hadath.Hadath;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one {@link Hadath} of this JVM (a Spark executor, or the driver in local mode), loaded on
 * first use and shared by every task the JVM runs.
 *
 * <ul>
 *   <li>Loaded lazily, once: the holder-class idiom makes the JVM run the load exactly once, on
 *       the first task that needs it, while the other tasks wait; nothing is loaded on the driver
 *       of a cluster job.
 *   <li>Shared: {@link Hadath#analyze} is thread-safe, so concurrent tasks use one instance and an
 *       executor holds one copy of the models whatever its number of cores.
 *   <li>Built with the largest maximum document length: each task enforces its own limit before
 *       analysis, so one pipeline serves every limit.
 * </ul>
 */
final class ExecutorPipeline {

  private static final Logger LOG = LoggerFactory.getLogger(ExecutorPipeline.class);
  private static final AtomicInteger LOADS = new AtomicInteger();

  private ExecutorPipeline() {}

  private static final class Holder {
    static final Hadath HADATH = load();
  }

  private static Hadath load() {
    long start = System.nanoTime();
    Hadath hadath = Hadath.builder().maxDocumentLength(Integer.MAX_VALUE).build();
    LOADS.incrementAndGet();
    LOG.info("Hadath pipeline loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
    return hadath;
  }

  /** This JVM's pipeline, loading it on the first call. */
  static Hadath get() {
    return Holder.HADATH;
  }

  /** How many times this JVM loaded the pipeline: 0 before the first task, then 1. */
  static int loads() {
    return LOADS.get();
  }
}
