package io.github.hadath;

import io.github.hadath.event.Event;
import io.github.hadath.event.EventExtractor;
import io.github.hadath.event.TopicTaxonomy;
import io.github.hadath.ner.EntityMention;
import io.github.hadath.ner.EntityRecognizer;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;
import io.github.hadath.time.TimeAnalysis;
import io.github.hadath.time.TimeExpressionReader;
import io.github.hadath.tokenize.ArabicTokenizer;
import io.github.hadath.tokenize.CoreNlpArabicTokenizer;
import io.github.hadath.tokenize.TokenizedText;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Hadath's pipeline: normalization, tokenization, entity recognition, time expressions and events.
 *
 * <p>Build one with {@link #builder()} (loading takes a few seconds: the CoreNLP segmenter and the
 * NER model, which load in parallel) and share it: {@link #analyze} is thread-safe and keeps no
 * state between calls. {@link #analyzeAll} runs a batch of any size on several threads, results in
 * input order.
 *
 * <pre>{@code
 * Hadath hadath = Hadath.builder().build();
 * Analysis analysis = hadath.analyze(text, LocalDate.of(2025, 11, 25));
 * }</pre>
 */
public final class Hadath {

  private final ArabicTextNormalizer normalizer = new ArabicTextNormalizer();
  private final ArabicTokenizer tokenizer;
  private final EntityRecognizer entityRecognizer;
  private final TimeExpressionReader timeReader;
  private final EventExtractor eventExtractor;
  private final int maxDocumentLength;

  private Hadath(Builder builder) {
    this.maxDocumentLength = builder.maxDocumentLength;
    // The default entity recognizer (CRF model and gazetteers) is the slowest stage to load, about
    // 2 s of CPU: it loads on a thread of its own while this one loads the other stages.
    CompletableFuture<EntityRecognizer> entities = builder.entityRecognizer != null
        ? CompletableFuture.completedFuture(builder.entityRecognizer)
        : CompletableFuture.supplyAsync(Defaults::entityRecognizer, Hadath::startLoaderThread);
    try {
      this.tokenizer = orDefault(builder.tokenizer, CoreNlpArabicTokenizer::new);
      this.timeReader = orDefault(builder.timeReader, Defaults::timeReader);
      this.eventExtractor = orDefault(builder.eventExtractor,
          () -> Defaults.eventExtractor(builder.eventTemplates, builder.topicTaxonomy));
    } catch (RuntimeException | Error e) {
      // Waits for the loader so that no thread outlives build(); this failure is the one reported.
      try {
        entities.join();
      } catch (CompletionException loadFailure) {
        e.addSuppressed(loadFailure.getCause());
      }
      throw e;
    }
    this.entityRecognizer = await(entities);
  }

  private static <T> T orDefault(T given, Supplier<T> fallback) {
    return given != null ? given : fallback.get();
  }

  private static void startLoaderThread(Runnable load) {
    Thread thread = new Thread(load, "hadath-entity-recognizer-loader");
    thread.setDaemon(true);
    thread.start();
  }

  /** The value of {@code future}, or the exception its task threw, as thrown (not wrapped). */
  private static <T> T await(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /** A builder whose defaults load every model from the classpath. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Analyzes {@code text}, taking the document date from its dateline when it has one.
   *
   * @param text the document, at most {@link Builder#maxDocumentLength} UTF-16 chars; may be empty
   *     or not Arabic (the result is then empty)
   * @throws NullPointerException if {@code text} is null
   * @throws DocumentTooLongException if {@code text} is longer than the maximum document length
   */
  public Analysis analyze(String text) {
    return analyze(text, null);
  }

  /**
   * Analyzes {@code text} published on {@code publicationDate}.
   *
   * @param text the document, at most {@link Builder#maxDocumentLength} UTF-16 chars; may be empty
   *     or not Arabic (the result is then empty)
   * @param publicationDate the date relative expressions and year-less dates are anchored on, or
   *     null to look for a dateline in the text
   * @throws NullPointerException if {@code text} is null
   * @throws DocumentTooLongException if {@code text} is longer than the maximum document length
   */
  public Analysis analyze(String text, LocalDate publicationDate) {
    Objects.requireNonNull(text, "text");
    if (text.length() > maxDocumentLength) {
      throw new DocumentTooLongException(text.length(), maxDocumentLength);
    }
    NormalizedText normalized = normalizer.normalize(text);
    TokenizedText tokenized = tokenizer.tokenize(normalized);
    List<EntityMention> entities = entityRecognizer.recognize(tokenized);
    TimeAnalysis times = timeReader.read(tokenized, publicationDate);
    List<Event> events = eventExtractor.extract(tokenized, entities, times);
    return new Analysis(
        text,
        times.documentDate(),
        tokenized.sentences(),
        tokenized.words(),
        tokenized.tokens(),
        entities,
        times.expressions(),
        events);
  }

  /**
   * Analyzes a batch of documents on {@code threads} worker threads; see {@link
   * #analyzeAll(Stream, DocumentLoader, int)}.
   *
   * @param documents the documents, read lazily as results are consumed
   * @param threads worker threads, {@code >= 1}; 1 analyzes on the consuming thread
   * @return one result per document, in input order
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public Stream<BatchResult<Document>> analyzeAll(Stream<Document> documents, int threads) {
    return analyzeAll(documents, document -> document, threads);
  }

  /**
   * Analyzes a batch of inputs on {@code threads} worker threads, reading each input's document
   * with {@code loader} on the worker.
   *
   * <ul>
   *   <li>One result per input, in input order, whatever the number of threads.
   *   <li>A document that fails (the loader throws, the text is too long, the pipeline fails) is a
   *       result with its {@link BatchResult#failure()}; the batch goes on.
   *   <li>Bounded memory: inputs are pulled from {@code inputs} only as results are consumed, at
   *       most four per thread ahead, so an archive of any size streams through.
   *   <li>The returned stream is sequential and lazy; closing it (try-with-resources) cancels what
   *       is in flight, closes {@code inputs} and ends the worker threads, which otherwise end
   *       after a second idle.
   * </ul>
   *
   * @param inputs the inputs (paths, rows, records), read lazily
   * @param loader reads an input's document; it runs on the worker threads
   * @param threads worker threads, {@code >= 1}; 1 loads and analyzes on the consuming thread
   * @param <T> the type of the inputs
   * @throws IllegalArgumentException if {@code threads < 1}
   * @throws NullPointerException if an argument is null
   */
  public <T> Stream<BatchResult<T>> analyzeAll(
      Stream<T> inputs, DocumentLoader<? super T> loader, int threads) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(loader, "loader");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, got " + threads);
    }
    OrderedBatch<T> batch = new OrderedBatch<>(this, inputs.iterator(), loader, threads);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(batch, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(batch::close)
        .onClose(inputs::close);
  }

  /** The tokenizer this pipeline runs, for running one stage on its own (benchmarks, evaluation). */
  public ArabicTokenizer tokenizer() {
    return tokenizer;
  }

  /** The entity recognizer this pipeline runs. */
  public EntityRecognizer entityRecognizer() {
    return entityRecognizer;
  }

  /** The time expression reader this pipeline runs. */
  public TimeExpressionReader timeReader() {
    return timeReader;
  }

  /** The event extractor this pipeline runs. */
  public EventExtractor eventExtractor() {
    return eventExtractor;
  }

  /**
   * Configures a {@link Hadath}. Every stage left unset gets its default, loaded from the
   * classpath.
   */
  public static final class Builder {
    /** The default {@link #maxDocumentLength}: 5,000,000 UTF-16 chars, about 10 MB of UTF-8 Arabic. */
    public static final int DEFAULT_MAX_DOCUMENT_LENGTH = 5_000_000;

    private ArabicTokenizer tokenizer;
    private EntityRecognizer entityRecognizer;
    private TimeExpressionReader timeReader;
    private EventExtractor eventExtractor;
    private int maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private final List<Path> eventTemplates = new ArrayList<>();
    private TopicTaxonomy topicTaxonomy;

    private Builder() {}

    /**
     * Sets the longest document {@link Hadath#analyze} accepts, so that a runaway input fails
     * at once with a clear error instead of exhausting memory (an analysis keeps several objects
     * per token). Default {@value #DEFAULT_MAX_DOCUMENT_LENGTH}.
     *
     * @param maxDocumentLength UTF-16 chars, {@code >= 1}
     * @throws IllegalArgumentException if {@code maxDocumentLength < 1}
     */
    public Builder maxDocumentLength(int maxDocumentLength) {
      if (maxDocumentLength < 1) {
        throw new IllegalArgumentException(
            "maxDocumentLength must be at least 1, got " + maxDocumentLength);
      }
      this.maxDocumentLength = maxDocumentLength;
      return this;
    }

    /** Replaces the default CoreNLP tokenizer. */
    public Builder tokenizer(ArabicTokenizer tokenizer) {
      this.tokenizer = Objects.requireNonNull(tokenizer, "tokenizer");
      return this;
    }

    /** Replaces the default entity recognizer. */
    public Builder entityRecognizer(EntityRecognizer entityRecognizer) {
      this.entityRecognizer = Objects.requireNonNull(entityRecognizer, "entityRecognizer");
      return this;
    }

    /** Replaces the default time expression reader. */
    public Builder timeReader(TimeExpressionReader timeReader) {
      this.timeReader = Objects.requireNonNull(timeReader, "timeReader");
      return this;
    }

    /** Replaces the default event extractor. */
    public Builder eventExtractor(EventExtractor eventExtractor) {
      this.eventExtractor = Objects.requireNonNull(eventExtractor, "eventExtractor");
      return this;
    }

    /**
     * Adds event types from template files, next to the bundled ones (format: docs/events.md).
     * Ignored when {@link #eventExtractor} replaces the default extractor.
     *
     * @param files UTF-8 template files; each is read by {@link #build()}, which throws {@link
     *     io.github.hadath.event.TemplateFormatException} naming the file and line of an unknown key
     */
    public Builder eventTemplates(Path... files) {
      for (Path file : files) {
        eventTemplates.add(Objects.requireNonNull(file, "file"));
      }
      return this;
    }

    /**
     * Replaces the bundled topic taxonomy; to extend it instead, pass {@code
     * TopicTaxonomy.defaults().extendedWith(TopicTaxonomy.read(file))}. Ignored when {@link
     * #eventExtractor} replaces the default extractor.
     */
    public Builder topicTaxonomy(TopicTaxonomy taxonomy) {
      this.topicTaxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
      return this;
    }

    /**
     * Builds the pipeline, loading the models of every default stage.
     *
     * <p>Default models load in parallel: the default entity recognizer (the slowest, about 2 s of
     * CPU) on a thread of its own, the other default stages on the calling thread. That thread has
     * finished when this method returns or throws, and an exception it threw is rethrown here as
     * is. Stages given to the builder are used as given; when the entity recognizer is given, no
     * thread is started.
     *
     * @throws java.io.UncheckedIOException if a bundled model cannot be read
     * @throws io.github.hadath.event.TemplateFormatException if an {@link #eventTemplates} file
     *     has an unknown key
     */
    public Hadath build() {
      return new Hadath(this);
    }
  }
}
