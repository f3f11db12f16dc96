package io.github.hadath.ner;

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
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;
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
 *       corpora's {@code <doc>} markup) are skipped. Every token is read as its {@link CliticForms}:
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
 * <p>Why not Brown clustering: exchange algorithms over 200,000 words and 1,600 classes take
 * hours on two cores; this takes minutes, and k-means over context vectors gave a plain CRF 7
 * points on ANERcorp in the data directory's own measurement.
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
      for (CliticForms f : sentence) {
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
        CliticForms f = sentence.get(i);
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
    assignments.add(kMeans(vectors, ks.get(0), options, log));
    log.accept(String.format("%d classes (%.0f s)", ks.get(0), seconds(start)));
    for (int g = 1; g < ks.size(); g++) {
      assignments.add(split(vectors, assignments.get(g - 1), ks.get(g - 1), ks.get(g), options));
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
    Sparse a = new Sparse(words, columns, order.length);
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

    int d = options.dimensions();
    Random random = new Random(options.seed());
    double[][] omega = new double[d][columns];
    for (double[] col : omega) {
      for (int c = 0; c < columns; c++) {
        col[c] = random.nextGaussian();
      }
    }
    double[][] q = orthonormalize(a.times(omega));
    for (int power = 0; power < 2; power++) {
      q = orthonormalize(a.times(orthonormalize(a.transposeTimes(q))));
    }
    double[][] bt = a.transposeTimes(q); // (Q^T A)^T, columns × d
    double[][] gram = new double[d][d]; // B B^T
    for (int i = 0; i < d; i++) {
      for (int j = i; j < d; j++) {
        double sum = 0;
        for (int c = 0; c < columns; c++) {
          sum += bt[i][c] * bt[j][c];
        }
        gram[i][j] = sum;
        gram[j][i] = sum;
      }
    }
    double[][] eigenvectors = new double[d][d];
    double[] eigenvalues = jacobi(gram, eigenvectors);
    float[][] vectors = new float[words][d];
    for (int k = 0; k < d; k++) {
      double scale = Math.pow(Math.max(eigenvalues[k], 0), 0.25); // sqrt of the singular value
      for (int i = 0; i < d; i++) {
        double v = eigenvectors[i][k] * scale;
        if (v != 0) {
          double[] qi = q[i];
          for (int w = 0; w < words; w++) {
            vectors[w][k] += (float) (qi[w] * v);
          }
        }
      }
    }
    for (float[] v : vectors) {
      normalize(v);
    }
    return vectors;
  }

  /** A sparse matrix in compressed rows. */
  private static final class Sparse {
    final int rows;
    final int columns;
    final int[] rowStart;
    final int[] column;
    final float[] value;

    Sparse(int rows, int columns, int nnz) {
      this.rows = rows;
      this.columns = columns;
      this.rowStart = new int[rows + 1];
      this.column = new int[nnz];
      this.value = new float[nnz];
    }

    /** A·X for X given by columns (each of length {@code columns}); result by columns. */
    double[][] times(double[][] x) {
      double[][] y = new double[x.length][rows];
      IntStream.range(0, x.length).parallel().forEach(k -> {
        double[] xk = x[k];
        double[] yk = y[k];
        for (int r = 0; r < rows; r++) {
          double sum = 0;
          for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
            sum += value[i] * xk[column[i]];
          }
          yk[r] = sum;
        }
      });
      return y;
    }

    /** Aᵀ·Y for Y given by columns (each of length {@code rows}); result by columns. */
    double[][] transposeTimes(double[][] y) {
      double[][] x = new double[y.length][columns];
      IntStream.range(0, y.length).parallel().forEach(k -> {
        double[] yk = y[k];
        double[] xk = x[k];
        for (int r = 0; r < rows; r++) {
          double yr = yk[r];
          for (int i = rowStart[r]; i < rowStart[r + 1]; i++) {
            xk[column[i]] += value[i] * yr;
          }
        }
      });
      return x;
    }
  }

  /** Modified Gram–Schmidt over the columns, in place; returns them. */
  private static double[][] orthonormalize(double[][] columns) {
    for (int k = 0; k < columns.length; k++) {
      double[] ck = columns[k];
      for (int j = 0; j < k; j++) {
        double[] cj = columns[j];
        double dot = 0;
        for (int i = 0; i < ck.length; i++) {
          dot += ck[i] * cj[i];
        }
        for (int i = 0; i < ck.length; i++) {
          ck[i] -= dot * cj[i];
        }
      }
      double norm = 0;
      for (double x : ck) {
        norm += x * x;
      }
      norm = Math.sqrt(norm);
      for (int i = 0; i < ck.length; i++) {
        ck[i] = norm > 0 ? ck[i] / norm : 0;
      }
    }
    return columns;
  }

  /**
   * Eigen-decomposes the symmetric matrix {@code m} (destroyed) by cyclic Jacobi rotations;
   * {@code vectors[i][k]} receives component i of eigenvector k. Returns the eigenvalues.
   */
  private static double[] jacobi(double[][] m, double[][] vectors) {
    int n = m.length;
    for (int i = 0; i < n; i++) {
      vectors[i][i] = 1;
    }
    for (int sweep = 0; sweep < 100; sweep++) {
      double off = 0;
      for (int p = 0; p < n; p++) {
        for (int r = p + 1; r < n; r++) {
          off += m[p][r] * m[p][r];
        }
      }
      if (off < 1e-22) {
        break;
      }
      for (int p = 0; p < n; p++) {
        for (int r = p + 1; r < n; r++) {
          if (Math.abs(m[p][r]) < 1e-300) {
            continue;
          }
          double theta = (m[r][r] - m[p][p]) / (2 * m[p][r]);
          double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
          if (theta == 0) {
            t = 1;
          }
          double c = 1 / Math.sqrt(t * t + 1);
          double s = t * c;
          for (int k = 0; k < n; k++) {
            double mkp = m[k][p];
            double mkr = m[k][r];
            m[k][p] = c * mkp - s * mkr;
            m[k][r] = s * mkp + c * mkr;
          }
          for (int k = 0; k < n; k++) {
            double mpk = m[p][k];
            double mrk = m[r][k];
            m[p][k] = c * mpk - s * mrk;
            m[r][k] = s * mpk + c * mrk;
          }
          for (int k = 0; k < n; k++) {
            double vkp = vectors[k][p];
            double vkr = vectors[k][r];
            vectors[k][p] = c * vkp - s * vkr;
            vectors[k][r] = s * vkp + c * vkr;
          }
        }
      }
    }
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = m[i][i];
    }
    return values;
  }

  /**
   * Splits each of the {@code parentK} classes of {@code parents} into {@code k / parentK}
   * (fewer when a class has fewer words) by k-means over its own words: class {@code p * branch + child}, renumbered densely.
   */
  private static int[] split(
      float[][] vectors, int[] parents, int parentK, int k, Options options) {
    int branch = k / parentK;
    List<List<Integer>> members = new ArrayList<>();
    for (int p = 0; p < parentK; p++) {
      members.add(new ArrayList<>());
    }
    for (int w = 0; w < parents.length; w++) {
      members.get(parents[w]).add(w);
    }
    int[] raw = new int[parents.length];
    IntStream.range(0, parentK).parallel().forEach(p -> {
      List<Integer> words = members.get(p);
      if (words.isEmpty()) {
        return;
      }
      float[][] sub = new float[words.size()][];
      for (int i = 0; i < sub.length; i++) {
        sub[i] = vectors[words.get(i)];
      }
      int[] children = kMeans(sub, Math.min(branch, sub.length), options, line -> { });
      for (int i = 0; i < sub.length; i++) {
        raw[words.get(i)] = p * branch + children[i];
      }
    });
    Map<Integer, Integer> dense = new HashMap<>();
    int[] classes = new int[raw.length];
    for (int w = 0; w < raw.length; w++) {
      int id = raw[w];
      Integer c = dense.get(id);
      if (c == null) {
        c = dense.size();
        dense.put(id, c);
      }
      classes[w] = c;
    }
    return classes;
  }

  /** Spherical k-means; returns each word's class, 0 ≤ class < k. */
  static int[] kMeans(float[][] vectors, int k, Options options, Consumer<String> log) {
    int n = vectors.length;
    int d = vectors[0].length;
    Random random = new Random(options.seed() + k);
    float[][] centres = new float[k][];
    int[] order = IntStream.range(0, n).toArray();
    for (int i = 0; i < k; i++) { // partial Fisher–Yates: k distinct words
      int j = i + random.nextInt(n - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
      centres[i] = vectors[order[i]].clone();
    }
    int[] assignment = new int[n];
    Arrays.fill(assignment, -1);
    for (int round = 0; round < options.iterations(); round++) {
      float[][] current = centres;
      IntStream words = IntStream.range(0, n);
      int[] next = (n > 10_000 ? words.parallel() : words).map(w -> nearest(vectors[w], current)).toArray();
      int moved = 0;
      for (int w = 0; w < n; w++) {
        if (next[w] != assignment[w]) {
          moved++;
        }
      }
      assignment = next;
      log.accept(String.format("  k=%d round %d: %,d words moved", k, round + 1, moved));
      if (moved == 0) {
        break;
      }
      float[][] sums = new float[k][d];
      int[] sizes = new int[k];
      for (int w = 0; w < n; w++) {
        float[] s = sums[assignment[w]];
        float[] v = vectors[w];
        for (int i = 0; i < d; i++) {
          s[i] += v[i];
        }
        sizes[assignment[w]]++;
      }
      for (int c = 0; c < k; c++) {
        if (sizes[c] == 0) {
          sums[c] = vectors[random.nextInt(n)].clone();
        }
        normalize(sums[c]);
      }
      centres = sums;
    }
    return assignment;
  }

  private static int nearest(float[] v, float[][] centres) {
    int best = 0;
    float bestDot = Float.NEGATIVE_INFINITY;
    for (int c = 0; c < centres.length; c++) {
      float[] centre = centres[c];
      float dot = 0;
      for (int i = 0; i < v.length; i++) {
        dot += v[i] * centre[i];
      }
      if (dot > bestDot) {
        bestDot = dot;
        best = c;
      }
    }
    return best;
  }

  private static void normalize(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm > 0) {
      float scale = (float) (1 / Math.sqrt(norm));
      for (int i = 0; i < v.length; i++) {
        v[i] *= scale;
      }
    }
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
  private static long forEachSentence(List<Path> files, Consumer<List<CliticForms>> sink) {
    long tokens = 0;
    Map<String, CliticForms> cache = new HashMap<>();
    for (Path file : files) {
      try (InputStream raw = Files.newInputStream(file);
          InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
        String line;
        List<CliticForms> sentence = new ArrayList<>();
        while ((line = reader.readLine()) != null) {
          if (line.startsWith("<")) {
            continue;
          }
          sentence.clear();
          for (String token : tokenize(line)) {
            CliticForms forms = cache.get(token);
            if (forms == null) {
              forms = CliticForms.of(token);
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
  private static final class LongIntCounter {
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
