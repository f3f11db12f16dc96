package io.github.hadath.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.hadath.Pipelines;
import io.github.hadath.TestData;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The per-word segmentation cache of {@link CoreNlpArabicTokenizer} on real news sentences: the
 * first 150 sentences of the ANERcorp test split (CC BY-SA 4.0), read from the data directory.
 */
class SegmentationCacheTest {

  private static final ArabicTextNormalizer NORMALIZER = new ArabicTextNormalizer();

  private static List<String> sentences;

  @BeforeAll
  static void readSentences() throws IOException {
    sentences = new ArrayList<>();
    StringBuilder sentence = new StringBuilder();
    for (String line : Files.readAllLines(
        TestData.require("ANERcorp-CamelLabSplits/ANERCorp_CamelLab_test.txt"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (sentence.length() > 0) {
          sentences.add(sentence.toString());
          sentence.setLength(0);
        }
        if (sentences.size() == 150) {
          break;
        }
      } else {
        // "word TAG": the word is everything before the last space.
        sentence.append(sentence.length() > 0 ? " " : "")
            .append(line, 0, line.lastIndexOf(' '));
      }
    }
  }

  private static List<Token> tokens(CoreNlpArabicTokenizer tokenizer, String text) {
    return tokenizer.tokenize(NORMALIZER.normalize(text)).tokens();
  }

  @Test
  void cachedAndUncachedSegmentationAreIdentical() {
    CoreNlpArabicTokenizer cached = Pipelines.tokenizer().withCacheSize(100_000);
    CoreNlpArabicTokenizer uncached = Pipelines.tokenizer().withCacheSize(0);
    // Twice through the cached one: the second pass reads every word from the cache.
    for (int pass = 0; pass < 2; pass++) {
      for (String sentence : sentences) {
        assertThat(tokens(cached, sentence)).isEqualTo(tokens(uncached, sentence));
      }
    }
    assertThat(uncached.cachedWordTypes()).isZero();
  }

  @Test
  void perWordSegmentationAgreesWithWholeLineSegmentationOnAtLeast995PercentOfWords() {
    CoreNlpArabicTokenizer perWord = Pipelines.tokenizer();
    CoreNlpArabicTokenizer wholeLine = Pipelines.tokenizer().lineByLine();
    int words = 0;
    int agreeing = 0;
    for (String sentence : sentences) {
      NormalizedText text = NORMALIZER.normalize(sentence);
      TokenizedText a = perWord.tokenize(text);
      TokenizedText b = wholeLine.tokenize(text);
      for (Token token : a.tokens()) {
        assertThat(token.span().coveredText(sentence)).isEqualTo(token.text());
      }
      List<List<String>> aWords = byWhitespaceWord(sentence, a.tokens());
      List<List<String>> bWords = byWhitespaceWord(sentence, b.tokens());
      assertThat(aWords).hasSameSizeAs(bWords);
      for (int w = 0; w < aWords.size(); w++) {
        words++;
        if (aWords.get(w).equals(bWords.get(w))) {
          agreeing++;
        }
      }
    }
    assertThat(words).isGreaterThan(3_000);
    assertThat(agreeing * 1000L).isGreaterThanOrEqualTo(995L * words);
  }

  /**
   * Groups tokens by the space-separated word of {@code text} they start in, each token as its
   * form, span and role (its document index shifts after any difference, so it is left out).
   */
  private static List<List<String>> byWhitespaceWord(String text, List<Token> tokens) {
    List<List<String>> words = new ArrayList<>();
    int wordEnd = -1;
    for (Token token : tokens) {
      if (token.span().begin() >= wordEnd) {
        words.add(new ArrayList<>());
        int end = text.indexOf(' ', token.span().begin());
        wordEnd = end < 0 ? text.length() : end;
      }
      words.get(words.size() - 1).add(token.form() + token.span() + token.role());
    }
    return words;
  }

  @Test
  void cacheNeverHoldsMoreWordTypesThanItsSize() {
    CoreNlpArabicTokenizer small = Pipelines.tokenizer().withCacheSize(20);
    for (String sentence : sentences.subList(0, 30)) {
      tokens(small, sentence);
    }
    assertThat(small.cachedWordTypes()).isBetween(1L, 20L);
  }

  @Test
  void threadsSharingOneSmallCacheGetTheSingleThreadedTokens() throws Exception {
    List<String> sample = sentences.subList(0, 40);
    CoreNlpArabicTokenizer reference = Pipelines.tokenizer().withCacheSize(0);
    List<List<Token>> expected = sample.stream().map(s -> tokens(reference, s)).toList();
    // A cache far smaller than the vocabulary forces evictions while the threads read it.
    CoreNlpArabicTokenizer shared = Pipelines.tokenizer().withCacheSize(16);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<Token>>>> results = new ArrayList<>();
      for (int thread = 0; thread < 4; thread++) {
        results.add(pool.submit(() -> sample.stream().map(s -> tokens(shared, s)).toList()));
      }
      for (Future<List<List<Token>>> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void negativeCacheSizeIsRejectedWithTheValue() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> Pipelines.tokenizer().withCacheSize(-1))
        .withMessageContaining("-1");
  }
}
