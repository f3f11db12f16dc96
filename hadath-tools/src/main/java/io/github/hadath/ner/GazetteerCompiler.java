package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.tokenize.WordForms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the compiled gazetteers of {@code models/gazetteers/} from the public extracts in the data
 * directory's {@code gazetteers/} folder (GeoNames, Natural Earth, CLDR, world-cities-translations;
 * never copied into the project) and Hadath's own curated lists in {@code
 * models/data/gazetteers/curated/}.
 *
 * <p>Run from the repository root, after {@code mvn package -DskipTests} (hadath/models/rebuild):
 *
 * <pre>
 * java -cp hadath-cli/target/hadath-cli.jar io.github.hadath.ner.GazetteerCompiler \
 *     ../shared/data/gazetteers hadath/models/data/gazetteers/curated hadath/models/gazetteers
 * </pre>
 *
 * <p>Every output line is {@code id TAB English name TAB country TAB key|key|...}, where a key is
 * the {@link ArabicTextNormalizer#matchKey match key} of each word of a name, the words joined by
 * one space. The rules, in the order they apply:
 *
 * <ul>
 *   <li><b>Countries</b>: the CLDR Arabic names (CLDR 47 and JDK 17, long and short) and the
 *       GeoNames official long form of {@code cldr-countries/iso3166_countries_ar.tsv}, plus the
 *       hand-curated variants of {@code curated/countries.tsv}, minus the names that file removes
 *       (a {@code -} before the name): bare forms that are common words («مالي» "financial»).
 *   <li><b>Cities</b>: the {@code arabic_names} of GeoNames cities15000 and the Natural Earth
 *       {@code name_ar} of the same GeoNames id. A city is kept when it lies in an Arab League
 *       country, has at least {@value #MIN_POPULATION_OUTSIDE_ARAB_WORLD} inhabitants, is a
 *       national capital or is in Natural Earth; its names are dropped when they are province
 *       names («ولاية وهران»), shorter than three letters, in {@code curated/city-stoplist.txt}
 *       (common words: «السلام», «الجديدة») or already a country name (countries shadow their
 *       homonymous capitals: «الجزائر» is Algeria, «عمان» is Oman; a name written with a shadda
 *       keeps it in its key, so «عمّان», as Jordanian datelines write it, is Amman). A name shared by several
 *       cities goes to the most populous, except that {@code curated/cities.tsv} assigns names by
 *       hand and always wins. Each country's capital (GeoNames feature code PPLC) is also named
 *       by «عاصمة» before any name of its country («عاصمة المملكة المغربية») and by «العاصمة»
 *       before the country's relative adjective («العاصمة المغربية»; the adjectives of the event
 *       stage's {@code nationality-adjectives.tsv}).
 *   <li><b>Towns without an Arabic name</b>: for a city of cities15000 that neither GeoNames nor
 *       Natural Earth names in Arabic (many Maghreb towns: «سيدي بنور», Sidi Bennour), the Arabic
 *       name of {@code world-cities-translations/world-cities.csv} (Jamshaid Kamran,
 *       world-cities-translations, from Wikidata labels; CC BY 4.0). That file is noisy (provinces,
 *       homonyms, labels of other things), so a name is taken only through this filter: the row
 *       joins a GeoNames city on country and English name ({@code name} or {@code asciiname}; the
 *       closest population among homonyms); a first word that names a province («ولاية», «إقليم»,
 *       «محافظة», «بلدية»...) is removed, the province being named after its seat («إقليم سيدي
 *       بنور»); the consonants of the Arabic name agree with those of the English name ({@link
 *       TransliterationCheck}: «سقوط الأندلس» for Reconquista and «مطار الفاشر», the airport, for
 *       El Fasher are dropped); a name of one word is no word of the language, given name or
 *       currency ({@link #isCommonWord}: «الكرم», generosity, for Le Kram is dropped). The names then pass
 *       the city rules above (population, stoplist, country names), and they only take keys that
 *       no GeoNames or Natural Earth name holds, so they never move a key to another city.
 *   <li><b>Organizations</b> and <b>regions</b>: {@code curated/organizations.tsv} and {@code
 *       curated/regions.tsv} as written, only keyed.
 *   <li><b>Not entities</b>: {@code curated/not-entities.txt}, phrases such as «أمريكا اللاتينية»
 *       that contain a name but must not be read as it, and every word of the city stoplist, so
 *       that a common word is never read as a proclitic plus a name either.
 * </ul>
 *
 * <p>The output is deterministic (sorted by id, keys in first-seen order), so a test can check
 * that the committed files equal a fresh build.
 */
public final class GazetteerCompiler {

  private static final Logger LOG = LoggerFactory.getLogger(GazetteerCompiler.class);

  /** Cities outside the Arab world need this population, unless a capital or in Natural Earth. */
  static final int MIN_POPULATION_OUTSIDE_ARAB_WORLD = 100_000;

  /** Members of the Arab League (plus Palestine), whose GeoNames Arabic names are native. */
  private static final Set<String> ARAB_COUNTRIES =
      Set.of(
          "DZ", "BH", "KM", "DJ", "EG", "IQ", "JO", "KW", "LB", "LY", "MR", "MA", "OM", "PS", "QA",
          "SA", "SO", "SD", "SY", "TN", "AE", "YE");

  /** First words that make a GeoNames alternate name a province rather than the city. */
  private static final Set<String> PROVINCE_WORDS =
      Set.of("ولايه", "محافظه", "مقاطعه", "اقليم", "منطقه", "بلديه", "قضاء", "مديريه", "ناحيه", "عماله");

  /** File names of the compiled gazetteers, in the order {@link Gazetteer} loads them. */
  public static final List<String> OUTPUTS =
      List.of("organizations.tsv", "countries.tsv", "regions.tsv", "cities.tsv", "not-entities.tsv");

  private GazetteerCompiler() {}

  /**
   * Compiles the gazetteers from the public extracts in {@code args[0]} (default {@code
   * ../shared/data/gazetteers}) and the curated lists in {@code args[1]} (default {@code
   * hadath/models/data/gazetteers/curated}) into {@code args[2]} (default {@code
   * hadath/models/gazetteers}); the defaults are relative to the repository root.
   */
  public static void main(String[] args) throws IOException {
    Path source = Path.of(args.length > 0 ? args[0] : "../shared/data/gazetteers");
    Path curated = Path.of(args.length > 1 ? args[1] : "hadath/models/data/gazetteers/curated");
    Path target = Path.of(args.length > 2 ? args[2] : "hadath/models/gazetteers");
    Files.createDirectories(target);
    for (Map.Entry<String, String> file : compile(source, curated).entrySet()) {
      Files.writeString(target.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      LOG.info("wrote {}", target.resolve(file.getKey()));
    }
  }

  /**
   * Compiles every gazetteer.
   *
   * @param source the data directory's {@code gazetteers/} folder, holding {@code
   *     cldr-countries/}, {@code geonames/}, {@code naturalearth-50m-populated-places/} and {@code
   *     world-cities-translations/}
   * @param curated the folder of Hadath's curated lists ({@code models/data/gazetteers/curated})
   * @return file name to file content, for each name of {@link #OUTPUTS}
   * @throws UncheckedIOException if a source cannot be read
   */
  public static Map<String, String> compile(Path source, Path curated) {
    Map<String, Entry> countries = countries(source, curated);
    Set<String> countryKeys = new HashSet<>();
    countries.values().forEach(entry -> countryKeys.addAll(entry.keys));
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "organizations.tsv",
        render(ORGANIZATIONS_HEADER, curated(curated.resolve("organizations.tsv"))));
    files.put("countries.tsv", render(COUNTRIES_HEADER, countries));
    files.put("regions.tsv", render(REGIONS_HEADER, curated(curated.resolve("regions.tsv"))));
    Map<String, Entry> cities = cities(source, curated, countryKeys);
    addCapitalPhrases(cities, countries, capitals(source));
    files.put("cities.tsv", render(CITIES_HEADER, cities));
    files.put("not-entities.tsv", notEntities(curated));
    return files;
  }

  private static final String COMMAND =
      "# Rebuild: see models/README.md (io.github.hadath.ner.GazetteerCompiler).\n"
          + "# Columns: id, English name, ISO 3166-1 alpha-2 country (or empty), match keys separated"
          + " by |\n"
          + "#   (a key is ArabicTextNormalizer.matchKey of each word, words joined by one space).\n";

  private static final String COUNTRIES_HEADER =
      "# Hadath gazetteer: countries (Link kind COUNTRY, id ISO 3166-1 alpha-2).\n"
          + "# Sources: Unicode CLDR 47 and JDK 17 CLDR Arabic names (Unicode License v3),\n"
          + "#   GeoNames country names (CC BY 4.0, www.geonames.org), Hadath hand-curated variants.\n"
          + COMMAND;

  private static final String CITIES_HEADER =
      "# Hadath gazetteer: cities (Link kind CITY, id GeoNames).\n"
          + "# Sources: GeoNames cities15000 (www.geonames.org), licence CC BY 4.0;\n"
          + "#   Natural Earth 1:50m populated places v5.0.0 (public domain); for towns neither\n"
          + "#   names in Arabic, Jamshaid Kamran, world-cities-translations (Wikidata labels),\n"
          + "#   licence CC BY 4.0, filtered (GazetteerCompiler); Hadath curation.\n"
          + "# This file is derived from GeoNames and is itself CC BY 4.0.\n"
          + COMMAND;

  private static final String ORGANIZATIONS_HEADER =
      "# Hadath gazetteer: international organizations (Link kind ORGANIZATION, id Wikidata).\n"
          + "# Sources: hand-curated Arabic names by Hadath; English names, acronyms and Wikidata\n"
          + "#   ids checked against SupraVerden general_list.yaml (confirmordeny/supraverden),\n"
          + "#   licence CC BY-SA 4.0. This file is therefore licensed CC BY-SA 4.0.\n"
          + COMMAND;

  private static final String REGIONS_HEADER =
      "# Hadath gazetteer: regions (Link kind REGION, id Wikidata): continents, territories,\n"
          + "#   parts of the world. Source: Hadath hand curation (curated/regions.tsv),\n"
          + "#   GPL-3.0-or-later; Wikidata ids are CC0.\n"
          + COMMAND;

  private static final String NOT_ENTITIES_HEADER =
      "# Hadath gazetteer: phrases that contain a name but are no entity («أمريكا اللاتينية»).\n"
          + "# Source: Hadath hand curation (curated/not-entities.txt), GPL-3.0-or-later.\n"
          + "# Rebuild: see models/README.md (io.github.hadath.ner.GazetteerCompiler).\n"
          + "# Column: match key (ArabicTextNormalizer.matchKey of each word, joined by one space).\n";

  /** One gazetteer entry under construction. */
  private static final class Entry {
    final String id;
    final String name;
    final String country;
    final Set<String> keys = new LinkedHashSet<>();
    long population;

    Entry(String id, String name, String country) {
      this.id = id;
      this.name = name;
      this.country = country;
    }
  }

  private static Map<String, Entry> countries(Path source, Path curated) {
    Map<String, Entry> countries = new TreeMap<>();
    List<String[]> rows = readTsv(source.resolve("cldr-countries/iso3166_countries_ar.tsv"), true);
    for (String[] row : rows) {
      Entry entry = new Entry(row[0], row[4], row[0]);
      for (int column = 5; column <= 8 && column < row.length; column++) {
        addKey(entry, row[column]);
      }
      countries.put(entry.id, entry);
    }
    for (String[] row : readTsv(curated.resolve("countries.tsv"), false)) {
      Entry entry = countries.get(row[0]);
      if (entry == null) {
        throw new IllegalStateException("curated/countries.tsv: unknown country code " + row[0]);
      }
      if (row[1].startsWith("-")) {
        entry.keys.remove(keyOf(row[1].substring(1)));
      } else {
        addKey(entry, row[1]);
      }
    }
    return countries;
  }

  private static Map<String, Entry> cities(Path source, Path curated, Set<String> countryKeys) {
    Set<String> stoplist = new HashSet<>();
    for (String line : readLines(curated.resolve("city-stoplist.txt"))) {
      stoplist.add(keyOf(line));
    }
    Map<String, Entry> byId = new HashMap<>();
    Map<String, List<String>> candidateNames = new HashMap<>();
    Set<String> inNaturalEarth = new HashSet<>();
    for (String[] row : readTsv(source.resolve("geonames/cities15000_arabic.tsv"), true)) {
      Entry city = new Entry(row[0], row[1], row[3]);
      city.population = Long.parseLong(row[6]);
      byId.put(city.id, city);
      List<String> names = new ArrayList<>();
      if (row.length > 10 && !row[10].isEmpty()) {
        names.addAll(List.of(row[10].split("\\|")));
      }
      candidateNames.put(city.id, names);
      if (row[5].equals("PPLC")) {
        inNaturalEarth.add(city.id); // capitals are kept like Natural Earth's major places
      }
    }
    for (String[] row :
        readTsv(source.resolve("naturalearth-50m-populated-places/ne_50m_populated_places_names.tsv"), true)) {
      String geonameId = row.length > 14 ? row[14] : "";
      if (byId.containsKey(geonameId)) {
        candidateNames.get(geonameId).add(row[3]);
        inNaturalEarth.add(geonameId);
      }
    }
    Map<String, List<String>> supplementary = worldCitiesNames(source, byId, candidateNames);
    // Curated assignments first: they win every homonym.
    Map<String, String> owner = new HashMap<>();
    Set<String> curatedKeys = new HashSet<>();
    for (String[] row : readTsv(curated.resolve("cities.tsv"), false)) {
      Entry city = byId.get(row[0]);
      if (city == null) {
        throw new IllegalStateException("curated/cities.tsv: unknown GeoNames id " + row[0]);
      }
      if (row[1].startsWith("-")) {
        String key = keyOf(row[1].substring(1));
        stoplist.add(key);
        continue;
      }
      String key = keyOf(row[1]);
      owner.put(key, city.id);
      curatedKeys.add(key);
    }
    // GeoNames and Natural Earth names first; the supplementary names only take the keys they
    // leave free, so they never move a key from one city to another.
    for (Map<String, List<String>> names : List.of(candidateNames, supplementary)) {
      Map<String, String> taken = new HashMap<>(owner);
      for (Map.Entry<String, List<String>> named : names.entrySet()) {
        Entry city = byId.get(named.getKey());
        boolean kept =
            ARAB_COUNTRIES.contains(city.country)
                || city.population >= MIN_POPULATION_OUTSIDE_ARAB_WORLD
                || inNaturalEarth.contains(city.id);
        if (!kept) {
          continue;
        }
        for (String name : named.getValue()) {
          String key = keyOf(cleanName(name));
          // A stoplisted word stays out with a shadda too («سنّه» is «سنه»); a country name does
          // not («عمّان» is Amman where «عمان» is Oman).
          String unmarked = key.replace(String.valueOf(GazetteerKeys.SHADDA), "");
          if (!usableCityKey(key) || stoplist.contains(unmarked) || countryKeys.contains(key)
              || curatedKeys.contains(key) || taken.containsKey(key)) {
            continue;
          }
          String current = owner.get(key);
          if (current == null || byId.get(current).population < city.population) {
            owner.put(key, city.id);
          }
        }
      }
    }
    Map<String, Entry> cities = new TreeMap<>(GazetteerCompiler::compareIds);
    List<String> keys = new ArrayList<>(owner.keySet());
    keys.sort(null);
    for (String key : keys) {
      Entry city = byId.get(owner.get(key));
      cities.computeIfAbsent(city.id, id -> new Entry(city.id, city.name, city.country)).keys.add(key);
    }
    return cities;
  }

  /** Country names of {@code world-cities.csv} that are not GeoNames' own ({@code countryInfo.tsv}). */
  private static final Map<String, String> WORLD_CITIES_COUNTRIES = Map.of(
      "Netherlands", "NL", "Palestinian Territory Occupied", "PS", "Hong Kong S.A.R.", "HK",
      "Timor-Leste", "TL", "Fiji Islands", "FJ", "Bosnia and Herzevina", "BA", "Man (Isle of)", "IM");

  /**
   * The names {@code world-cities-translations/world-cities.csv} gives to the cities that have
   * none from GeoNames or Natural Earth, by GeoNames id, after the filter of the class Javadoc:
   * joined on country and English name (the closest in population among homonyms), a province
   * word removed, the consonants in agreement ({@link TransliterationCheck}), a one-word name
   * unknown to the spelling dictionary.
   */
  private static Map<String, List<String>> worldCitiesNames(
      Path source, Map<String, Entry> byId, Map<String, List<String>> named) {
    Map<String, String> countryCodes = new HashMap<>(WORLD_CITIES_COUNTRIES);
    for (String[] row : readTsv(source.resolve("geonames/countryInfo.tsv"), false)) {
      countryCodes.putIfAbsent(row[4], row[0]);
    }
    Map<String, List<String>> idsByName = new HashMap<>();
    for (String[] row : readTsv(source.resolve("geonames/cities15000_arabic.tsv"), true)) {
      for (String name : new HashSet<>(List.of(row[1], row[2]))) {
        idsByName.computeIfAbsent(row[3] + "\t" + name.toLowerCase(Locale.ROOT),
            key -> new ArrayList<>()).add(row[0]);
      }
    }
    ArabicSpelling spelling = ArabicSpelling.dictionaryOnly();
    Map<String, List<String>> names = new TreeMap<>(GazetteerCompiler::compareIds);
    int rows = 0;
    int joined = 0;
    int unnamed = 0;
    int agreeing = 0;
    List<String> lines = readLines(source.resolve(WORLD_CITIES));
    for (String line : lines.subList(1, lines.size())) {
      rows++;
      String[] row = line.replace("\"", "").split(",", -1);
      String country = countryCodes.get(row[1]);
      if (country == null) {
        throw new IllegalStateException(WORLD_CITIES + ": unknown country " + row[1]);
      }
      List<String> ids = idsByName.getOrDefault(
          country + "\t" + row[3].toLowerCase(Locale.ROOT), List.of());
      if (ids.isEmpty()) {
        continue;
      }
      joined++;
      long population = row[4].isEmpty() ? 0 : Long.parseLong(row[4]);
      String id = ids.get(0);
      for (String other : ids) {
        if (Math.abs(byId.get(other).population - population)
            < Math.abs(byId.get(id).population - population)) {
          id = other;
        }
      }
      if (!named.get(id).isEmpty()) {
        continue;
      }
      unnamed++;
      String name = withoutProvinceWord(cleanName(row[2]));
      if (!TransliterationCheck.agrees(row[3], name)) {
        continue;
      }
      agreeing++;
      if (!name.contains(" ") && isCommonWord(name, spelling)) {
        continue;
      }
      names.computeIfAbsent(id, key -> new ArrayList<>()).add(name);
    }
    LOG.info("{}: {} rows, {} joined to GeoNames, {} of cities without an Arabic name, {} agreeing,"
        + " {} kept before the city rules", WORLD_CITIES, rows, joined, unnamed, agreeing,
        names.size());
    return names;
  }

  /**
   * Whether a one-word name is also a word of the language or a given name, which the
   * supplementary source may not make a city key: the CRF reads gazetteer membership as a
   * feature, and the city rules' most-populous choice cannot tell a town from a word. True when
   * the Penn Arabic Treebank knows the word mostly as other than a proper noun («القصر», «صافي»),
   * when it is a given name or a currency of the CRF's name lists («جورج» for George, South
   * Africa; «ليرا» for Lira, Uganda), or when it
   * has the article and the spelling dictionary knows it («الكرم», generosity, for Le Kram).
   * Without the article the dictionary is not asked: it reads many foreign names as a stem with
   * clitics.
   */
  static boolean isCommonWord(String name, ArabicSpelling spelling) {
    AtbLexicon.Entry treebank = AtbLexicon.shared().get(keyOf(name));
    if (treebank != null && !treebank.properNounClass().equals(AtbLexicon.PROPER_NOUN)) {
      return true;
    }
    WordForms word = WordForms.of(name);
    if (FirstNames.shared().contains(word) || CurrencyNames.shared().contains(word)) {
      return true;
    }
    return name.startsWith("ال") && spelling.check(name) == ArabicSpelling.Verdict.KNOWN;
  }

  /** The supplementary source of city names, in the data directory's {@code gazetteers/}. */
  static final String WORLD_CITIES = "world-cities-translations/world-cities.csv";

  /**
   * A name without its first word if that is a province word («ولاية قندهار» is «قندهار»): the
   * supplementary source labels a city by its province, and a province is named after its seat.
   */
  static String withoutProvinceWord(String name) {
    String[] words = name.strip().split("\\s+", 2);
    return words.length == 2 && PROVINCE_WORDS.contains(keyOf(words[0])) ? words[1] : name.strip();
  }

  /** The GeoNames id of each country's capital (feature code PPLC; the most populous if several). */
  private static Map<String, String> capitals(Path source) {
    Map<String, String> capital = new HashMap<>();
    Map<String, Long> population = new HashMap<>();
    for (String[] row : readTsv(source.resolve("geonames/cities15000_arabic.tsv"), true)) {
      long people = Long.parseLong(row[6]);
      if (row[5].equals("PPLC") && people > population.getOrDefault(row[3], -1L)) {
        capital.put(row[3], row[0]);
        population.put(row[3], people);
      }
    }
    return capital;
  }

  /**
   * Adds to each kept capital the phrases that name it by its country: «عاصمة» before a name of
   * the country («بعاصمة المملكة المغربية») and «العاصمة» before the country's relative adjective
   * in the feminine («العاصمة المغربية»), from the event stage's {@code nationality-adjectives.tsv}.
   */
  private static void addCapitalPhrases(Map<String, Entry> cities, Map<String, Entry> countries, Map<String, String> capitals) {
    Map<String, List<String>> adjectives = new HashMap<>();
    for (String line : resourceLines(NATIONALITY_ADJECTIVES)) {
      String[] row = line.split("\t");
      adjectives.computeIfAbsent(row[0], code -> new ArrayList<>()).add(row[1]);
    }
    for (Map.Entry<String, String> capital : capitals.entrySet()) {
      Entry city = cities.get(capital.getValue());
      Entry country = countries.get(capital.getKey());
      if (city == null || country == null) {
        continue;
      }
      for (String countryKey : country.keys) {
        city.keys.add(keyOf("عاصمة") + " " + countryKey);
      }
      for (String adjective : adjectives.getOrDefault(capital.getKey(), List.of())) {
        city.keys.add(keyOf("العاصمة") + " " + keyOf("ال" + adjective + "ة"));
      }
    }
  }

  /** Country code and masculine relative adjective, one per line («MA TAB مغربي»); in the library jar. */
  private static final String NATIONALITY_ADJECTIVES = "io/github/hadath/event/nationality-adjectives.tsv";

  private static List<String> resourceLines(String resource) {
    try (var in = GazetteerCompiler.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      List<String> lines = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String stripped = line.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          lines.add(stripped);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
  }

  /** Reads a hand-curated file of lines {@code id, English name, country, names}. */
  private static Map<String, Entry> curated(Path file) {
    Map<String, Entry> entries = new TreeMap<>(GazetteerCompiler::compareIds);
    for (String[] row : readTsv(file, false)) {
      if (row.length < 4) {
        throw new IllegalStateException(
            file + ": need id, name, country, names in " + String.join(" ", row));
      }
      Entry entry = entries.computeIfAbsent(row[0], id -> new Entry(id, row[1], row[2]));
      for (String name : row[3].split("\\|")) {
        addKey(entry, name);
      }
    }
    return entries;
  }

  private static String notEntities(Path curated) {
    StringBuilder out = new StringBuilder(NOT_ENTITIES_HEADER);
    Set<String> keys = new LinkedHashSet<>();
    for (String line : readLines(curated.resolve("not-entities.txt"))) {
      keys.add(keyOf(line));
    }
    // Stoplisted city names are common words: as not-entities they also keep proclitic removal
    // from finding a name inside them («وجده» "he found him" is not و + «جده» Jeddah).
    for (String line : readLines(curated.resolve("city-stoplist.txt"))) {
      keys.add(keyOf(line));
    }
    keys.forEach(key -> out.append(key).append('\n'));
    return out.toString();
  }

  /** Drops a Wikipedia-style disambiguation («بومبو، أوغندا», «X (مدينة)»). */
  private static String cleanName(String name) {
    int cut = name.length();
    for (char stop : new char[] {'،', ',', '('}) {
      int at = name.indexOf(stop);
      if (at >= 0) {
        cut = Math.min(cut, at);
      }
    }
    return name.substring(0, cut).strip();
  }

  private static boolean usableCityKey(String key) {
    if (key.isEmpty()) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (c == ' ') {
        continue;
      }
      if (c == GazetteerKeys.SHADDA) {
        continue;
      }
      if (c < '\u0621' || c > '\u064A') {
        return false; // Latin letters, digits, punctuation, Persian letters
      }
      letters++;
    }
    String firstWord = key.split(" ", 2)[0];
    // A name that starts with yeh with hamza («ئالجير») is Uyghur, not Arabic.
    return letters >= 3 && key.charAt(0) != '\u0626' && !PROVINCE_WORDS.contains(firstWord);
  }

  private static void addKey(Entry entry, String name) {
    String key = keyOf(cleanName(name));
    if (!key.isEmpty() && key.chars().anyMatch(c -> c >= '\u0621' && c <= '\u064A')) {
      entry.keys.add(key);
    }
  }

  /**
   * The key of a name: the match key of each whitespace word (keeping a shadda, see {@link
   * GazetteerKeys#markedKey}), words joined by one space, with punctuation-only words («-») dropped
   * because the tokenizer makes them words of their own.
   */
  static String keyOf(String name) {
    StringBuilder key = new StringBuilder();
    for (String word : name.strip().split("\\s+")) {
      GazetteerKeys.KeyedWord marked = GazetteerKeys.markedKey(word);
      String wordKey = marked != null ? marked.key() : ArabicTextNormalizer.matchKey(word);
      if (wordKey.chars().noneMatch(Character::isLetterOrDigit)) {
        continue;
      }
      if (key.length() > 0) {
        key.append(' ');
      }
      key.append(wordKey);
    }
    return key.toString();
  }

  private static int compareIds(String a, String b) {
    String digitsA = a.replaceAll("\\D", "");
    String digitsB = b.replaceAll("\\D", "");
    if (!digitsA.isEmpty() && !digitsB.isEmpty() && digitsA.length() != digitsB.length()) {
      return Integer.compare(digitsA.length(), digitsB.length());
    }
    return a.compareTo(b);
  }

  private static String render(String header, Map<String, Entry> entries) {
    StringBuilder out = new StringBuilder(header);
    for (Entry entry : entries.values()) {
      if (entry.keys.isEmpty()) {
        continue;
      }
      out.append(entry.id).append('\t').append(entry.name).append('\t')
          .append(entry.country == null ? "" : entry.country).append('\t')
          .append(String.join("|", entry.keys)).append('\n');
    }
    return out.toString();
  }

  private static List<String> readLines(Path file) {
    try {
      List<String> lines = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String stripped = line.strip();
        if (!stripped.isEmpty() && !stripped.startsWith("#")) {
          lines.add(stripped.charAt(0) == '\uFEFF' ? stripped.substring(1) : stripped);
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static List<String[]> readTsv(Path file, boolean hasHeader) {
    List<String> lines = readLines(file);
    List<String[]> rows = new ArrayList<>(lines.size());
    for (int i = hasHeader ? 1 : 0; i < lines.size(); i++) {
      rows.add(lines.get(i).split("\t", -1));
    }
    return rows;
  }
}
