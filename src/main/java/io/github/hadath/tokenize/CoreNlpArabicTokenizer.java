package io.github.hadath.tokenize;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;
import io.github.hadath.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Tokenizes with Stanford CoreNLP's Arabic segmenter, the one class of Hadath that talks to
 * CoreNLP.
 *
 * <p>The segmenter (Monroe, Green and Manning, "Word Segmentation of Informal Arabic with Domain
 * Adaptation", ACL 2014; model {@value #SEGMENTER_MODEL}, trained on the Penn Arabic Treebank,
 * Broadcast News and Egyptian Arabic) splits proclitics and pronoun enclitics in ATB style and
 * reports character offsets into the string it is given.
 *
 * <ul>
 *   <li>Each line is segmented on its own: newlines always end a sentence, and a 20 MB input is
 *       read a line at a time.
 *   <li>Sentences also end after «.», «!», «?» and «؟»; the Arabic comma «،» never ends one.
 *   <li>Tokens are grouped into {@link Word words}: tokens that touch in the text belong to one
 *       word, except punctuation, which always stands alone.
 * </ul>
 *
 * <p>Thread-safe: the CoreNLP pipeline is built once and only read afterwards.
 */
public final class CoreNlpArabicTokenizer implements ArabicTokenizer {

  /** Classpath location of the CoreNLP Arabic segmenter model. */
  public static final String SEGMENTER_MODEL =
      "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz";

  private final StanfordCoreNLP pipeline;

  /** Loads the segmenter model from the classpath (about 2 seconds). */
  public CoreNlpArabicTokenizer() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize");
    properties.setProperty("tokenize.language", "ar");
    properties.setProperty("segment.model", SEGMENTER_MODEL);
    this.pipeline = new StanfordCoreNLP(properties);
  }

  @Override
  public TokenizedText tokenize(NormalizedText text) {
    Objects.requireNonNull(text, "text");
    String normalized = text.normalized();
    Builder builder = new Builder(text);
    int lineStart = 0;
    while (lineStart <= normalized.length()) {
      int lineEnd = normalized.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = normalized.length();
      }
      String line = normalized.substring(lineStart, lineEnd);
      if (!line.isBlank()) {
        segmentLine(line, lineStart, builder);
        builder.endSentence();
      }
      lineStart = lineEnd + 1;
    }
    return builder.build();
  }

  private void segmentLine(String line, int offset, Builder builder) {
    Annotation annotation = new Annotation(line);
    pipeline.annotate(annotation);
    List<CoreLabel> labels = annotation.get(CoreAnnotations.TokensAnnotation.class);
    if (labels == null) {
      return;
    }
    for (CoreLabel label : labels) {
      int begin = offset + label.beginPosition();
      int end = offset + label.endPosition();
      if (end <= begin) {
        continue;
      }
      builder.add(label.word(), begin, end);
      if (isSentenceEnd(label.word())) {
        builder.endSentence();
      }
    }
  }

  private static boolean isSentenceEnd(String form) {
    return form.equals(".") || form.equals("!") || form.equals("?") || form.equals("\u061F");
  }

  static boolean isPunctuation(String form) {
    for (int i = 0; i < form.length(); i++) {
      if (Character.isLetterOrDigit(form.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** Accumulates tokens, groups them into words and sentences, and assigns clitic roles. */
  private static final class Builder {
    private final NormalizedText text;
    private final List<String> forms = new ArrayList<>();
    private final List<int[]> ranges = new ArrayList<>();
    private final List<int[]> wordRanges = new ArrayList<>();
    private final List<int[]> sentenceRanges = new ArrayList<>();
    private int sentenceStart;

    Builder(NormalizedText text) {
      this.text = text;
    }

    void add(String form, int begin, int end) {
      int index = forms.size();
      boolean startsWord =
          ranges.isEmpty()
              || ranges.get(index - 1)[1] != begin
              || isPunctuation(form)
              || isPunctuation(forms.get(index - 1));
      if (startsWord) {
        wordRanges.add(new int[] {index, index + 1});
      } else {
        wordRanges.get(wordRanges.size() - 1)[1] = index + 1;
      }
      forms.add(form);
      ranges.add(new int[] {begin, end});
    }

    void endSentence() {
      if (forms.size() > sentenceStart) {
        sentenceRanges.add(new int[] {sentenceStart, forms.size()});
        sentenceStart = forms.size();
      }
    }

    TokenizedText build() {
      endSentence();
      Token.Role[] roles = new Token.Role[forms.size()];
      int[] wordOf = new int[forms.size()];
      for (int w = 0; w < wordRanges.size(); w++) {
        int[] range = wordRanges.get(w);
        int stem = range[0];
        for (int t = range[0]; t < range[1]; t++) {
          wordOf[t] = w;
          if (forms.get(t).length() > forms.get(stem).length()) {
            stem = t;
          }
        }
        for (int t = range[0]; t < range[1]; t++) {
          roles[t] = t < stem ? Token.Role.PROCLITIC : t == stem ? Token.Role.STEM : Token.Role.ENCLITIC;
        }
      }
      List<Token> tokens = new ArrayList<>(forms.size());
      for (int t = 0; t < forms.size(); t++) {
        int[] range = ranges.get(t);
        Span span = text.toOriginal(range[0], range[1]);
        String form = forms.get(t);
        tokens.add(
            new Token(
                t,
                span.coveredText(text.original()),
                form,
                ArabicTextNormalizer.matchKey(form),
                span,
                wordOf[t],
                roles[t]));
      }
      List<Word> words = new ArrayList<>(wordRanges.size());
      for (int w = 0; w < wordRanges.size(); w++) {
        int[] range = wordRanges.get(w);
        Span span = tokens.get(range[0]).span().union(tokens.get(range[1] - 1).span());
        words.add(new Word(w, span.coveredText(text.original()), span, range[0], range[1]));
      }
      List<Sentence> sentences = new ArrayList<>(sentenceRanges.size());
      for (int s = 0; s < sentenceRanges.size(); s++) {
        int[] range = sentenceRanges.get(s);
        Span span = tokens.get(range[0]).span().union(tokens.get(range[1] - 1).span());
        sentences.add(new Sentence(s, span, range[0], range[1]));
      }
      return new TokenizedText(text, tokens, words, sentences);
    }
  }
}
