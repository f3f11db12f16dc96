package io.github.hadath.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The tests' Spark: local mode with two cores, as on the build machine, one session for the whole
 * test JVM (Spark stops it at exit). Starting Spark costs seconds; the test classes share it.
 */
final class LocalSpark {

  private LocalSpark() {}

  static synchronized SparkSession session() {
    return SparkSession.builder()
        .master("local[2]")
        .appName("hadath-spark-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }
}
