package io.github.hadath.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFLabel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.Index;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Best label sequence of a CoreNLP linear-chain CRF, computed without CoreNLP's clique tree: the
 * labels {@code CRFClassifier.classify} gives, several times faster. Part of the CRF adapter, so it
 * may use CoreNLP types.
 *
 * <p>CoreNLP decodes a sentence in three steps: it turns every feature string into an id, builds
 * the clique tree of the sentence and calibrates it by a forward–backward pass (every cell a
 * log-sum-exp), then runs Viterbi over the conditional log probabilities of that tree, each
 * computed by one more log-sum-exp. The product of those conditionals is the CRF's probability of
 * the whole sequence, so the best sequence is the one with the highest sum of clique potentials:
 * this class runs Viterbi on the potentials directly, with no exponential or logarithm.
 *
 * <ul>
 *   <li>Features are CoreNLP's own: {@code CRFClassifier.documentToDataAndLabels} has the model's
 *       feature factories make the strings and looks each up once in the model's feature index,
 *       giving per position and clique an array of feature ids. (A lookup table of this class's
 *       own, one {@code long} per slot, measured no faster than CoreNLP's {@code HashIndex}.)
 *   <li>The potential of a window of labels is computed as CoreNLP computes it: per clique (node,
 *       edge, …) the sum, in feature order, of the model's {@code weights} for that clique's label
 *       tuple in the model's {@code labelIndices} (label tuples never seen in training score −∞),
 *       the larger cliques' sums added to the smaller ones'.
 *   <li>Labels before the sentence are the background symbol, as in CoreNLP's test-time model;
 *       among equal scores the first window in label order wins, as in CoreNLP's {@code
 *       ExactBestSequenceFinder}. Any order of window ({@code maxLeft}) is decoded.
 *   <li>A model this class does not decode exactly — Gibbs sampling or beam inference, reversed
 *       sentences, a label dictionary, embeddings, a subclass of {@code CRFClassifier}, weights
 *       replaced for testing — is decoded by CoreNLP itself; the reason is logged once.
 * </ul>
 *
 * <p>Thread-safe: the model is only read.
 */
final class CrfViterbiDecoder {

  private static final Logger LOG = LoggerFactory.getLogger(CrfViterbiDecoder.class);

  private final CRFClassifier<CoreLabel> classifier;
  /** Why CoreNLP decodes this model itself, or null if this class does. */
  private final String unsupported;
  private final float[][] weights;
  /** Labels per window: {@code windowSize} ≥ 1. */
  private final int window;
  private final int numClasses;
  private final int background;
  /** {@code numClasses} to the power {@code window}: the number of label windows. */
  private final int windows;
  /**
   * For clique {@code j} (of {@code j + 1} labels) and the {@code k}-th label tuple of its label
   * index, the tuple as a number in base {@code numClasses}, its last label least significant.
   */
  private final int[][] tupleCodes;
  private final String[] classNames;

