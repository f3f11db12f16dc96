package io.github.hadath.tokenize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trie of phrases over word keys: the one phrase matcher of the project, behind the gazetteers,
 * the CRF's name lists and the event templates' word groups.
 *
 * <ul>
 *   <li>A phrase is a sequence of words; a word is one key or several. A phrase word matches a
 *       text word when they share a key: a gazetteer name's word has one key, its match key; a
 *       template word two, its key as written and its stem without the article, each matched
 *       against the text word's key of the same kind (the caller tells the kinds apart, for
 *       instance by a prefix).
 *   <li>Phrases with the same words share a node, which holds their values in the order added.
 *   <li>A match walks the trie from the phrase's first word: one hash probe per key of each text
 *       word, so finding every phrase that starts at a word costs the length of the longest, not
 *       the number of phrases.
 * </ul>
 *
 * <p>Built once, then read only: reads are thread-safe once the last {@code add} has returned
 * (the classes holding a trie publish it through a final field).
 *
 * @param <V> what a phrase stands for (a link, a category, a template group)
 */
public final class PhraseTrie<V> {

  /**
   * A node of the trie: the values of the phrases ending here, and the words that may follow.
   *
   * @param <V> the trie's value type
   */
  public static final class Node<V> {
    private final List<String> word;
    private List<V> values = List.of();
    private Map<String, List<Node<V>>> next;

    private Node(List<String> word) {
      this.word = word;
    }

    /** The values of the phrases ending at this node, in the order added; empty if none ends here. */
    public List<V> values() {
      return values;
    }

    /** True when a phrase ends at this node. */
    public boolean endsPhrase() {
      return !values.isEmpty();
    }

    /**
     * The node reached by one more word with key {@code key}, or null. For tries whose words have
     * one key each, where a key leads to one node at most.
     */
    public Node<V> next(String key) {
      List<Node<V>> nodes = next == null ? null : next.get(key);
      return nodes == null ? null : nodes.get(0);
    }

    /** Adds to {@code out} the nodes reached by one more word with key {@code key}, once each. */
    private void collectNext(String key, List<Node<V>> out) {
      List<Node<V>> nodes = next == null ? null : next.get(key);
      if (nodes != null) {
        for (Node<V> node : nodes) {
          if (!containsSame(out, node)) {
            out.add(node);
          }
        }
      }
    }

    private Node<V> child(List<String> keys) {
      if (next == null) {
        next = new HashMap<>(4);
      }
      List<Node<V>> candidates = next.get(keys.get(0));
      if (candidates != null) {
        for (Node<V> candidate : candidates) {
          if (candidate.word.equals(keys)) {
            return candidate;
          }
        }
      }
      Node<V> child = new Node<>(keys);
      for (String key : keys) {
        next.computeIfAbsent(key, k -> new ArrayList<>(1)).add(child);
      }
      return child;
    }
  }

  /** Receives the phrases found by {@link #forEachMatch}. */
  @FunctionalInterface
  public interface Visitor<V> {
    /**
     * Called once per trie node reached that ends a phrase.
     *
     * @param length the phrase's length in words, ≥ 1
     * @param values the values of the phrases of that node
     */
    void found(int length, List<V> values);
  }

  /** The keys of the text's words, read by {@link #forEachMatch} as far as the walk needs. */
  @FunctionalInterface
  public interface TextWords {
    /**
     * The keys of the {@code i}-th word after the phrase's first, or null when the text (or the
     * stretch where a phrase may lie) ends before it.
     *
     * @param i 1 for the word after the first, and so on
     */
    List<String> keys(int i);
  }

  private final Node<V> root = new Node<>(List.of());

  /**
   * Adds a phrase of one-key words.
   *
   * @param keys the key of each word, at least one
   * @param value what the phrase stands for; kept after the values of the same words added before
   * @throws IllegalArgumentException if {@code keys} is empty
   */
  public void add(List<String> keys, V value) {
    addWords(wordsOf(keys), value);
  }

  /**
   * Adds a phrase of one-key words unless a phrase of the same words is there already: the first
   * source of a name wins.
   *
   * @param keys the key of each word, at least one
   * @return true if the phrase was added
   * @throws IllegalArgumentException if {@code keys} is empty
   */
  public boolean addIfAbsent(List<String> keys, V value) {
    Node<V> node = node(wordsOf(keys));
    if (node.endsPhrase()) {
      return false;
    }
    node.values = append(node.values, value);
    return true;
  }

  /**
   * Adds a phrase whose words may have several keys each.
   *
   * @param words the keys of each word, at least one word of at least one key
   * @param value what the phrase stands for; kept after the values of the same words added before
   * @throws IllegalArgumentException if {@code words} or one of its words is empty
   */
  public void addWords(List<List<String>> words, V value) {
    Node<V> node = node(words);
    node.values = append(node.values, value);
  }

  private static List<List<String>> wordsOf(List<String> keys) {
    List<List<String>> words = new ArrayList<>(keys.size());
    for (String key : keys) {
      words.add(List.of(key));
    }
    return words;
  }

  private Node<V> node(List<List<String>> words) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a phrase has at least one word");
    }
    Node<V> node = root;
    for (List<String> word : words) {
      if (word.isEmpty()) {
        throw new IllegalArgumentException("a word has at least one key: " + words);
      }
      node = node.child(List.copyOf(word));
    }
    return node;
  }

  private static <V> List<V> append(List<V> values, V value) {
    Objects.requireNonNull(value, "value");
    List<V> more = new ArrayList<>(values.size() + 1);
    more.addAll(values);
    more.add(value);
    return List.copyOf(more);
  }

  /**
   * The node of the phrases whose first word has key {@code key}, or null when none does. For
   * tries whose words have one key each.
   */
  public Node<V> root(String key) {
    return root.next(key);
  }

  /** True when some phrase's first word has one of {@code keys}. */
  public boolean startsWithAny(List<String> keys) {
    for (String key : keys) {
      if (root.next != null && root.next.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Visits every phrase that the text spells from a word on, shortest first: a phrase of {@code n}
   * words matches when, for each of them, the text word in its place shares a key with it.
   *
   * @param first the keys of the phrase's first word in the text
   * @param rest the keys of the words after it, read one at a time while phrases continue
   * @param visitor called for each node reached that ends a phrase, by length, then in the order
   *     the first word's keys and the trie reached it
   */
  public void forEachMatch(List<String> first, TextWords rest, Visitor<V> visitor) {
    List<Node<V>> active = new ArrayList<>(2);
    for (String key : first) {
      root.collectNext(key, active);
    }
    for (int length = 1; !active.isEmpty(); length++) {
      for (Node<V> node : active) {
        if (node.endsPhrase()) {
          visitor.found(length, node.values);
        }
      }
      List<String> keys = rest.keys(length);
      if (keys == null) {
        return;
      }
      List<Node<V>> next = new ArrayList<>(2);
      for (Node<V> node : active) {
        for (String key : keys) {
          node.collectNext(key, next);
        }
      }
      active = next;
    }
  }

  private static <V> boolean containsSame(List<Node<V>> nodes, Node<V> node) {
    for (Node<V> n : nodes) {
      if (n == node) {
        return true;
      }
    }
    return false;
  }
}
