package io.github.hadath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.hadath.ner.EntityMention;
import java.io.FileNotFoundException;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@link Hadath#analyzeAll}: input order, one result per input, failures as results, laziness. */
class BatchAnalysisTest {

  private static final List<String> TEXTS = List.of(
      "تحتضن مراكش الدورة 93 للجمعية العامة للأنتربول ما بين 24 و27 نونبر 2025.",
      "وصل وزير الخارجية الأردني إلى الرباط يوم الاثنين.",
      "انطلقت في الدوحة أشغال القمة العربية بمشاركة وفود من مصر والسعودية وتونس.",
      "",
      "The meeting was held in Geneva.");

  private final Hadath hadath = Pipelines.hadath();

  @Test
  void resultsComeInInputOrderAndEqualSingleAnalyses() {
    List<Document> documents = IntStream.range(0, 40)
        .mapToObj(i -> new Document("d" + i, TEXTS.get(i % TEXTS.size()), LocalDate.of(2025, 11, 20)))
        .toList();

    List<BatchResult<Document>> results;
    try (Stream<BatchResult<Document>> stream = hadath.analyzeAll(documents.stream(), 2)) {
      results = stream.toList();
    }

    assertThat(results).hasSize(40);
    for (int i = 0; i < 40; i++) {
      BatchResult<Document> result = results.get(i);
      assertThat(result.input().id()).isEqualTo("d" + i);
      assertThat(result.succeeded()).isTrue();
      WellFormed.assertWellFormed(result.analysis());
      assertThat(result.analysis())
          .isEqualTo(hadath.analyze(documents.get(i).text(), LocalDate.of(2025, 11, 20)));
    }
  }

  @Test
  void aFailingLoaderFailsItsInputOnly() {
    List<String> paths = List.of("a.txt", "missing.txt", "c.txt");

    List<BatchResult<String>> results = hadath.analyzeAll(paths.stream(), path -> {
      if (path.startsWith("missing")) {
        throw new FileNotFoundException(path);
      }
      return Document.of(TEXTS.get(1));
    }, 2).toList();

    assertThat(results).extracting(BatchResult::input).containsExactly("a.txt", "missing.txt", "c.txt");
    assertThat(results).extracting(BatchResult::succeeded).containsExactly(true, false, true);
    assertThat(results.get(1).failure()).isInstanceOf(FileNotFoundException.class).hasMessage("missing.txt");
    assertThat(results.get(1).document()).isNull();
    assertThat(results.get(2).analysis().entities()).extracting(EntityMention::text).contains("الرباط");
  }

  @Test
  void aTooLongDocumentFailsWithItsLength() {
    Hadath small = Hadath.builder()
        .tokenizer(Pipelines.tokenizer())
        .entityRecognizer(hadath.entityRecognizer())
        .maxDocumentLength(20)
        .build();

    List<BatchResult<Document>> results =
        small.analyzeAll(Stream.of(Document.of("القمة"), Document.of(TEXTS.get(2))), 1).toList();

    assertThat(results.get(0).succeeded()).isTrue();
    assertThat(results.get(1).failure())
        .isInstanceOfSatisfying(DocumentTooLongException.class, e -> assertThat(e.length()).isEqualTo(TEXTS.get(2).length()));
    assertThat(results.get(1).document().text()).isEqualTo(TEXTS.get(2));
  }

  @Test
  void inputsArePulledOnlyAsResultsAreConsumed() {
    AtomicInteger pulled = new AtomicInteger();
    Stream<Document> endless = Stream.generate(() -> {
      pulled.incrementAndGet();
      return Document.of(TEXTS.get(1));
    });

    try (Stream<BatchResult<Document>> results = hadath.analyzeAll(endless, 2)) {
      assertThat(results.limit(3).count()).isEqualTo(3);
    }

    // Three consumed plus at most four per thread read ahead.
    assertThat(pulled.get()).isBetween(3, 3 + 2 * OrderedBatch.IN_FLIGHT_PER_THREAD);
  }

  @Test
  void fewerThanOneThreadIsRejected() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> hadath.analyzeAll(Stream.of(Document.of("نص")), 0))
        .withMessage("threads must be at least 1, got 0");
  }
}
