package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class CrfViterbiDecoderTest {

  /** The bundled model, loaded once for all tests. */
  private static final class Model {
    static final CRFClassifier<CoreLabel> CLASSIFIER = load();
    static final CrfViterbiDecoder DECODER = new CrfViterbiDecoder(CLASSIFIER);

    private static CRFClassifier<CoreLabel> load() {
      try (InputStream in =
          new GZIPInputStream(
              new BufferedInputStream(
                  CrfViterbiDecoderTest.class
                      .getClassLoader()
                      .getResourceAsStream(CrfEntityRecognizer.DEFAULT_MODEL)))) {
        return CRFClassifier.getClassifier(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /** CoreNLP's labels for the tokens, on tokens of their own (also read by the corpus tests). */
  static List<String> coreNlp(List<String> tokens) {
    List<String> labels = new ArrayList<>();
    for (CoreLabel label : Model.CLASSIFIER.classify(CrfEntityRecognizer.toLabels(tokens))) {
      labels.add(label.get(CoreAnnotations.AnswerAnnotation.class));
    }
    return labels;
  }

  /** The decoder's labels for the tokens, with the bundled model. */
  static List<String> decoded(List<String> tokens) {
    return Model.DECODER.bestLabels(CrfEntityRecognizer.toLabels(tokens));
  }

  @Test
  void personAndPlaceAreTheLabelsCoreNlpGives() {
    List<String> tokens = List.of("وقال", "الرئيس", "الفرنسي", "جاك", "شيراك", "في", "باريس", ".");

    assertThat(decoded(tokens))
        .containsExactly("O", "O", "O", "B-PERS", "I-PERS", "O", "B-LOC", "O")
        .isEqualTo(coreNlp(tokens));
  }

  @Test
  void organizationOfThreeWordsIsTheLabelsCoreNlpGives() {
    List<String> tokens =
        List.of("وأعلنت", "منظمة", "الصحة", "العالمية", "أمس", "أن", "المرض", "انتشر", ".");

    assertThat(decoded(tokens))
        .containsExactly("O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O")
        .isEqualTo(coreNlp(tokens));
  }

  @Test
  void oneTokenSentenceStartsAfterTheBackground() {
    List<String> tokens = List.of("بالأردن");

    assertThat(decoded(tokens)).containsExactly("B-LOC").isEqualTo(coreNlp(tokens));
  }

  @Test
  void emptySentenceHasNoLabels() {
    assertThat(decoded(List.of())).isEmpty();
  }

  @Test
  void longSentenceWithoutPunctuationIsTheLabelsCoreNlpGives() {
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      tokens.addAll(List.of("التقى", "الملك", "عبد", "الله", "الثاني", "وفدا", "من", "الاتحاد",
          "الأوروبي", "في", "عمان"));
    }

    List<String> labels = decoded(tokens);

    assertThat(labels).hasSize(550).isEqualTo(coreNlp(tokens));
    assertThat(labels.subList(0, 11))
        .containsExactly("O", "O", "B-PERS", "I-PERS", "I-PERS", "O", "O", "B-ORG", "I-ORG", "O",
            "B-LOC");
  }

  @Test
  void nonArabicTokensAreTheLabelsCoreNlpGives() {
    List<String> tokens = List.of("The", "summit", "1999", "،", "«", "UN", "»", "-", "١٢");

    // The labels themselves are the model's business (the shipped model has changed them); that
    // the decoder gives CoreNLP's, on tokens no Arabic feature fires for, is the rule tested here.
    assertThat(decoded(tokens))
        .hasSize(9)
        .startsWith("O", "O", "O")
        .isEqualTo(coreNlp(tokens));
  }
}
