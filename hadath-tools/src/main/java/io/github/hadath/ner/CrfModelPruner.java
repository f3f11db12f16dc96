package io.github.hadath.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Model-building tool: rewrites a CRF entity model written by {@code train-ner} without the
 * features whose weights are all close to zero, for a smaller download, less heap and a faster
 * load.
 *
 * <p>Unlike {@code tokenize.SegmenterModelCompactor}, whose L1-trained model has exact zeros, the
 * entity model is trained with a Gaussian (L2) prior, so no weight is exactly 0 and pruning may
 * change a label: a feature is dropped when every one of its weights has an absolute value below
 * the threshold. At run time CoreNLP skips a feature that is not in its index, so a dropped
 * feature contributes 0 to every clique score. What a threshold costs is measured by {@code
 * evaluate-ner --model} before it is adopted (docs/ner.md gives the figures).
 *
 * <p>It reads the package-private fields {@code weights} and {@code featureIndex} of the pinned
 * CoreNLP version by reflection, and fails loudly if they change.
 */
public final class CrfModelPruner {

  private static final Logger LOG = LoggerFactory.getLogger(CrfModelPruner.class);

  private CrfModelPruner() {}

  /**
   * Prunes a model.
   *
   * @param args the model to read, the path to write ({@code .gz}: gzipped) and the threshold, a
   *     weight magnitude {@code >= 0} (0 keeps every feature that has a non-zero weight)
   * @throws IllegalArgumentException if there are not exactly three arguments or the threshold is
   *     negative or not a number
   * @throws ReflectiveOperationException if this CoreNLP version lays the model out differently
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: CrfModelPruner MODEL.ser.gz PRUNED.ser.gz THRESHOLD, got " + args.length + " arguments");
    }
    double threshold = Double.parseDouble(args[2]);
    if (!(threshold >= 0)) {
      throw new IllegalArgumentException("threshold must be a number >= 0, got " + args[2]);
    }
    CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(args[0]);
    Field weightsField = CRFClassifier.class.getDeclaredField("weights");
    Field indexField = CRFClassifier.class.getDeclaredField("featureIndex");
    weightsField.setAccessible(true);
    indexField.setAccessible(true);
    Object weightsValue = weightsField.get(crf);
    @SuppressWarnings("unchecked")
    Index<String> features = (Index<String>) indexField.get(crf);

    Index<String> kept = new HashIndex<>();
    int total;
    if (weightsValue instanceof float[][] weights) {
      total = weights.length;
      List<float[]> keptWeights = new ArrayList<>();
      for (int f = 0; f < weights.length; f++) {
        if (maxMagnitude(weights[f]) >= threshold && maxMagnitude(weights[f]) > 0) {
          kept.add(features.get(f));
          keptWeights.add(weights[f]);
        }
      }
      weightsField.set(crf, keptWeights.toArray(new float[0][]));
    } else {
      double[][] weights = (double[][]) weightsValue;
      total = weights.length;
      List<double[]> keptWeights = new ArrayList<>();
      for (int f = 0; f < weights.length; f++) {
        if (maxMagnitude(weights[f]) >= threshold && maxMagnitude(weights[f]) > 0) {
          kept.add(features.get(f));
          keptWeights.add(weights[f]);
        }
      }
      weightsField.set(crf, keptWeights.toArray(new double[0][]));
    }
    indexField.set(crf, kept);
    File out = new File(args[1]);
    if (out.getParentFile() != null) {
      out.getParentFile().mkdirs();
    }
    crf.serializeClassifier(out.getPath());
    LOG.info("kept {} of {} features (threshold {})", kept.size(), total, threshold);
  }

  private static double maxMagnitude(float[] row) {
    double max = 0;
    for (float weight : row) {
      max = Math.max(max, Math.abs(weight));
    }
    return max;
  }

  private static double maxMagnitude(double[] row) {
    double max = 0;
    for (double weight : row) {
      max = Math.max(max, Math.abs(weight));
    }
    return max;
  }
}
