package io.github.hadath.ner;

import io.github.hadath.tokenize.WordForms;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Induces distributional word classes ({@link WordClasses}) from unlabeled Arabic text, for the
 * CRF's {@link ArabicCrfFeatureFactory.FeatureSet#CLASSES} features. Pure Java, deterministic for
 * given files and options.
 *
 * <p>The method, in order:
 *
 * <ol>
 *   <li>Each line of each file is split on whitespace, with punctuation peeled off the ends of a
 *       chunk as tokens of its own (as ANERcorp writes it); lines starting with {@code <} (the
 *       corpora's {@code <doc>} markup) are skipped. Every token is read as its {@link WordForms}:
 *       an occurrence counts for its match key and, when different, for its bare stem («بالأردن»
 *       counts for «بالاردن» and «اردن»), so that a stem gets a class from all its inflections
 *       and an unseen inflection can be tagged through its stem.
 *   <li>The vocabulary is every key or stem counted at least {@link Options#minCount} times; the
 *       contexts are the {@link Options#contextWords} most frequent keys, at the four positions
 *       two and one before and after (the sentence edge is a context too).
 *   <li>Each vocabulary word's context counts are weighted by positive pointwise mutual
 *       information with context distribution smoothing (exponent 0.75; Levy, Goldberg and Dagan,
 *       TACL 2015) and projected to {@link Options#dimensions} dimensions by a seeded Gaussian random
 *       projection, then scaled to unit length.
 *   <li>Spherical k-means (cosine; seeded random initial centres, an emptied cluster re-seeded
 *       from a random word) runs once per granularity in {@link Options#granularities}, for
 *       {@link Options#iterations} rounds or until no word moves.
 * </ol>
 *
 * <p>Why not Brown clustering: a naive exchange over 200,000 words and 1,600 classes takes hours
 * on two cores; this takes minutes, and k-means over context vectors gave a plain CRF 7 points on
 * ANERcorp in the data directory's own measurement. {@link BrownClusterer} builds Brown-style
 * paths of the frequent stems in minutes too, with 512 flat classes merged into a tree.
 */
public final class WordClassInducer {

  /**
   * Options of an induction.
   *
   * @param minCount least occurrences of a key or stem to get a class, {@code >= 1}
   * @param contextWords how many of the most frequent keys serve as contexts, {@code >= 1}
   * @param dimensions dimensions of the projected vectors, {@code >= 2}
   * @param granularities class counts, coarsest first, the first {@code >= 2}, each later one a
   *     multiple {@code >= 2} of the one before (100, 400, 1600)
   * @param iterations most k-means rounds per clustering, {@code >= 1}
   * @param seed seed of the projection and of the initial centres
   */
  public record Options(
      int minCount, int contextWords, int dimensions, List<Integer> granularities,
      int iterations, long seed) {

    /**
     * @throws IllegalArgumentException if a value is out of range
     */
    public Options {
      granularities = List.copyOf(granularities);
      if (minCount < 1 || contextWords < 1 || dimensions < 2 || iterations < 1
          || granularities.isEmpty() || granularities.get(0) < 2 || !nested(granularities)) {
        throw new IllegalArgumentException(
            "out of range: minCount " + minCount + ", contextWords " + contextWords
                + ", dimensions " + dimensions + ", granularities " + granularities
                + ", iterations " + iterations);
      }
    }

    private static boolean nested(List<Integer> ks) {
      for (int g = 1; g < ks.size(); g++) {
        if (ks.get(g) < 2 * ks.get(g - 1) || ks.get(g) % ks.get(g - 1) != 0) {
          return false;
        }
      }
      return true;
    }

    /** The options of the shipped class file. */
    public static Options defaults() {
      return new Options(10, 2000, 100, List.of(100, 400, 1600), 12, 16L);
    }
  }

  private static final int POSITIONS = 4;
  private static final double SMOOTHING = 0.75;

  private WordClassInducer() {}

  /**
   * The corpus files under {@code dir}, in path order: every regular file whose name ends in
   * {@code .txt} or {@code .txt.gz}.
   *
   * @throws UncheckedIOException if the directory cannot be read
   */
  public static List<Path> corpusFiles(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".txt.gz"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list corpus directory " + dir, e);
    }
  }

  /**
   * Induces word classes from {@code files}.
   *
   * @param files plain or gzipped UTF-8 text files
   * @param log receives one line per step (counts, timings)
   * @throws UncheckedIOException if a file cannot be read
   * @throws IllegalArgumentException if the files hold fewer words than the largest granularity
   */
  public static WordClasses induce(List<Path> files, Options options, Consumer<String> log) {
    long start = System.nanoTime();
    // pass 1: frequencies of keys (contexts) and of keys and bare stems (vocabulary)
    Map<String, int[]> keyCounts = new HashMap<>();
    Map<String, int[]> targetCounts = new HashMap<>();
    long tokens = forEachSentence(files, sentence -> {
      for (WordForms f : sentence) {
        keyCounts.computeIfAbsent(f.key(), k -> new int[1])[0]++;
        targetCounts.computeIfAbsent(f.key(), k -> new int[1])[0]++;
        if (!f.bare().equals(f.key())) {
          targetCounts.computeIfAbsent(f.bare(), k -> new int[1])[0]++;
        }
      }
    });
    List<String> vocabulary = byFrequency(targetCounts, options.minCount(), Integer.MAX_VALUE);
    List<String> contexts = byFrequency(keyCounts, 1, options.contextWords());
    int largest = options.granularities().stream().max(Integer::compare).orElseThrow();
    if (vocabulary.size() < largest) {
      throw new IllegalArgumentException(
          vocabulary.size() + " words cannot make " + largest + " classes");
    }
    log.accept(String.format(
        "%,d tokens, %,d keys and stems, %,d with at least %d occurrences, %d contexts (%.0f s)",
        tokens, targetCounts.size(), vocabulary.size(), options.minCount(), contexts.size(),
        seconds(start)));
    Map<String, Integer> vocabularyIds = ids(vocabulary);
    Map<String, Integer> contextIds = ids(contexts);
    keyCounts.clear();
    targetCounts.clear();

    // pass 2: co-occurrence counts, context c at position p is column p * (C + 1) + c, C the edge
    int edge = contexts.size();
    int columns = POSITIONS * (contexts.size() + 1);
    LongIntCounter pairs = new LongIntCounter(1 << 24);
    forEachSentence(files, sentence -> {
      int n = sentence.size();
      int[] keyIds = new int[n];
      int[] bareIds = new int[n];
      int[] ctxIds = new int[n];
      for (int i = 0; i < n; i++) {
        WordForms f = sentence.get(i);
        keyIds[i] = vocabularyIds.getOrDefault(f.key(), -1);
        bareIds[i] = f.bare().equals(f.key()) ? -1 : vocabularyIds.getOrDefault(f.bare(), -1);
        ctxIds[i] = contextIds.getOrDefault(f.key(), -1);
      }
      for (int i = 0; i < n; i++) {
        if (keyIds[i] < 0 && bareIds[i] < 0) {
          continue;
        }
        for (int p = 0; p < POSITIONS; p++) {
          int j = i + (p < 2 ? p - 2 : p - 1); // -2, -1, +1, +2
          int ctx = j < 0 || j >= n ? edge : ctxIds[j];
          if (ctx < 0) {
            continue;
          }
          int column = p * (contexts.size() + 1) + ctx;
          if (keyIds[i] >= 0) {
            pairs.increment((long) keyIds[i] * columns + column);
          }
          if (bareIds[i] >= 0) {
            pairs.increment((long) bareIds[i] * columns + column);
          }
        }
      }
    });
    log.accept(String.format(
        "%,d distinct word-context pairs (%.0f s)", pairs.size(), seconds(start)));

    float[][] vectors = project(pairs, vocabulary.size(), columns, options);
    log.accept(String.format("SVD to %d dimensions (%.0f s)", options.dimensions(),
        seconds(start)));
    List<int[]> assignments = new ArrayList<>();
    List<Integer> ks = options.granularities();
    assignments.add(SphericalKMeans.cluster(vectors, ks.get(0), options.seed(), options.iterations(), log));
    log.accept(String.format("%d classes (%.0f s)", ks.get(0), seconds(start)));
    for (int g = 1; g < ks.size(); g++) {
      assignments.add(SphericalKMeans.split(vectors, assignments.get(g - 1), ks.get(g - 1), ks.get(g), options.seed(), options.iterations()));
      log.accept(String.format("%d classes (%.0f s)", ks.get(g), seconds(start)));
    }
    Map<String, int[]> classes = new HashMap<>(vocabulary.size() * 2);
    for (int w = 0; w < vocabulary.size(); w++) {
      int[] row = new int[assignments.size()];
      for (int g = 0; g < row.length; g++) {
        row[g] = assignments.get(g)[w];
      }
      classes.put(vocabulary.get(w), row);
    }
    return new WordClasses(options.granularities(), classes);
  }

  /**
   * The PPMI matrix's rank-{@code d} truncated SVD by randomized range finding (Halko, Martinsson
   * and Tropp, SIAM Review 2011; seeded Gaussian test matrix, two power iterations): each word's
   * row of U·Σ^½, scaled to unit length.
   */
  private static float[][] project(
      LongIntCounter pairs, int words, int columns, Options options) {
    double[] rowSums = new double[words];
    double[] columnSums = new double[columns];
    pairs.forEach((pair, count) -> {
      rowSums[(int) (pair / columns)] += count;
      columnSums[(int) (pair % columns)] += count;
    });
    double smoothedTotal = 0;
    for (double c : columnSums) {
      smoothedTotal += Math.pow(c, SMOOTHING);
    }
    double[] logContext = new double[columns];
    for (int c = 0; c < columns; c++) {
      logContext[c] = Math.log(Math.pow(columnSums[c], SMOOTHING) / smoothedTotal);
    }
    // the positive PMI entries in row order (CSR)
    long[] keys = new long[pairs.size()];
    float[] pmis = new float[pairs.size()];
    int[] nnz = {0};
    pairs.forEach((pair, count) -> {
      int w = (int) (pair / columns);
      double pmi = Math.log(count / rowSums[w]) - logContext[(int) (pair % columns)];
      if (pmi > 0) {
        keys[nnz[0]] = pair;
        pmis[nnz[0]] = (float) pmi;
        nnz[0]++;
      }
    });
    Integer[] order = new Integer[nnz[0]];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparingLong(i -> keys[i]));
    RandomizedSvd.Sparse a = new RandomizedSvd.Sparse(words, columns, order.length);
    int row = 0;
    for (int i = 0; i < order.length; i++) {
      long pair = keys[order[i]];
      int w = (int) (pair / columns);
      while (row < w) {
        a.rowStart[++row] = i;
      }
      a.column[i] = (int) (pair % columns);
      a.value[i] = pmis[order[i]];
    }
    while (row < words) {
      a.rowStart[++row] = order.length;
    }

    float[][] vectors = RandomizedSvd.rowEmbeddings(a, options.dimensions(), options.seed());
    for (float[] v : vectors) {
      SphericalKMeans.normalize(v);
    }
    return vectors;
  }

  /** Keys with at least {@code min} occurrences, most frequent first (ties by key), at most {@code limit}. */
  private static List<String> byFrequency(Map<String, int[]> counts, int min, int limit) {
    return counts.entrySet().stream()
        .filter(e -> e.getValue()[0] >= min)
        .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Map<String, Integer> ids(List<String> words) {
    Map<String, Integer> ids = new HashMap<>(words.size() * 2);
    for (int i = 0; i < words.size(); i++) {
      ids.put(words.get(i), i);
    }
    return ids;
  }

  /** Feeds each line's tokens, as forms, to {@code sink}; returns the number of tokens. */
  static long forEachSentence(List<Path> files, Consumer<List<WordForms>> sink) {
    long tokens = 0;
    Map<String, WordForms> cache = new HashMap<>();
    for (Path file : files) {
      try (InputStream raw = Files.newInputStream(file);
          InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
        String line;
        List<WordForms> sentence = new ArrayList<>();
        while ((line = reader.readLine()) != null) {
          if (line.startsWith("<")) {
            continue;
          }
          sentence.clear();
          for (String token : tokenize(line)) {
            WordForms forms = cache.get(token);
            if (forms == null) {
              forms = WordForms.of(token);
              if (cache.size() < 2_000_000) {
                cache.put(token, forms);
              }
            }
            if (!forms.key().isEmpty()) {
              sentence.add(forms);
            }
          }
          tokens += sentence.size();
          if (!sentence.isEmpty()) {
            sink.accept(sentence);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read corpus file " + file, e);
      }
    }
    return tokens;
  }

  /**
   * Splits a line on whitespace and peels punctuation off both ends of each chunk, one token per
   * punctuation character: «(الأردن)،» gives «(», «الأردن», «)», «،».
   */
  static List<String> tokenize(String line) {
    List<String> out = new ArrayList<>();
    for (String chunk : line.split("\\s+")) {
      if (chunk.isEmpty()) {
        continue;
      }
      int begin = 0;
      int end = chunk.length();
      while (begin < end && !Character.isLetterOrDigit(chunk.charAt(begin))) {
        out.add(chunk.substring(begin, begin + 1));
        begin++;
      }
      int tail = end;
      while (tail > begin && !Character.isLetterOrDigit(chunk.charAt(tail - 1))) {
        tail--;
      }
      if (tail > begin) {
        out.add(chunk.substring(begin, tail));
      }
      for (int i = tail; i < end; i++) {
        out.add(chunk.substring(i, i + 1));
      }
    }
    return out;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  /** Counts per long key in open addressing; keys are never negative. */
  static final class LongIntCounter {
    private long[] keys;
    private int[] values;
    private int size;

    LongIntCounter(int capacity) {
      keys = new long[capacity];
      Arrays.fill(keys, -1);
      values = new int[capacity];
    }

    void increment(long key) {
      int mask = keys.length - 1;
      int i = (int) (mix(key) & mask);
      while (keys[i] != -1 && keys[i] != key) {
        i = (i + 1) & mask;
      }
      if (keys[i] == -1) {
        keys[i] = key;
        size++;
        if (size > keys.length * 0.65) {
          values[i]++;
          grow();
          return;
        }
      }
      values[i]++;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = new long[oldKeys.length * 2];
      Arrays.fill(keys, -1);
      values = new int[keys.length];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != -1) {
          int i = (int) (mix(oldKeys[j]) & mask);
          while (keys[i] != -1) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          values[i] = oldValues[j];
        }
      }
    }

    int size() {
      return size;
    }

    interface PairConsumer {
      void accept(long key, int count);
    }

    void forEach(PairConsumer consumer) {
      for (int j = 0; j < keys.length; j++) {
        if (keys[j] != -1) {
          consumer.accept(keys[j], values[j]);
        }
      }
    }

    private static long mix(long x) {
      x ^= x >>> 33;
      x *= 0xff51afd7ed558ccdL;
      x ^= x >>> 33;
      return x;
    }
  }
}
