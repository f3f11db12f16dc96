package io.github.hadath.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import io.github.hadath.tokenize.WordForms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Trains the CRF of {@link CrfEntityRecognizer} from BIO-tagged sentences. Part of the CRF
 * adapter, so it may use CoreNLP types.
 *
 * <p>Each sentence is one training sequence. The CoreNLP flags are fixed here, not passed through,
 * so that a misspelled option cannot be silently ignored:
 *
 * <ul>
 *   <li>features: the {@link ArabicCrfFeatureFactory} sets named in {@link Options#features},
 *       plus CoreNLP's class prior and label-sequence features (first order, {@code maxLeft=1},
 *       only observed label transitions);
 *   <li>optimizer: L-BFGS (quasi-Newton, 10 corrections) with a Gaussian prior of the given sigma,
 *       at most {@link Options#maxIterations} iterations.
 * </ul>
 *
 * <p>There is no count threshold: CoreNLP's {@code featureCountThreshold} flag is parsed but never
 * read by {@code CRFClassifier} (4.5.10), so every feature the factory emits is kept. Earlier
 * versions of this class set it to 2 to no effect.
 */
public final class CrfNerTrainer {

  /**
   * Training options.
   *
   * @param features {@link ArabicCrfFeatureFactory.FeatureSet} names separated by commas
   * @param sigma standard deviation of the Gaussian prior on the weights, {@code > 0}; smaller
   *     regularizes more
   * @param maxIterations the most L-BFGS iterations, {@code >= 1}; training stops earlier when the
   *     objective converges
   * @param threads threads computing the gradient, {@code >= 1}
   */
  public record Options(
      String features, double sigma, int maxIterations, int threads) {

    /**
     * @throws IllegalArgumentException if a value is out of range or a feature set is unknown
     */
    public Options {
      Objects.requireNonNull(features, "features");
      ArabicCrfFeatureFactory.parse(features);
      if (!(sigma > 0)) {
        throw new IllegalArgumentException("sigma must be > 0, was " + sigma);
      }
      if (maxIterations < 1) {
        throw new IllegalArgumentException("maxIterations must be >= 1, was " + maxIterations);
      }
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be >= 1, was " + threads);
      }
    }

    /** The options of the shipped model. */
    public static Options defaults() {
      return new Options(
          DEFAULT_FEATURES, DEFAULT_SIGMA, DEFAULT_MAX_ITERATIONS, DEFAULT_THREADS);
    }
  }

  /**
   * The feature sets of the shipped model: every option kept by five-fold cross-validation on the
   * train split ({@code benchmarks/ner-experiments.md}); {@code classes}, {@code name_tokens} and
   * {@code wiki_names} read the word classes and name lists derived from the data directory
   * ({@code docs/ner.md}).
   */
  public static final String DEFAULT_FEATURES =
      "forms,affixes,context,transitions,gazetteer,lexicon,names,organizations,persons,spelling,"
          + "places,currencies,classes,name_tokens,wiki_names";

  /**
   * The prior of the shipped model, chosen by five-fold cross-validation on the train split
   * (pooled micro F1 of {@code train-ner --folds 5}: sigma 2 78.41, 1.5 78.71, 1 78.74; sigma 3
   * was lower still; {@code benchmarks/ner-experiments.md}).
   */
  public static final double DEFAULT_SIGMA = 1.5;

  /** The iteration cap of the shipped model. */
  public static final int DEFAULT_MAX_ITERATIONS = 150;

  /** The gradient threads of the shipped model (the model is deterministic per thread count). */
  public static final int DEFAULT_THREADS = 2;

  private CrfNerTrainer() {}

  /**
   * Trains a recognizer on {@code sentences}.
   *
   * @param sentences the training sentences, at least one
   * @throws IllegalArgumentException if {@code sentences} is empty
   */
  public static CrfEntityRecognizer train(List<LabeledSentence> sentences, Options options) {
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("no training sentences");
    }
    SeqClassifierFlags flags = new SeqClassifierFlags(properties(options));
    // Set here, not as a property: the property would also list the factory in featureFactories
    // without its arguments, and CoreNLP would then compute every feature twice.
    flags.featureFactory = ArabicCrfFeatureFactory.class.getName();
    flags.featureFactoryArgs =
        new Object[] {options.features(), ArabicCrfFeatureFactory.countsTable(bareCounts(sentences))};
    CRFClassifier<CoreLabel> classifier = new CRFClassifier<>(flags);
    classifier.train(documents(sentences));
    return new CrfEntityRecognizer(classifier);
  }

  /** The sentences as CoreNLP's training documents: each token's label carries its gold tag. */
  static List<List<CoreLabel>> documents(List<LabeledSentence> sentences) {
    List<List<CoreLabel>> documents = new ArrayList<>(sentences.size());
    for (LabeledSentence sentence : sentences) {
      List<CoreLabel> labels = CrfEntityRecognizer.toLabels(sentence.tokens());
      for (int i = 0; i < labels.size(); i++) {
        labels.get(i).set(CoreAnnotations.AnswerAnnotation.class, sentence.tags().get(i));
        labels.get(i).set(CoreAnnotations.GoldAnswerAnnotation.class, sentence.tags().get(i));
      }
      documents.add(labels);
    }
    return documents;
  }

  /** How often each bare stem occurs in the sentences' tokens (tags are not read). */
  static Map<String, Integer> bareCounts(List<LabeledSentence> sentences) {
    Map<String, Integer> counts = new HashMap<>();
    for (LabeledSentence sentence : sentences) {
      for (String token : sentence.tokens()) {
        counts.merge(WordForms.of(token).bare(), 1, Integer::sum);
      }
    }
    return counts;
  }

  /** CoreNLP's flags for the options (a first-order model: {@code maxLeft} 1). */
  static Properties properties(Options options) {
    Properties p = new Properties();
    p.setProperty("map", "word=0,answer=1");
    p.setProperty("backgroundSymbol", "O");
    p.setProperty("useClassFeature", "true");
    p.setProperty("useWord", "false");
    p.setProperty("useSequences", "true");
    p.setProperty("usePrevSequences", "true");
    p.setProperty("maxLeft", "1");
    p.setProperty("useObservedSequencesOnly", "true");
    p.setProperty("useQN", "true");
    p.setProperty("QNsize", "10");
    p.setProperty("sigma", Double.toString(options.sigma()));
    p.setProperty("maxQNItr", Integer.toString(options.maxIterations()));
    p.setProperty("multiThreadGrad", Integer.toString(options.threads()));
    return p;
  }
}
