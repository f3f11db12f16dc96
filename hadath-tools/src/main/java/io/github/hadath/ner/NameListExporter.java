package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the two name lists derived from the data directory's {@code names/} folder, read by the
 * CRF's {@link ArabicCrfFeatureFactory.FeatureSet#NAME_TOKENS} and {@link
 * ArabicCrfFeatureFactory.FeatureSet#WIKI_NAMES} features:
 *
 * <ul>
 *   <li>{@code name-tokens.tsv}: the Arabic words of person names mined from Wikidata
 *       ({@code netransliteration-wikidata/person_name_tokens_en_ar.tsv}, CC0), kept when seen at
 *       least {@value #MIN_TOKEN_COUNT} times and not a translated particle (English «of», «de»,
 *       «von»: their Arabic side is «من», «دي», «فون», words of running text) and not an Arabic
 *       function word («في», «كان»), plus the given and
 *       family names of {@code akhateeb-arabic-names} (MIT);
 *   <li>{@code wiki-names.tsv}: ArWikiCats' labels ({@code arwikicats/}, MIT, labels from
 *       Wikipedia and Wikidata): people as {@code person}, sports clubs as {@code club}, cities as
 *       {@code city}, other places (regions, provinces, US counties) as {@code place}.
 * </ul>
 *
 * <p>Each output line is {@code NAME TAB category}, sorted, with a header that states the sources
 * and licences. Run from the repository root:
 *
 * <pre>{@code
 * java -cp hadath-cli/target/hadath-cli.jar io.github.hadath.ner.NameListExporter \
 *     ../shared/data/names hadath/models/names
 * }</pre>
 */
public final class NameListExporter {

  /** Least Wikidata count of an Arabic name token to be listed. */
  static final int MIN_TOKEN_COUNT = 2;

  /** English tokens of the Wikidata pairs that are particles, not names. */
  private static final Set<String> PARTICLES = Set.of(
      "of", "in", "the", "and", "de", "da", "del", "della", "di", "du", "des", "la", "le", "los",
      "las", "von", "van", "der", "den", "y", "e", "a", "al", "el", "bin", "ibn", "bint", "abu");

  /** Arabic function words that the Wikidata pairs give as name tokens («في», «كان»). */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "في", "من", "على", "عن", "الى", "إلى", "كان", "مع", "هذا", "هذه", "ذلك", "التي", "الذي",
      "أن", "ان", "لا", "ما", "قد", "او", "أو", "ثم", "بعد", "قبل", "بين", "حتى", "كل");

  private NameListExporter() {}

  /**
   * Writes {@code name-tokens.tsv} and {@code wiki-names.tsv} into {@code args[1]} from the names
   * folder {@code args[0]}.
   *
   * @throws IllegalArgumentException if there are not two arguments
   * @throws UncheckedIOException if a file cannot be read or written
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: NameListExporter NAMES_DIR OUT_DIR");
    }
    Path names = Path.of(args[0]);
    Path out = Path.of(args[1]);
    writeTokens(names, out.resolve("name-tokens.tsv"));
    writeWikiNames(names, out.resolve("wiki-names.tsv"));
  }

  private static void writeTokens(Path names, Path file) {
    Map<String, Integer> counts = new TreeMap<>();
    for (String line : lines(names.resolve("netransliteration-wikidata/person_name_tokens_en_ar.tsv"))) {
      String[] f = line.split("\t");
      if (f.length < 3 || PARTICLES.contains(f[0].strip())) {
        continue;
      }
      String ar = f[1].strip();
      if (isArabicWord(ar) && !FUNCTION_WORDS.contains(ar)) {
        counts.merge(ar, Integer.parseInt(f[2].strip()), Integer::sum);
      }
    }
    Map<String, String> rows = new TreeMap<>();
    counts.forEach((word, count) -> {
      if (count >= MIN_TOKEN_COUNT) {
        rows.put(word, "wikidata");
      }
    });
    for (String list : List.of("Most-Popular-Arabic-FirstNames.txt", "male-first--names-in-arabic.txt",
        "female-first-names-in-arabic.txt", "Most-Popular-Arabic-LastNames.txt",
        "last-names-in-arabic.txt")) {
      for (String line : lines(names.resolve("akhateeb-arabic-names").resolve(list))) {
        for (String word : line.strip().split("[\\s,،]+")) {
          if (isArabicWord(word)) {
            rows.putIfAbsent(word, "akhateeb");
          }
        }
      }
    }
    write(file, rows, List.of(
        "Hadath name list: single words of person names, one per line: WORD<TAB>SOURCE.",
        "Derived by io.github.hadath.ner.NameListExporter from the data directory's names/ folder:",
        "netransliteration-wikidata (Wikidata person-name tokens, CC0 1.0; tokens seen at least "
            + MIN_TOKEN_COUNT + " times, particles and function words dropped)",
        "and akhateeb-arabic-names (given and family names, MIT, (c) 2018 AKhateeb).",
        "Read by io.github.hadath.ner.NameTokens for the CRF features (FeatureSet.NAME_TOKENS)."));
  }

  private static void writeWikiNames(Path names, Path file) {
    Map<String, String> rows = new TreeMap<>();
    // most specific first: a label in two files keeps the first category
    String[][] sources = {
      {"people_peoples.en_ar.tsv", "person"},
      {"sports_clubs.en_ar.tsv", "club"},
      {"cities_full.en_ar.tsv", "city"},
      {"geo_popopo.en_ar.tsv", "place"},
      {"geo_P17_2_final_ll.en_ar.tsv", "place"},
      {"geo_us_counties.en_ar.tsv", "place"},
    };
    for (String[] source : sources) {
      for (String line : lines(names.resolve("arwikicats").resolve(source[0]))) {
        String[] f = line.split("\t");
        if (f.length < 2) {
          continue;
        }
        String ar = f[1].strip().replaceAll("\\s+", " ");
        if (!ar.isEmpty() && ar.codePoints().anyMatch(NameListExporter::isArabicLetter)
            && ar.indexOf('(') < 0 && ar.split(" ").length <= 6) {
          rows.putIfAbsent(ar, source[1]);
        }
      }
    }
    write(file, rows, List.of(
        "Hadath name list: ArWikiCats labels as NAME<TAB>CATEGORY (person, club, city, place).",
        "Derived by io.github.hadath.ner.NameListExporter from the data directory's names/arwikicats/",
        "(ArWikiCats @ d55a83f7, MIT; the labels come from Wikipedia and Wikidata): people_peoples,",
        "sports_clubs, cities_full, geo_popopo, geo_P17_2_final_ll, geo_us_counties; labels with a",
        "parenthesis or more than six words dropped. Read by io.github.hadath.ner.NamePhrases",
        "(FeatureSet.WIKI_NAMES)."));
  }

  private static boolean isArabicWord(String word) {
    return word.length() >= 2 && word.codePoints().allMatch(NameListExporter::isArabicLetter)
        && !ArabicTextNormalizer.matchKey(word).isEmpty();
  }

  private static boolean isArabicLetter(int cp) {
    return cp >= 0x0621 && cp <= 0x064A || cp >= 0x0671 && cp <= 0x06D3;
  }

  private static List<String> lines(Path file) {
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void write(Path file, Map<String, String> rows, List<String> header) {
    List<String> out = new ArrayList<>();
    header.forEach(h -> out.add("# " + h));
    rows.forEach((name, category) -> out.add(name + "\t" + category));
    try {
      Files.write(file, out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
