package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A dictionary of entity names, each a sequence of word keys, with the entry every name links to.
 *
 * <ul>
 *   <li>Keys are {@link ArabicTextNormalizer#matchKey match keys}, so «ألبانيا» and «البانيا»,
 *       «دبى» and «دبي» are one name.
 *   <li>Names are stored in a word trie: a lookup costs one hash probe per word and never
 *       allocates.
 *   <li>When two sources give the same name, the first loaded wins: organizations, then
 *       countries, then regions, then cities (so «الجزائر» is Algeria, not Algiers).
 *   <li>Some phrases are stored as <em>not entities</em> («أمريكا اللاتينية»): they take part in
 *       longest match like names, and the recognizer then reports nothing for them.
 * </ul>
 *
 * <p>Immutable and thread-safe once built.
 */
public final class Gazetteer {

  /** Classpath folder of the compiled gazetteers, built by {@link GazetteerCompiler}. */
  public static final String RESOURCE_FOLDER = "models/gazetteers/";

  /** A node of the word trie: the name ending here, if any, and the words that may follow. */
  static final class Node {
    private Link link;
    private boolean notAnEntity;
    private Map<String, Node> next;

    /** The entry of the name ending at this node, or null. */
    Link link() {
      return link;
    }

    /** True when a phrase ends here: a name, or a phrase that is not an entity. */
    boolean endsPhrase() {
      return link != null || notAnEntity;
    }

    /** The node reached by one more word key, or null. */
    Node next(String wordKey) {
      return next == null ? null : next.get(wordKey);
    }

    private Node child(String wordKey) {
      if (next == null) {
        next = new HashMap<>(4);
      }
      return next.computeIfAbsent(wordKey, k -> new Node());
    }
  }

  private final Map<String, Node> roots;
  private final Map<Link.Kind, Integer> entries;
  private final int names;

  private Gazetteer(Loader loader) {
    this.roots = loader.roots;
    this.entries = Map.copyOf(loader.entries);
    this.names = loader.names;
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
    return new Gazetteer(loader);
  }

  /** Builds the trie from the compiled files, counting entries and names. */
  private static final class Loader {
    final Map<String, Node> roots = new HashMap<>(16_384);
    final Map<Link.Kind, Integer> entries = new EnumMap<>(Link.Kind.class);
    int names;

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
      String[] words = key.split(" ");
      Node node = roots.computeIfAbsent(words[0], k -> new Node());
      for (int i = 1; i < words.length; i++) {
        node = node.child(words[i]);
      }
      if (node.endsPhrase()) {
        return false;
      }
      node.link = link;
      node.notAnEntity = link == null;
      return true;
    }
  }

  /** The trie node of a name's first word key, or null when no name starts with it. */
  Node root(String wordKey) {
    return roots.get(wordKey);
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
    Node node = null;
    for (int i = 0; i < words.length; i++) {
      String key = ArabicTextNormalizer.matchKey(words[i]);
      if (i == 0) {
        // A first word written with a shadda may be a marked name («عمّان»); else read it plain.
        GazetteerKeys.KeyedWord marked = GazetteerKeys.markedKey(words[0]);
        node = marked == null ? null : roots.get(marked.key());
        node = node != null ? node : roots.get(key);
      } else {
        node = node.next(key);
      }
      if (node == null) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(node == null ? null : node.link);
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
    return names;
  }
}
