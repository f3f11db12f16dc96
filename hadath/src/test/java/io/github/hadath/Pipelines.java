package io.github.hadath;

import io.github.hadath.ner.CrfEntityRecognizer;
import io.github.hadath.tokenize.CoreNlpArabicTokenizer;

/** Models are slow to load, so all tests share one instance of each. */
public final class Pipelines {

  private Pipelines() {}

  private static final class TokenizerHolder {
    static final CoreNlpArabicTokenizer TOKENIZER = new CoreNlpArabicTokenizer();
  }

  private static final class HadathHolder {
    static final Hadath HADATH = Hadath.builder().tokenizer(TokenizerHolder.TOKENIZER).build();
  }

  private static final class CrfHolder {
    static final CrfEntityRecognizer CRF = CrfEntityRecognizer.fromClasspath();
  }

  /** The shared CRF entity recognizer with the bundled model. */
  public static CrfEntityRecognizer crf() {
    return CrfHolder.CRF;
  }

  /** The shared CoreNLP tokenizer. */
  public static CoreNlpArabicTokenizer tokenizer() {
    return TokenizerHolder.TOKENIZER;
  }

  /** The shared default pipeline. */
  public static Hadath hadath() {
    return HadathHolder.HADATH;
  }
}
