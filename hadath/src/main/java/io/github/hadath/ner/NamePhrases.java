package io.github.hadath.ner;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import io.github.hadath.text.ArabicTextNormalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
 * <p>Names are compared by match keys; the first word of a name may carry a conjunction or
 * preposition («ولريال مدريد»).
 */
final class NamePhrases {

  /** Classpath location of the organization list. */
  static final String ORGANIZATIONS = "models/names/organizations.tsv";

  /** Classpath location of the person list. */
  static final String PERSONS = "models/names/persons.tsv";

  /** Classpath location of ArWikiCats' people, clubs, cities and places ({@link NameListExporter}). */
  static final String WIKI_NAMES = "models/names/wiki-names.tsv";

  /** Classpath location of the typed Wikipedia titles ({@link WikiTitleTyper}). */
  static final String WIKI_TITLES = "models/names/wiki-titles.tsv";

  /** Classpath location of the place list. */
  static final String PLACES = "models/names/places.tsv";

  /** Names by their first word's key; each first word's names longest first. */
  private final Map<String, List<Name>> byFirstWord;
  private final int size;
  private final Class<? extends CoreAnnotation<String>> annotation;

  private record Name(List<String> words, String category) {}

  private NamePhrases(
      Map<List<String>, String> names, Class<? extends CoreAnnotation<String>> annotation) {
    this.annotation = annotation;
    Map<String, List<Name>> index = new HashMap<>(names.size() * 2);
    names.forEach(
        (words, category) ->
            index
                .computeIfAbsent(words.get(0), k -> new ArrayList<>(1))
                .add(new Name(words, category)));
    index.values().forEach(list -> list.sort((a, b) -> b.words().size() - a.words().size()));
    this.byFirstWord = index;
    this.size = names.size();
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
    Map<List<String>, String> names = new HashMap<>(4096);
    for (String[] row : WordLists.rows(resource)) {
      List<String> words = new ArrayList<>();
      for (String word : row[0].strip().split("\\s+")) {
        words.add(ArabicTextNormalizer.matchKey(word));
      }
      names.putIfAbsent(List.copyOf(words), row[1].strip());
    }
    return new NamePhrases(names, annotation);
  }

  /** How many distinct names the list holds. */
  int size() {
    return size;
  }

  /**
   * The longest listed name starting at word {@code at}, as its category and length in words.
   *
   * @param keys the match keys of a sentence's words
   * @return {@code null} when no listed name starts there
   */
  Match longestAt(List<String> keys, int at) {
    Name best = null;
    for (String first : CliticForms.readings(keys.get(at))) {
      for (Name name : byFirstWord.getOrDefault(first, List.of())) {
        if ((best == null || name.words().size() > best.words().size())
            && at + name.words().size() <= keys.size()
            && name.words().subList(1, name.words().size())
                .equals(keys.subList(at + 1, at + name.words().size()))) {
          best = name;
          break; // longest first: the first that fits is this form's longest
        }
      }
    }
    return best == null ? null : new Match(best.category(), best.words().size());
  }

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
      List<String> keys = new ArrayList<>(sentence.size());
      for (CoreLabel label : sentence) {
        keys.add(label.word() == null ? "" : ArabicCrfFeatureFactory.forms(label).key());
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
