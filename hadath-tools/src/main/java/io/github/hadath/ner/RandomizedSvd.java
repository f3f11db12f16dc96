package io.github.hadath.ner;

import java.util.Random;
import java.util.stream.IntStream;

/**
 * Rank-{@code d} truncated SVD of a sparse matrix by randomized range finding (Halko, Martinsson
 * and Tropp, "Finding structure with randomness", SIAM Review 2011): a seeded Gaussian test
 * matrix, two power iterations, then the small {@code d × d} eigenproblem by Jacobi rotations.
 * For {@link WordClassInducer}'s PPMI matrix.
 */
final class RandomizedSvd {

  private RandomizedSvd() {}

  /**
   * Each row's coordinates in the top {@code d} singular directions, as U·Σ^½ (not normalized).
   *
   * @param a the matrix, {@code rows × columns}
   * @param d dimensions, {@code 1 <= d <= columns}
   * @param seed seed of the Gaussian test matrix
   */
  static float[][] rowEmbeddings(Sparse a, int d, long seed) {
    int words = a.rows;
    int columns = a.columns;
    Random random = new Random(seed);
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
    return vectors;
  }

  /** A sparse matrix in compressed rows. */
  static final class Sparse {
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
}
