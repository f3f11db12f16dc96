package io.github.hadath.ner;

import static io.github.hadath.ner.CrfViterbiDecoderTest.coreNlp;
import static io.github.hadath.ner.CrfViterbiDecoderTest.decoded;
import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import io.github.hadath.TestData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The library's {@link CrfViterbiDecoder} against CoreNLP's own decoding on whole ANERcorp splits,
 * read with {@link ConllCorpus}; the decoder's tests on sentences of its own are in the library
 * ({@code CrfViterbiDecoderTest}).
 */
class CrfViterbiDecoderCorpusTest {

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
   * A model of another order than the bundled one's ({@code maxLeft} 2: label triples), trained
   * briefly on the first 300 sentences of the ANERcorp train split: on the first 200 test sentences
   * the decoder's labels equal CoreNLP's. Skipped without the data.
   */
  @Test
  @Timeout(600)
  void secondOrderModelIsDecodedAsCoreNlpDecodesIt() {
    int maxLeft = 2;
    String features = "forms,affixes,context";
    List<LabeledSentence> train =
        ConllCorpus.read(
                TestData.require("ANERcorp-CamelLabSplits/ANERCorp_CamelLab_train.txt"))
            .subList(0, 300);
    List<LabeledSentence> test =
        ConllCorpus.read(TestData.require("ANERcorp-CamelLabSplits/ANERCorp_CamelLab_test.txt"))
            .subList(0, 200);
    Properties p =
        CrfNerTrainer.properties(new CrfNerTrainer.Options(features, 1.5, 15, 1));
    p.setProperty("maxLeft", Integer.toString(maxLeft));
    SeqClassifierFlags flags = new SeqClassifierFlags(p);
    flags.featureFactory = ArabicCrfFeatureFactory.class.getName();
    flags.featureFactoryArgs = new Object[] {features, ""};
    CRFClassifier<CoreLabel> classifier = new CRFClassifier<>(flags);
    classifier.train(CrfNerTrainer.documents(train));
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
