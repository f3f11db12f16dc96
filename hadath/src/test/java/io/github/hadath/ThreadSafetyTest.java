package io.github.hadath;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One shared pipeline, eight threads: every result equals the single-threaded one. */
class ThreadSafetyTest {

  private static final String[] SENTENCES = {
    "تحتضن مراكش الدورة 93 للجمعية العامة للأنتربول ما بين ٢٤ و٢٧ نونبر 2025.",
    "وصل وزير الخارجية الأردني إلى الرباط يوم الاثنين.",
    "انطلقت في الدوحة أشغال القمة العربية بمشاركة وفود من مصر والسعودية وتونس.",
    "\u202Bعُقِدَ الاجتماعُ في بيروتَ\u202C أمس الأحد",
    "ا\uFEF7ردن تستضيف المؤتمر الدولي للمناخ في ١٠ مارس",
    "The meeting was held in Geneva.",
    "",
  };

  private static List<String> documents() {
    List<String> documents = new ArrayList<>(1000);
    for (int i = 0; i < 1000; i++) {
      String first = SENTENCES[i % SENTENCES.length];
      String second = SENTENCES[(i / SENTENCES.length) % SENTENCES.length];
      documents.add(first + (i % 3 == 0 ? "\n" : " ") + second + " " + i);
    }
    return documents;
  }

  @Test
  void eightThreadsSharingOnePipelineGetTheSingleThreadedResults() throws Exception {
    Hadath hadath = Pipelines.hadath();
    LocalDate published = LocalDate.of(2025, 11, 25);
    List<String> documents = documents();
    List<Analysis> expected = new ArrayList<>();
    for (String document : documents) {
      expected.add(hadath.analyze(document, published));
    }

    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<Analysis>> results = new ArrayList<>();
      for (String document : documents) {
        results.add(threads.submit(() -> hadath.analyze(document, published)));
      }
      for (int i = 0; i < documents.size(); i++) {
        Analysis analysis = results.get(i).get();
        WellFormed.assertWellFormed(analysis);
        assertThat(analysis).as("document %d", i).isEqualTo(expected.get(i));
      }
    } finally {
      threads.shutdownNow();
    }
    assertThat(expected.get(1).tokens()).isNotEmpty();
  }
}
