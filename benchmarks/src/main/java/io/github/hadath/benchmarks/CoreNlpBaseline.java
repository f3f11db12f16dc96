package io.github.hadath.benchmarks;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The baseline every speed figure is compared with: CoreNLP's own Arabic pipeline as documented
 * ({@code StanfordCoreNLP-arabic.properties} of the models jar, official models) with {@code
 * annotators = tokenize, ssplit, pos}.
 */
final class CoreNlpBaseline {

  private CoreNlpBaseline() {}

  /** A new baseline pipeline (loads the segmenter and the tagger: seconds). */
  static StanfordCoreNLP pipeline() {
    Properties properties = new Properties();
    try (InputStream in =
        StanfordCoreNLP.class.getClassLoader().getResourceAsStream("StanfordCoreNLP-arabic.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    properties.setProperty("annotators", "tokenize,ssplit,pos");
    return new StanfordCoreNLP(properties);
  }
}
