package io.github.hadath.tokenize;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.HashIndex;
import edu.stanford.nlp.util.Index;
import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Build-time tool: rewrites CoreNLP's Arabic segmenter model without its zero-weight features, so
 * it loads several times faster and holds far less heap, with exactly the same output.
 *
 * <p>Why it is exact: the official model ({@code arabic-segmenter-atb+bn+arztrain.ser.gz} from
 * {@code stanford-corenlp:4.5.10:models-arabic}) was trained with L1 regularization, and 193,030 of
 * its 299,294 features have every weight exactly 0. At run time CoreNLP skips a feature that is
 * not in its index ({@code CRFClassifier.documentToDataAndLabels}), and adding 0 to a clique score
 * changes nothing, so dropping those features leaves every score, and every segmentation,
 * unchanged. The weights are also written as {@code float}, the type CoreNLP converts them to when
 * it loads the original (which stores {@code double}): 109 MB of serialized data instead of 193 MB.
 *
 * <p>Run by the build ({@code exec-maven-plugin}, phase {@code process-classes}) on the model that
 * {@code maven-dependency-plugin} extracts from the models jar; never at run time. Like {@link
 * CoreNlpArabicTokenizer} it is an adapter to CoreNLP, the only other class that touches it: it
 * reads the package-private fields {@code weights} and {@code featureIndex} of the pinned CoreNLP
 * version, and fails the build loudly if they change.
 */
public final class SegmenterModelCompactor {

  private SegmenterModelCompactor() {}

  /**
   * Compacts a segmenter model.
   *
   * @param args the original model's path, then the path to write ({@code .gz}: gzipped)
   * @throws IllegalArgumentException if there are not exactly two arguments
   * @throws ReflectiveOperationException if this CoreNLP version lays the model out differently
   */
  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: SegmenterModelCompactor ORIGINAL.ser.gz COMPACT.ser.gz, got " + args.length
              + " arguments");
    }
    File original = new File(args[0]);
    File compact = new File(args[1]);
    if (compact.isFile() && compact.lastModified() >= original.lastModified()) {
      return; // up to date: loading the original costs seconds on every build
    }
    CRFClassifier<CoreLabel> crf = CRFClassifier.getClassifier(original.getPath());
    Field weightsField = CRFClassifier.class.getDeclaredField("weights");
    Field indexField = CRFClassifier.class.getDeclaredField("featureIndex");
    weightsField.setAccessible(true);
    indexField.setAccessible(true);
    float[][] weights = (float[][]) weightsField.get(crf);
    @SuppressWarnings("unchecked")
    Index<String> features = (Index<String>) indexField.get(crf);

    Index<String> kept = new HashIndex<>();
    List<float[]> keptWeights = new ArrayList<>();
    for (int f = 0; f < weights.length; f++) {
      if (!allZero(weights[f])) {
        kept.add(features.get(f));
        keptWeights.add(weights[f]);
      }
    }
    weightsField.set(crf, keptWeights.toArray(new float[0][]));
    indexField.set(crf, kept);
    compact.getParentFile().mkdirs();
    crf.serializeClassifier(compact.getPath());
  }

  private static boolean allZero(float[] row) {
    for (float weight : row) {
      if (weight != 0f) {
        return false;
      }
    }
    return true;
  }
}
