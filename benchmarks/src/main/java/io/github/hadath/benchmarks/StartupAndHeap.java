package io.github.hadath.benchmarks;

import io.github.hadath.Hadath;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * Start-up time and retained heap of a loaded Hadath pipeline, in a fresh JVM.
 *
 * <ul>
 *   <li>start-up: wall time of {@code Hadath.builder().build()} (every default model loaded from
 *       the classpath), with the CPU time of the calling thread and of the whole process (every
 *       thread: the default stages load in parallel, and GC and JIT run beside them), and the wall
 *       time of the first {@code analyze};
 *   <li>retained heap: heap in use after a full GC with the pipeline reachable, minus the same
 *       before it was built; measured again after one pass over the {@link Corpus} (the
 *       segmentation cache then holds the corpus' word types).
 * </ul>
 *
 * <p>Run with the heap a user would give it: {@code java -Xmx512m -cp
 * benchmarks/target/benchmarks.jar io.github.hadath.benchmarks.StartupAndHeap}.
 */
public final class StartupAndHeap {

  private StartupAndHeap() {}

  public static void main(String[] args) {
    List<String> documents = Corpus.documents();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);

    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long startProcessCpu = os.getProcessCpuTime();
    long startCpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    Hadath hadath = Hadath.builder().build();
    long loaded = System.nanoTime();
    long loadedCpu = threads.getCurrentThreadCpuTime();
    long loadedProcessCpu = os.getProcessCpuTime();
    hadath.analyze(documents.get(0));
    long firstAnalysis = System.nanoTime();
    long retained = usedAfterGc(memory) - before;

    for (String document : documents) {
      hadath.analyze(document);
    }
    long retainedAfterCorpus = usedAfterGc(memory) - before;

    System.out.printf(
        "max heap: %d MB%n"
            + "pipeline load (Hadath.builder().build()): %.2f s wall, %.2f s CPU of the calling thread,"
            + " %.2f s CPU of the process%n"
            + "first analyze (%d chars): %.2f s%n"
            + "retained heap of a loaded pipeline: %.1f MB%n"
            + "retained heap after one pass over the corpus: %.1f MB%n",
        Runtime.getRuntime().maxMemory() >> 20,
        (loaded - start) / 1e9,
        (loadedCpu - startCpu) / 1e9,
        (loadedProcessCpu - startProcessCpu) / 1e9,
        documents.get(0).length(),
        (firstAnalysis - loaded) / 1e9,
        retained / 1048576.0,
        retainedAfterCorpus / 1048576.0);
    // Keeps the pipeline reachable until after the last measurement.
    if (hadath.hashCode() == 42) {
      System.out.println();
    }
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
