package io.github.hadath.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.util.List;

/**
 * The ids of the features that fire at each position of a sentence, by clique, as CoreNLP's
 * {@code CRFClassifier.documentToDataAndLabels} computes them: the model's own feature factories
 * make the feature strings, and each is looked up once in the model's feature index; strings the
 * model does not know are dropped. Part of the CRF adapter.
 */
final class CrfFeatureIds {

  private final CRFClassifier<CoreLabel> classifier;

  CrfFeatureIds(CRFClassifier<CoreLabel> classifier, Index<String> featureIndex) {
    this.classifier = classifier;
  }

  /**
   * The feature ids of {@code sentence}: {@code [position][clique][n]}, clique 0 the node clique.
   *
   * @param sentence the tokens, each with its word set; not empty
   */
  int[][][] of(List<CoreLabel> sentence) {
    return classifier.documentToDataAndLabels(sentence).first();
  }
}
