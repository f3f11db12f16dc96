package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import io.github.hadath.TestData;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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

  /** CoreNLP's labels for the tokens, on tokens of their own. */
  private static List<String> coreNlp(List<String> tokens) {
    List<String> labels = new ArrayList<>();
    for (CoreLabel label : Model.CLASSIFIER.classify(CrfEntityRecognizer.toLabels(tokens))) {
      labels.add(label.get(CoreAnnotations.AnswerAnnotation.class));
    }
    return labels;
  }

  private static List<String> decoded(List<String> tokens) {
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

  /**
   * Every token of the ANERcorp test split (CAMeL Lab split), each sentence as the corpus gives
   * it: the decoder's label equals CoreNLP's. Skipped without the data directory.
   */
  @Test
  void everyLabelOfTheAnercorpTestSplitIsCoreNlps() {
    List<LabeledSentence> sentences =
        ConllCorpus.read(
            TestData.require("ANERcorp-CamelLabSplits/ANERCorp_CamelLab_test.txt"));
    int compared = 0;
    List<String> differences = new ArrayList<>();
    for (LabeledSentence sentence : sentences) {
      List<String> expected = coreNlp(sentence.tokens());
      List<String> actual = decoded(sentence.tokens());
      assertThat(actual).hasSameSizeAs(expected);
      for (int i = 0; i < expected.size(); i++) {
        compared++;
        if (!expected.get(i).equals(actual.get(i))) {
          differences.add(sentence.tokens().get(i) + " " + expected.get(i) + "→" + actual.get(i));
        }
      }
    }

    assertThat(compared).isEqualTo(25_008);
    assertThat(differences).isEqualTo(Collections.emptyList());
  }

  /**
   * A model of another order than the bundled one's ({@code maxLeft} 2: label triples), trained briefly on the first 300 sentences of the ANERcorp train split: on the
   * first 200 test sentences the decoder's labels equal CoreNLP's. Skipped without the data.
   */
  @Test
  @Timeout(600)
  void secondOrderModelIsDecodedAsCoreNlpDecodesIt() {
    int maxLeft = 2;
    List<LabeledSentence> train =
        ConllCorpus.read(
                TestData.require("ANERcorp-CamelLabSplits/ANERCorp_CamelLab_train.txt"))
            .subList(0, 300);
    List<LabeledSentence> test =
        ConllCorpus.read(TestData.require("ANERcorp-CamelLabSplits/ANERCorp_CamelLab_test.txt"))
            .subList(0, 200);
    Properties p = new Properties();
    p.setProperty("map", "word=0,answer=1");
    p.setProperty("backgroundSymbol", "O");
    p.setProperty("useClassFeature", "true");
    p.setProperty("useWord", "false");
    p.setProperty("useSequences", "true");
    p.setProperty("usePrevSequences", "true");
    p.setProperty("maxLeft", Integer.toString(maxLeft));
    p.setProperty("useObservedSequencesOnly", "true");
    p.setProperty("useQN", "true");
    p.setProperty("maxQNItr", "15");
    p.setProperty("multiThreadGrad", "1");
    SeqClassifierFlags flags = new SeqClassifierFlags(p);
    flags.featureFactory = ArabicCrfFeatureFactory.class.getName();
    flags.featureFactoryArgs = new Object[] {"forms,affixes,context", ""};
    CRFClassifier<CoreLabel> classifier = new CRFClassifier<>(flags);
    List<List<CoreLabel>> documents = new ArrayList<>();
    for (LabeledSentence sentence : train) {
      List<CoreLabel> labels = CrfEntityRecognizer.toLabels(sentence.tokens());
      for (int i = 0; i < labels.size(); i++) {
        labels.get(i).set(CoreAnnotations.AnswerAnnotation.class, sentence.tags().get(i));
      }
      documents.add(labels);
    }
    classifier.train(documents);
    CrfViterbiDecoder decoder = new CrfViterbiDecoder(classifier);
    assertThat(classifier.windowSize()).isEqualTo(maxLeft + 1);

    int compared = 0;
    List<String> differences = new ArrayList<>();
    for (LabeledSentence sentence : test) {
      List<String> expected = new ArrayList<>();
      for (CoreLabel label : classifier.classify(CrfEntityRecognizer.toLabels(sentence.tokens()))) {
        expected.add(label.get(CoreAnnotations.AnswerAnnotation.class));
      }
      List<String> actual = decoder.bestLabels(CrfEntityRecognizer.toLabels(sentence.tokens()));
      for (int i = 0; i < expected.size(); i++) {
        compared++;
        if (!expected.get(i).equals(actual.get(i))) {
          differences.add(sentence.tokens().get(i) + " " + expected.get(i) + "→" + actual.get(i));
        }
      }
    }

    assertThat(compared).isEqualTo(test.stream().mapToInt(LabeledSentence::size).sum());
    assertThat(differences).isEqualTo(Collections.emptyList());
  }
}