  /**
   * Reads the model of {@code classifier}; decodes with CoreNLP if it cannot decode it exactly.
   *
   * @throws NullPointerException if {@code classifier} is null
   */
  CrfViterbiDecoder(CRFClassifier<CoreLabel> classifier) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.unsupported = unsupported(classifier);
    if (unsupported != null) {
      LOG.info("CRF decoded by CoreNLP's CRFClassifier: {}", unsupported);
      this.weights = null;
      this.window = 0;
      this.numClasses = 0;
      this.background = 0;
      this.windows = 0;
      this.tupleCodes = null;
      this.classNames = null;
      return;
    }
    this.weights = field(classifier, "weights");
    this.window = classifier.windowSize();
    this.numClasses = classifier.classIndex.size();
    this.background = classifier.classIndex.indexOf(classifier.flags.backgroundSymbol);
    this.windows = power(numClasses, window);
    List<Index<CRFLabel>> labelIndices = field(classifier, "labelIndices");
    this.tupleCodes = new int[window][];
    for (int j = 0; j < window; j++) {
      Index<CRFLabel> labels = labelIndices.get(j);
      tupleCodes[j] = new int[labels.size()];
      for (int k = 0; k < labels.size(); k++) {
        int code = 0;
        for (int label : labels.get(k).getLabel()) {
          code = code * numClasses + label;
        }
        tupleCodes[j][k] = code;
      }
    }
    this.classNames = new String[numClasses];
    for (int c = 0; c < numClasses; c++) {
      classNames[c] = classifier.classIndex.get(c);
    }
  }

  /** Why this class cannot decode the model exactly, or null if it can. */
  private static String unsupported(CRFClassifier<CoreLabel> classifier) {
    var flags = classifier.flags;
    if (classifier.getClass() != CRFClassifier.class) {
      return "a subclass, " + classifier.getClass().getName();
    }
    if (flags.doGibbs) {
      return "doGibbs";
    }
    if (!"maxent".equalsIgnoreCase(flags.crfType)) {
      return "crfType " + flags.crfType;
    }
    if (flags.inferenceType != null && !flags.inferenceType.equalsIgnoreCase("Viterbi")) {
      return "inferenceType " + flags.inferenceType;
    }
    if (flags.useReverse) {
      return "useReverse";
    }
    if (flags.useEmbedding) {
      return "useEmbedding";
    }
    if (classifier.windowSize() < 1 || power(classifier.classIndex.size(), classifier.windowSize())
        > 1 << 16) {
      return "window " + classifier.windowSize() + " of " + classifier.classIndex.size()
          + " classes";
    }
    if (classifier.classIndex.indexOf(flags.backgroundSymbol) < 0) {
      return "background symbol " + flags.backgroundSymbol + " is not a class";
    }
    if (field(classifier, "labelDictionary") != null) {
      return "a label dictionary (labelDictionaryCutoff " + flags.labelDictionaryCutoff + ")";
    }
    if (field(classifier, "cliquePotentialFunction") != null) {
      return "weights replaced for testing (updateWeightsForTest)";
    }
    if (field(classifier, "weights") == null) {
      return "weights are not float (an old model format)";
    }
    return null;
  }

  /**
   * The best labels of a sentence, one per token, as {@code classifier.classify(sentence)} sets
   * them. The tokens are not modified except for the values the feature factory caches on them.
   *
   * @param sentence the tokens, each with its word set; may be empty
   * @return one class name per token («B-PERS», «O»)
   */
  List<String> bestLabels(List<CoreLabel> sentence) {
    if (sentence.isEmpty()) {
      return List.of();
    }
    if (unsupported != null) {
      List<String> labels = new ArrayList<>(sentence.size());
      for (CoreLabel label : classifier.classify(sentence)) {
        labels.add(label.get(CoreAnnotations.AnswerAnnotation.class));
      }
      return labels;
    }
    int[] best = bestSequence(classifier.documentToDataAndLabels(sentence).first());
    List<String> labels = new ArrayList<>(best.length);
    for (int label : best) {
      labels.add(classNames[label]);
    }
    return labels;
  }

  /**
   * Viterbi over label windows. {@code score[w]} is the best score of a sequence ending in window
   * {@code w} (its labels as a number in base {@code numClasses}, the current one least
   * significant); windows that put a label other than the background before the sentence score
   * −∞.
   *
   * @param data per position and clique, the ids of the features that fire
   */
  int[] bestSequence(int[][][] data) {
    int length = data.length;
    int n = numClasses;
    int history = windows / n; // windows of the previous window - 1 labels
    double[] potential = new double[windows];
    double[] score = new double[windows];
    double[] next = new double[windows];
    int[][] trace = new int[length][windows];
    for (int i = 0; i < length; i++) {
      potentials(data[i], potential);
      if (i == 0) {
        for (int w = 0; w < windows; w++) {
          score[w] = startsWithBackground(w) ? potential[w] : Double.NEGATIVE_INFINITY;
          trace[0][w] = -1;
        }
        continue;
      }
      for (int w = 0; w < windows; w++) {
        // the predecessor window drops this window's last label and adds one label in front
        int shared = w / n;
        double best = Double.NEGATIVE_INFINITY;
        int from = -1;
        for (int first = 0; first < n; first++) {
          int predecessor = first * history + shared;
          double candidate = score[predecessor] + potential[w];
          if (candidate > best) {
            best = candidate;
            from = predecessor;
          }
        }
        next[w] = best;
        trace[i][w] = from;
      }
      double[] swap = score;
      score = next;
      next = swap;
    }
    int last = -1;
    double bestFinal = Double.NEGATIVE_INFINITY;
    for (int w = 0; w < windows; w++) {
      if (score[w] > bestFinal) {
        bestFinal = score[w];
        last = w;
      }
    }
    if (last < 0) {
      throw new IllegalStateException("no finite score for a sentence of " + length + " tokens");
    }
    int[] labels = new int[length];
    int w = last;
    for (int i = length - 1; i >= 0; i--) {
      labels[i] = w % n;
      w = trace[i][w];
    }
    return labels;
  }

  /**
   * Whether the first {@code window - 1} labels of window {@code w}, those that lie before the
   * sentence at its first token, are all the background. Later windows inherit the constraint
   * from their predecessors.
   */
  private boolean startsWithBackground(int w) {
    int code = w / numClasses;
    for (int b = 0; b < window - 1; b++) {
      if (code % numClasses != background) {
        return false;
      }
      code /= numClasses;
    }
    return true;
  }

  /**
   * The potential of every label window at one position, as CoreNLP's {@code
   * CRFCliqueTree.getFactorTable} computes it: for clique {@code j}, the sum over its features in
   * order of {@code weights[feature][k]} for each of its seen label tuples {@code k} (−∞ for the
   * others), plus the potential so far of the tuple's last {@code j} labels.
   */
  private void potentials(int[][] cliques, double[] out) {
    int size = 1;
    double[] previous = null;
    for (int j = 0; j < window; j++) {
      size *= numClasses;
      double[] table = j == window - 1 ? out : new double[size];
      Arrays.fill(table, 0, size, Double.NEGATIVE_INFINITY);
      int[] ids = cliques[j];
      int[] codes = tupleCodes[j];
      for (int k = 0; k < codes.length; k++) {
        double sum = 0.0;
        for (int id : ids) {
          sum += weights[id][k];
        }
        table[codes[k]] = sum;
      }
      if (previous != null) {
        int previousSize = size / numClasses;
        for (int t = 0; t < size; t++) {
          table[t] += previous[t % previousSize];
        }
      }
      previous = table;
    }
  }

  private static int power(int base, int exponent) {
    long result = 1;
    for (int e = 0; e < exponent; e++) {
      result *= base;
      if (result > Integer.MAX_VALUE) {
        return Integer.MAX_VALUE;
      }
    }
    return (int) result;
  }

  /** A field of CoreNLP's {@code CRFClassifier} that it does not expose (package-private). */
  @SuppressWarnings("unchecked")
  static <T> T field(CRFClassifier<?> classifier, String name) {
    try {
      Field field = CRFClassifier.class.getDeclaredField(name);
      field.setAccessible(true);
      Object value = field.get(classifier);
      if (name.equals("weights") && !(value instanceof float[][])) {
        return null;
      }
      return (T) value;
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException(
          "CoreNLP's CRFClassifier has no readable field «" + name + "» (a CoreNLP version other"
              + " than 4.5.10?)", e);
    }
  }
}
