/**
 * The {@code hadath-cli} command line: {@code extract} (JSON records of documents), {@code
 * evaluate-ner}, {@code evaluate-events} and {@code train-ner}. {@link
 * io.github.hadath.cli.AnalysisJson} writes the JSON record of an analysis, for applications that
 * want the same JSON.
 */
package io.github.hadath.cli;
