package io.github.hadath.tokenize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A bounded, thread-safe cache of what was computed for word types, for a stage that meets the
 * same words again and again (the tokenizer's segmentations, the spelling verdicts of the entity
 * stage).
 *
 * <ul>
 *   <li>Two generations: new entries go to the young one; when it holds half of {@code maxSize},
 *       it becomes the old one and the former old one is dropped. A word found in the old
 *       generation is put in the young one again, so words met often stay.
 *   <li>At most {@code maxSize} entries, plus one per thread that adds an entry at the same moment.
 *   <li>{@link #computeIfAbsent} holds no lock while it computes: two threads may compute the
 *       same word at once, and one result is kept. A word's value must not depend on when it is
 *       computed.
 * </ul>
 *
 * @param <V> what is kept for a word
 */
public final class WordCache<V> {

  private final int maxSize;
  private final int generationSize;
  private volatile Map<String, V> young = new ConcurrentHashMap<>();
  private volatile Map<String, V> old = Map.of();

  /**
   * An empty cache.
   *
   * @param maxSize number of words kept at most, {@code >= 1}
   * @throws IllegalArgumentException if {@code maxSize < 1}
   */
  public WordCache(int maxSize) {
    if (maxSize < 1) {
      throw new IllegalArgumentException("cache size must be >= 1, got " + maxSize);
    }
    this.maxSize = maxSize;
    this.generationSize = Math.max(1, maxSize / 2);
  }

  /** The value kept for {@code word}, or null. */
  public V get(String word) {
    V value = young.get(word);
    if (value == null) {
      value = old.get(word);
      if (value != null) {
        put(word, value);
      }
    }
    return value;
  }

  /** Keeps {@code value} for {@code word}, dropping the oldest generation if the cache is full. */
  public void put(String word, V value) {
    Map<String, V> current = young;
    if (current.size() >= generationSize) {
      synchronized (this) {
        if (young == current) {
          // with room for one generation only, the young one is emptied instead of kept
          old = maxSize >= 2 * generationSize ? current : Map.of();
          young = new ConcurrentHashMap<>();
        }
        current = young;
      }
    }
    current.put(word, value);
  }

  /** The value kept for {@code word}, or else {@code compute}'s, which is then kept. */
  public V computeIfAbsent(String word, Function<String, V> compute) {
    V value = get(word);
    if (value == null) {
      value = compute.apply(word);
      put(word, value);
    }
    return value;
  }

  /** Number of words kept now, at most {@code maxSize} (see the class Javadoc). */
  public int size() {
    return young.size() + old.size();
  }
}
