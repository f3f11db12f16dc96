package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.tokenize.PhraseTrie;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dictionary of entity names, each a sequence of word keys, with the entry every name links to.
 *
 * <ul>
 *   <li>Keys are {@link ArabicTextNormalizer#matchKey match keys}, so «ألبانيا» and «البانيا»,
 *       «دبى» and «دبي» are one name.
 *   <li>Names are stored in a word trie ({@link PhraseTrie}, the project's one phrase matcher): a
 *       lookup costs one hash probe per word and never allocates.
 *   <li>When two sources give the same name, the first loaded wins: organizations, then
 *       countries, then regions, then cities (so «الجزائر» is Algeria, not Algiers).
 *   <li>A two-word city or country name also matches written without its space
 *       («الدارالبيضاء»), with the lowest priority of all.
 *   <li>Some phrases are stored as <em>not entities</em> («أمريكا اللاتينية»): they take part in
 *       longest match like names, and the recognizer then reports nothing for them.
 * </ul>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class Gazetteer {

  /** Classpath folder of the compiled gazetteers (built by hadath-tools' GazetteerCompiler). */
  public static final String RESOURCE_FOLDER = "models/gazetteers/";

  /**
   * What a name of the trie stands for: its entry, or null for a phrase that is not an entity.
   */
  record Name(Link link) {}

  /** A two-word place name written as one word. */
  private record Glued(String key, Link link) {}

  /** Letters each word of a two-word place name needs for its glued form to be a name. */
  private static final int MIN_GLUED_PART = 3;

  private final PhraseTrie<Name> names;
  private final Map<Link.Kind, Integer> entries;
  private final int nameCount;

  private Gazetteer(Loader loader) {
    this.names = loader.trie;
    this.entries = Map.copyOf(loader.entries);
    this.nameCount = loader.names;
  }

  private static final class Holder {
    static final Gazetteer CLASSPATH = load();
  }

  /**
   * The gazetteer bundled in the jar ({@value #RESOURCE_FOLDER}): countries (CLDR), cities
   * (GeoNames cities15000, CC BY 4.0, and Natural Earth), international organizations (our
   * curation, CC BY-SA 4.0) and regions (our curation). Loaded once per JVM, in a few hundred
   * milliseconds.
   *
   * @throws UncheckedIOException if a bundled file is missing or unreadable
   */
  public static Gazetteer fromClasspath() {
    return Holder.CLASSPATH;
  }

  private static Gazetteer load() {
    Loader loader = new Loader();
    // The order decides homonyms: the first source that names a key keeps it.
    loader.read("organizations.tsv", Link.Kind.ORGANIZATION);
    loader.read("countries.tsv", Link.Kind.COUNTRY);
    loader.read("regions.tsv", Link.Kind.REGION);
    loader.read("cities.tsv", Link.Kind.CITY);
    loader.read("not-entities.tsv", null);
    loader.addGluedNames();
    return new Gazetteer(loader);
  }

  /** Builds the trie from the compiled files, counting entries and names. */
  private static final class Loader {
    final PhraseTrie<Name> trie = new PhraseTrie<>();
    final Map<Link.Kind, Integer> entries = new EnumMap<>(Link.Kind.class);
    final List<Glued> glued = new ArrayList<>();
    int names;

    /**
     * Adds the two-word place names written without their space («الدارالبيضاء», «الجزائرالعاصمة»,
     * a common typo of news sites), after every other name, so that they never take a key a
     * source gives.
     */
    void addGluedNames() {
      for (Glued name : glued) {
        add(name.key(), name.link());
      }
    }

    /** Reads one compiled file; a null kind reads a list of phrases that are not entities. */
    void read(String file, Link.Kind kind) {
      String resource = RESOURCE_FOLDER + file;
      InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
      if (in == null) {
        throw new UncheckedIOException(new IOException("missing gazetteer resource " + resource));
      }
      try (BufferedReader reader =
          new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.isEmpty() || line.charAt(0) == '#') {
            continue;
          }
          if (kind == null) {
            add(line, null);
            continue;
          }
          String[] columns = line.split("\t", -1);
          if (columns.length != 4) {
            throw new IllegalStateException(resource + ": expected 4 columns in «" + line + "»");
          }
          String country = columns[2].isEmpty() ? null : columns[2];
          Link link = new Link(kind, columns[0], columns[1], country);
          for (String key : columns[3].split("\\|")) {
            if (add(key, link)) {
              names++;
            }
            String[] words = key.split(" ");
            if ((kind == Link.Kind.CITY || kind == Link.Kind.COUNTRY) && words.length == 2
                && words[0].length() >= MIN_GLUED_PART && words[1].length() >= MIN_GLUED_PART) {
              glued.add(new Glued(words[0] + words[1], link));
            }
          }
          entries.merge(kind, 1, Integer::sum);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + resource, e);
      }
    }

    /**
     * Adds a name (or, with a null link, a phrase that is not an entity) unless an earlier source
     * already has it; returns whether it was added.
     */
    private boolean add(String key, Link link) {
      return trie.addIfAbsent(List.of(key.split(" ")), new Name(link));
    }
  }

  /** The trie node of a name's first word key, or null when no name starts with it. */
  PhraseTrie.Node<Name> root(String wordKey) {
    return names.root(wordKey);
  }

  /** The entry of the name ending at {@code node}, or null when none ends there or it is not an entity. */
  static Link link(PhraseTrie.Node<Name> node) {
    return node.endsPhrase() ? node.values().get(0).link() : null;
  }

  /**
   * The entry named exactly {@code name}, spelling variants folded, clitics not removed.
   *
   * @param name a name as written («المملكة المغربية», «دبى»); words separated by whitespace
   * @return its entry, or empty when the gazetteer has no such name
   * @throws NullPointerException if {@code name} is null
   */
  public Optional<Link> lookup(String name) {
    Objects.requireNonNull(name, "name");
    String[] words = name.strip().split("\\s+");
    PhraseTrie.Node<Name> node = null;
    for (int i = 0; i < words.length; i++) {
      String key = ArabicTextNormalizer.matchKey(words[i]);
      if (i == 0) {
        // A first word written with a shadda may be a marked name («عمّان»); else read it plain.
        GazetteerKeys.KeyedWord marked = GazetteerKeys.markedKey(words[0]);
        node = marked == null ? null : names.root(marked.key());
        node = node != null ? node : names.root(key);
      } else {
        node = node.next(key);
      }
      if (node == null) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(node == null ? null : link(node));
  }

  /**
   * Number of entries of one kind: 253 countries, some 3,100 cities, 88 organizations and 16
   * regions in the bundled gazetteer.
   *
   * @throws NullPointerException if {@code kind} is null
   */
  public int entryCount(Link.Kind kind) {
    return entries.getOrDefault(Objects.requireNonNull(kind, "kind"), 0);
  }

  /** Number of distinct names (keys) of all entries together. */
  public int nameCount() {
    return nameCount;
  }
}
