package io.github.hadath.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Spherical k-means over unit vectors (cosine similarity), flat and nested, for the word classes of
 * {@link WordClassInducer}: seeded, so the same vectors give the same classes.
 */
final class SphericalKMeans {

  private SphericalKMeans() {}

  /**
   * Splits each of the {@code parentK} classes of {@code parents} into {@code k / parentK}
   * (fewer when a class has fewer words) by k-means over its own words: class {@code p * branch + child}, renumbered densely.
   */
  static int[] split(
      float[][] vectors, int[] parents, int parentK, int k, long seed, int iterations) {
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
      int[] children = cluster(sub, Math.min(branch, sub.length), seed, iterations, line -> { });
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

  /**
   * Spherical k-means; returns each vector's class, 0 ≤ class < k.
   *
   * @param seed seed of the initial centres (the seed used is {@code seed + k})
   * @param iterations most rounds
   * @param log receives one line per round
   */
  static int[] cluster(float[][] vectors, int k, long seed, int iterations, Consumer<String> log) {
    int n = vectors.length;
    int d = vectors[0].length;
    Random random = new Random(seed + k);
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
    for (int round = 0; round < iterations; round++) {
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

  /** Scales {@code v} to unit length in place (a zero vector stays zero). */
  static void normalize(float[] v) {
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
}
