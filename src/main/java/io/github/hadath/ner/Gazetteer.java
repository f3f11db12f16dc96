package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
  private final int countries;
  private final int cities;
  private final int organizations;
  private final int regions;
  private final int names;

  private Gazetteer(Map<String, Node> roots, int[] counts) {
    this.roots = roots;
    this.organizations = counts[0];
    this.countries = counts[1];
    this.cities = counts[2];
    this.names = counts[3];
    this.regions = counts[4];
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
    Map<String, Node> roots = new HashMap<>(32_768);
    int[] counts = new int[5];
    counts[0] = read(roots, "organizations.tsv", Link.Kind.ORGANIZATION, counts);
    counts[1] = read(roots, "countries.tsv", Link.Kind.COUNTRY, counts);
    counts[4] = read(roots, "regions.tsv", Link.Kind.REGION, counts);
    counts[2] = read(roots, "cities.tsv", Link.Kind.CITY, counts);
    read(roots, "not-entities.tsv", null, counts);
    return new Gazetteer(roots, counts);
  }

  /** Reads one compiled file into the trie; returns its number of entries. */
  private static int read(Map<String, Node> roots, String file, Link.Kind kind, int[] counts) {
    String resource = RESOURCE_FOLDER + file;
    InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing gazetteer resource " + resource));
    }
    int entries = 0;
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        if (kind == null) {
          add(roots, line, null);
          continue;
        }
        String[] columns = line.split("\t", -1);
        if (columns.length != 4) {
          throw new IllegalStateException(resource + ": expected 4 columns in «" + line + "»");
        }
        String country = columns[2].isEmpty() ? null : columns[2];
        Link link = new Link(kind, columns[0], columns[1], country);
        for (String key : columns[3].split("\\|")) {
          if (add(roots, key, link)) {
            counts[3]++;
          }
        }
        entries++;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    return entries;
  }

  /**
   * Adds a name (or, with a null link, a phrase that is not an entity) unless an earlier source
   * already has it; returns whether it was added.
   */
  private static boolean add(Map<String, Node> roots, String key, Link link) {
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
    Node node = null;
    for (String word : name.strip().split("\\s+")) {
      String key = ArabicTextNormalizer.matchKey(word);
      node = node == null ? roots.get(key) : node.next(key);
      if (node == null) {
        return Optional.empty();
      }
    }
    return Optional.ofNullable(node == null ? null : node.link);
  }

  /** Number of countries. */
  public int countryCount() {
    return countries;
  }

  /** Number of cities. */
  public int cityCount() {
    return cities;
  }

  /** Number of regions (continents, territories, parts of the world). */
  public int regionCount() {
    return regions;
  }

  /** Number of organizations. */
  public int organizationCount() {
    return organizations;
  }

  /** Number of distinct names (keys) of all entries together. */
  public int nameCount() {
    return names;
  }
}
