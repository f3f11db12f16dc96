package io.github.hadath.ner;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.tokenize.PhraseTrie;
import io.github.hadath.tokenize.WordForms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A list of names (one word or more) with a category, for the CRF's {@link
 * ArabicCrfFeatureFactory.FeatureSet#ORGANIZATIONS}, {@link
 * ArabicCrfFeatureFactory.FeatureSet#PERSONS} and {@link
 * ArabicCrfFeatureFactory.FeatureSet#PLACES} features. Unlike the gazetteers, these names carry
 * no identifier and never make a mention by themselves: they only tell the CRF that a word sequence
 * is a known name. The lists are curated for Hadath ({@code models/names/SOURCE.md}):
 *
 * <ul>
 *   <li>{@value #ORGANIZATIONS}: 2,580 written forms of clubs, companies, banks, parties, media,
 *       news agencies, federations, universities and armed groups as the Arabic press spells them;
 *   <li>{@value #PERSONS}: 4,600 written forms of well-known people (politicians, royals,
 *       athletes, artists, ...), by full name and by the foreign surnames the press uses alone;
 *   <li>{@value #PLACES}: 3,931 written forms of places that are neither countries nor big cities
 *       (provinces, towns and camps, landmarks, mountains and deserts, islands, historic lands,
 *       rivers, seas, world regions).
 * </ul>
 *
 * <p>Names are compared by match keys in a {@link PhraseTrie}, the project's one phrase matcher;
 * the first word of a name is read through its proclitics ({@link WordForms#readings}: «ولريال
 * مدريد»).
 */
final class NamePhrases {

  /** Classpath location of the organization list. */
  static final String ORGANIZATIONS = "models/names/organizations.tsv";

  /** Classpath location of the person list. */
  static final String PERSONS = "models/names/persons.tsv";

  /** Classpath location of ArWikiCats' people, clubs, cities and places ({@code NameListExporter}). */
  static final String WIKI_NAMES = "models/names/wiki-names.tsv";

  /** Classpath location of the typed Wikipedia titles ({@link WikiTitleTyper}). */
  static final String WIKI_TITLES = "models/names/wiki-titles.tsv";

  /** Classpath location of the place list. */
  static final String PLACES = "models/names/places.tsv";

  /** The names as word keys, each with its category. */
  private final PhraseTrie<String> names;
  private final int size;
  private final Class<? extends CoreAnnotation<String>> annotation;

  private NamePhrases(
      PhraseTrie<String> names, int size, Class<? extends CoreAnnotation<String>> annotation) {
    this.annotation = annotation;
    this.names = names;
    this.size = size;
  }

  private static final class OrganizationHolder {
    static final NamePhrases LIST = fromClasspath(ORGANIZATIONS, OrganizationAnnotation.class);
  }

  private static final class PersonHolder {
    static final NamePhrases LIST = fromClasspath(PERSONS, PersonAnnotation.class);
  }

  private static final class PlaceHolder {
    static final NamePhrases LIST = fromClasspath(PLACES, PlaceAnnotation.class);
  }

  /** The bundled organization list, loaded once. */
  static NamePhrases organizations() {
    return OrganizationHolder.LIST;
  }

  private static final class WikiNameHolder {
    static final NamePhrases LIST = fromClasspath(WIKI_NAMES, WikiNameAnnotation.class);
  }

  /** ArWikiCats' labels (person, club, city, place), loaded once. */
  static NamePhrases wikiNames() {
    return WikiNameHolder.LIST;
  }

  private static final class WikiTitleHolder {
    static final NamePhrases LIST = fromClasspath(WIKI_TITLES, WikiTitleAnnotation.class);
  }

  /** Wikipedia titles typed PERS, LOC, ORG or MISC by their article's first sentence, loaded once. */
  static NamePhrases wikiTitles() {
    return WikiTitleHolder.LIST;
  }

  /** The bundled person list, loaded once. */
  static NamePhrases persons() {
    return PersonHolder.LIST;
  }

  /** The bundled place list, loaded once. */
  static NamePhrases places() {
    return PlaceHolder.LIST;
  }

  /**
   * Loads a list of «NAME TAB category» lines.
   *
   * @throws IllegalStateException if the resource is missing or malformed
   */
  private static NamePhrases fromClasspath(
      String resource, Class<? extends CoreAnnotation<String>> annotation) {
    PhraseTrie<String> names = new PhraseTrie<>();
    int size = 0;
    for (String[] row : WordLists.rows(resource)) {
      List<String> words = new ArrayList<>();
      for (String word : row[0].strip().split("\\s+")) {
        words.add(ArabicTextNormalizer.matchKey(word));
      }
      if (names.addIfAbsent(words, row[1].strip())) {
        size++; // the first category given to a name wins
      }
    }
    return new NamePhrases(names, size, annotation);
  }

  /** How many distinct names the list holds. */
  int size() {
    return size;
  }

  /**
   * The longest listed name starting at word {@code at}, as its category and length in words.
   *
   * @param words the forms of a sentence's words
   * @return {@code null} when no listed name starts there
   */
  Match longestAt(List<WordForms> words, int at) {
    Match best = null;
    for (String first : words.get(at).readings()) {
      PhraseTrie.Node<String> node = names.root(first);
      for (int length = 1; node != null; length++) {
        // a longer name wins; between equally long ones, the most literal reading of the first word
        if (node.endsPhrase() && (best == null || length > best.length())) {
          best = new Match(node.values().get(0), length);
        }
        node = at + length < words.size() ? node.next(words.get(at + length).key()) : null;
      }
    }
    return best;
  }

  private static final WordForms NO_WORD = WordForms.of("");

  /**
   * «category-B» or «category-I» when word {@code loc} of {@code sentence} lies in a listed name,
   * «» when it does not or lies outside the sentence. The names of the whole sentence are found on
   * first use, longest first and left to right, and kept on its tokens.
   */
  String membership(List<? extends CoreLabel> sentence, int loc) {
    if (loc < 0 || loc >= sentence.size()) {
      return "";
    }
    if (!sentence.get(0).containsKey(annotation)) {
      List<WordForms> keys = new ArrayList<>(sentence.size());
      for (CoreLabel label : sentence) {
        keys.add(label.word() == null ? NO_WORD : ArabicCrfFeatureFactory.forms(label));
      }
      String[] membership = new String[keys.size()];
      Arrays.fill(membership, "");
      for (int i = 0; i < keys.size(); ) {
        Match match = longestAt(keys, i);
        if (match == null) {
          i++;
          continue;
        }
        membership[i] = match.category() + "-B";
        for (int j = i + 1; j < i + match.length(); j++) {
          membership[j] = match.category() + "-I";
        }
        i += match.length();
      }
      for (int i = 0; i < keys.size(); i++) {
        sentence.get(i).set(annotation, membership[i]);
      }
    }
    return sentence.get(loc).get(annotation);
  }

  /** Caches a token's membership in a listed organization name, «» when none. */
  static final class OrganizationAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  /** Caches a token's membership in a listed person name, «» when none. */
  static final class PersonAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  /** Caches a token's membership in a listed place name, «» when none. */
  static final class PlaceAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  /** Caches a token's membership in an ArWikiCats name, «» when none. */
  static final class WikiNameAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  /** Caches a token's membership in a typed Wikipedia title, «» when none. */
  static final class WikiTitleAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  /**
   * A listed name found in a sentence.
   *
   * @param category the list's category («club», «company»)
   * @param length the name's length in words, {@code >= 1}
   */
  record Match(String category, int length) {}
}
