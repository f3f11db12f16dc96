package io.github.hadath;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The iterator behind {@link Hadath#analyzeAll}: inputs are loaded and analyzed on {@code threads}
 * workers and their results come back in input order.
 *
 * <ul>
 *   <li>Bounded memory: at most {@value #IN_FLIGHT_PER_THREAD} inputs per worker are read ahead of
 *       the caller, whatever the batch's size.
 *   <li>With one thread, every input is loaded and analyzed on the caller's thread, when {@link
 *       #next()} asks for it; no thread is started.
 *   <li>Workers are daemon threads that end when idle for a second, so an iterator the caller
 *       abandons leaves no thread behind; {@link #close()} ends them at once.
 * </ul>
 */
final class OrderedBatch<T> implements Iterator<BatchResult<T>>, AutoCloseable {

  static final int IN_FLIGHT_PER_THREAD = 4;

  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Hadath hadath;
  private final Iterator<? extends T> inputs;
  private final DocumentLoader<? super T> loader;
  private final int threads;
  private final ThreadPoolExecutor workers;
  private final Deque<Future<BatchResult<T>>> pending = new ArrayDeque<>();

  OrderedBatch(Hadath hadath, Iterator<? extends T> inputs, DocumentLoader<? super T> loader, int threads) {
    this.hadath = hadath;
    this.inputs = inputs;
    this.loader = loader;
    this.threads = threads;
    if (threads == 1) {
      this.workers = null;
    } else {
      int pool = POOLS.incrementAndGet();
      AtomicInteger count = new AtomicInteger();
      this.workers = new ThreadPoolExecutor(threads, threads, 1, TimeUnit.SECONDS,
          new LinkedBlockingQueue<>(), runnable -> {
            Thread thread = new Thread(runnable, "hadath-batch-" + pool + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });
      this.workers.allowCoreThreadTimeOut(true);
    }
  }

  @Override
  public boolean hasNext() {
    return !pending.isEmpty() || inputs.hasNext();
  }

  @Override
  public BatchResult<T> next() {
    if (workers == null) {
      return process(inputs.next());
    }
    fill();
    if (pending.isEmpty()) {
      throw new NoSuchElementException();
    }
    BatchResult<T> result = await(pending.poll());
    fill();
    return result;
  }

  private void fill() {
    while (pending.size() < IN_FLIGHT_PER_THREAD * threads && inputs.hasNext()) {
      T input = inputs.next();
      pending.add(workers.submit(() -> process(input)));
    }
  }

  private static <R> R await(Future<R> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a document's analysis", e);
    } catch (ExecutionException e) {
      // process() turns every failure of a document into its result; what reaches here is a bug.
      throw new IllegalStateException("batch worker failed", e.getCause());
    }
  }

  /** Loads and analyzes one input; never throws for a bad input. */
  private BatchResult<T> process(T input) {
    Document document;
    try {
      document = loader.load(input);
      if (document == null) {
        throw new NullPointerException("the document loader returned null for " + input);
      }
    } catch (Exception e) {
      return new BatchResult<>(input, null, null, e);
    }
    try {
      return new BatchResult<>(input, document, hadath.analyze(document.text(), document.publicationDate()), null);
    } catch (DocumentTooLongException e) {
      return new BatchResult<>(input, document, null, e);
    } catch (RuntimeException | StackOverflowError e) {
      return new BatchResult<>(input, document, null,
          new AnalysisFailedException("analysis failed on a document of " + document.text().length()
              + " chars: " + e, e));
    } catch (OutOfMemoryError e) {
      // This document's analysis is garbage now; the batch can go on.
      return new BatchResult<>(input, document, null,
          new AnalysisFailedException("out of memory on a document of " + document.text().length()
              + " chars; give Java more heap (-Xmx) or lower maxDocumentLength", e));
    }
  }

  /** Cancels what is in flight and ends the workers. */
  @Override
  public void close() {
    if (workers != null) {
      pending.forEach(future -> future.cancel(true));
      pending.clear();
      workers.shutdownNow();
    }
  }
}
