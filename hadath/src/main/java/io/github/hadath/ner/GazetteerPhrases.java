package io.github.hadath.ner;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import io.github.hadath.tokenize.PhraseTrie;
import io.github.hadath.tokenize.Proclitics;
import java.util.ArrayList;
import java.util.List;

/**
 * Gazetteer phrases as CRF features: which words of a sentence lie in a country, city or
 * organization name of the bundled {@link Gazetteer}. Part of the CRF adapter.
 *
 * <p>A phrase matches words {@code i..j} when it is a path of the gazetteer's trie, its first word
 * read through {@link Proclitics#readings(String)} as the gazetteer recognizer reads it («وبالأردن»,
 * «للأنتربول»). Word {@code i} then gets the feature {@code GAZ=KIND-B}, the others {@code
 * GAZ=KIND-I}, where KIND is the entry's {@link Link.Kind} (NONE for a phrase listed as not an
 * entity) with a «1» appended for single-word names. Every match counts, not only the longest:
 * the CRF weighs them.
 *
 * <p>The gazetteer is read from the classpath once, when a model with the {@code gazetteer}
 * feature set first tags or trains, so a model and the gazetteers of the same build go together.
 */
final class GazetteerPhrases {

  private GazetteerPhrases() {}

  private static final class Holder {
    static final Gazetteer GAZETTEER = Gazetteer.fromClasspath();
  }

  /** The bundled gazetteer the features read, loaded once. */
  static Gazetteer gazetteer() {
    return Holder.GAZETTEER;
  }

  /**
   * The gazetteer features of word {@code loc} of {@code sentence}, computed for the whole sentence
   * on first use and kept on its tokens.
   */
  static List<String> features(List<? extends CoreLabel> sentence, int loc) {
    if (loc < 0 || loc >= sentence.size()) {
      return List.of();
    }
    List<String> features = sentence.get(loc).get(FeaturesAnnotation.class);
    if (features == null) {
      annotate(Holder.GAZETTEER, sentence);
      features = sentence.get(loc).get(FeaturesAnnotation.class);
    }
    return features;
  }

  private static void annotate(Gazetteer gazetteer, List<? extends CoreLabel> sentence) {
    int n = sentence.size();
    String[] keys = new String[n];
    List<List<String>> features = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String word = sentence.get(i).word();
      keys[i] = word == null ? "" : GazetteerKeys.key(word).key();
      features.add(new ArrayList<>(2));
    }
    for (int i = 0; i < n; i++) {
      for (Proclitics.Reading stem : Proclitics.readings(keys[i])) {
        PhraseTrie.Node<Gazetteer.Name> node = gazetteer.root(stem.key());
        for (int j = i; node != null; j++) {
          if (node.endsPhrase()) {
            Link link = Gazetteer.link(node);
            String kind = link == null ? "NONE" : link.kind().name();
            String size = j > i ? "" : "1";
            features.get(i).add("GAZ=" + kind + size + "-B");
            for (int k = i + 1; k <= j; k++) {
              features.get(k).add("GAZ=" + kind + size + "-I");
            }
          }
          node = j + 1 < n ? node.next(keys[j + 1]) : null;
        }
      }
    }
    for (int i = 0; i < n; i++) {
      sentence.get(i).set(FeaturesAnnotation.class, List.copyOf(features.get(i)));
    }
  }

  /** The gazetteer features of a token, kept on its CoreLabel. */
  static final class FeaturesAnnotation implements CoreAnnotation<List<String>> {
    @Override
    @SuppressWarnings("unchecked")
    public Class<List<String>> getType() {
      return (Class<List<String>>) (Class<?>) List.class;
    }
  }
}
