/**
 * JMH benchmarks and measurement programs of Hadath against plain CoreNLP: pipeline and CRF
 * throughput, segmentation agreement, start-up and heap, linearity in document length. Corpora are
 * read from the data directory ({@code -Dhadath.dataDir}); docs/performance.md gives the commands.
 */
package io.github.hadath.benchmarks;
