package io.github.hadath.benchmarks;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;
import io.github.hadath.tokenize.CoreNlpArabicTokenizer;
import io.github.hadath.tokenize.SegmentationTable;
import io.github.hadath.tokenize.Token;
import io.github.hadath.tokenize.TokenizedText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Measures what the segmentation cache and per-word segmentation change, on the whole {@link
 * Corpus}.
 *
 * <ul>
 *   <li>agreement: the share of whitespace words whose tokens (forms and spans) are the same when
 *       each word is segmented on its own (Hadath's default, cached) as when CoreNLP's CRF runs
 *       over the whole line ({@link CoreNlpArabicTokenizer#lineByLine()});
 *   <li>identity: the cached and the uncached per-word tokenizer must give equal token lists on
 *       every document, in a first (cold) and a second (warm) pass;
 *   <li>model identity: Hadath's whole-line segmentation with its compacted model must give the
 *       same tokens as CoreNLP's own {@code tokenize} annotator with the official model.
 * </ul>
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.github.hadath.benchmarks.SegmentationAgreement}. Prints the numbers and the words that differ.
 * With {@code --held-out [PAGES]} (default 100 pages of 1,000 words) it measures the segmentation
 * table instead, on held-out Wikipedia text ({@link HeldOutPages}; data directory from {@code
 * -Dhadath.dataDir}, default {@code ../shared/data}).
 */
public final class SegmentationAgreement {

  private SegmentationAgreement() {}

  public static void main(String[] args) {
    if (args.length > 0) {
      if (!args[0].equals("--held-out")) {
        throw new IllegalArgumentException("unknown option " + args[0] + "; usage: [--held-out [PAGES]]");
      }
      heldOut(args.length > 1 ? Integer.parseInt(args[1]) : 100);
      return;
    }
    ArabicTextNormalizer normalizer = new ArabicTextNormalizer();
    CoreNlpArabicTokenizer cached = new CoreNlpArabicTokenizer();
    CoreNlpArabicTokenizer uncached = cached.withCacheSize(0);
    CoreNlpArabicTokenizer wholeLine = cached.lineByLine();
    int words = 0;
    int agreeing = 0;
    int identicalDocuments = 0;
    int sameAsOfficialModel = 0;
    StanfordCoreNLP official = officialTokenizer();
    Set<String> types = new HashSet<>();
    List<String> differences = new ArrayList<>();
    List<String> documents = Corpus.documents();
    for (int pass = 0; pass < 2; pass++) {
      for (String document : documents) {
        NormalizedText text = normalizer.normalize(document);
        TokenizedText fast = cached.tokenize(text);
        if (fast.tokens().equals(uncached.tokenize(text).tokens())) {
          identicalDocuments++;
        }
        if (pass > 0) {
          continue;
        }
        TokenizedText lines = wholeLine.tokenize(text);
        if (formsAndSpans(lines.tokens()).equals(officialTokens(official, text))) {
          sameAsOfficialModel++;
        }
        List<List<String>> perWord = byWhitespaceWord(document, fast.tokens());
        List<List<String>> reference = byWhitespaceWord(document, lines.tokens());
        for (String word : document.split("\\s+")) {
          types.add(word);
        }
        for (int w = 0; w < reference.size(); w++) {
          words++;
          if (w < perWord.size() && perWord.get(w).equals(reference.get(w))) {
            agreeing++;
          } else if (w < perWord.size()) {
            differences.add(perWord.get(w) + " vs whole line " + reference.get(w));
          }
        }
      }
    }
    differences.forEach(System.out::println);
    System.out.printf(
        "word types: %,d in %,d words%n"
            + "per-word (cached) vs whole-line segmentation: %,d of %,d words agree = %.3f%%%n"
            + "cached vs uncached: %d of %d document passes identical%n"
            + "compacted vs official model (whole lines): %d of %d documents identical%n",
        types.size(), Corpus.WORDS, agreeing, words, 100.0 * agreeing / words,
        identicalDocuments, 2 * documents.size(), sameAsOfficialModel, documents.size());
  }

  /**
   * Agreement on the first {@code pageCount} pages of held-out Wikipedia text ({@link
   * HeldOutPages#heldOut}), which the segmentation table was not built from: Hadath's default
   * tokenizer (table, then CoreNLP per word) against CoreNLP's whole-line segmentation, and
   * against the same tokenizer without the table (which must be identical); the share of
   * whitespace words of the normalized text found in the table.
   */
  private static void heldOut(int pageCount) {
    ArabicTextNormalizer normalizer = new ArabicTextNormalizer();
    CoreNlpArabicTokenizer withTable = new CoreNlpArabicTokenizer();
    CoreNlpArabicTokenizer withoutTable = withTable.withoutTable().withCacheSize(0);
    CoreNlpArabicTokenizer wholeLine = withTable.lineByLine();
    SegmentationTable table = withTable.table().orElseThrow();
    List<String> pages = HeldOutPages.heldOut().pages();
    pages = pages.subList(0, Math.min(pageCount, pages.size()));
    long words = 0;
    long agreeing = 0;
    long inTable = 0;
    long answered = 0;
    long normalizedWords = 0;
    int identicalPages = 0;
    List<String> differences = new ArrayList<>();
    for (String page : pages) {
      NormalizedText text = normalizer.normalize(page);
      for (String word : text.normalized().split("\\s+")) {
        if (!word.isEmpty()) {
          normalizedWords++;
          if (table.contains(word)) {
            inTable++;
          }
          if (table.answers(word)) {
            answered++;
          }
        }
      }
      TokenizedText fast = withTable.tokenize(text);
      if (fast.tokens().equals(withoutTable.tokenize(text).tokens())) {
        identicalPages++;
      }
      TokenizedText lines = wholeLine.tokenize(text);
      List<List<String>> perWord = byWhitespaceWord(page, fast.tokens());
      List<List<String>> reference = byWhitespaceWord(page, lines.tokens());
      for (int w = 0; w < reference.size(); w++) {
        words++;
        if (w < perWord.size() && perWord.get(w).equals(reference.get(w))) {
          agreeing++;
        } else if (w < perWord.size()) {
          differences.add(perWord.get(w) + " vs whole line " + reference.get(w));
        }
      }
    }
    differences.stream().limit(200).forEach(System.out::println);
    System.out.printf(
        "held-out pages: %d of %d words (%,d whitespace words)%n"
            + "table: %,d word types; holds %,d of %,d normalized whitespace words = %.2f%%,"
            + " answers for %,d with the punctuation rule = %.2f%%%n"
            + "default (table + CoreNLP per word) vs whole-line segmentation: %,d of %,d words agree = %.3f%%%n"
            + "with vs without the table (CoreNLP per word, batched): %d of %d pages identical%n",
        pages.size(), HeldOutPages.WORDS, (long) pages.size() * HeldOutPages.WORDS,
        table.size(), inTable, normalizedWords, 100.0 * inTable / normalizedWords,
        answered, 100.0 * answered / normalizedWords,
        agreeing, words, 100.0 * agreeing / words, identicalPages, pages.size());
  }

  /** CoreNLP's tokenize annotator for Arabic with the official segmenter model. */
  private static StanfordCoreNLP officialTokenizer() {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize");
    properties.setProperty("tokenize.language", "ar");
    properties.setProperty(
        "segment.model",
        "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.ser.gz");
    return new StanfordCoreNLP(properties);
  }

  /** CoreNLP's tokens of each line of {@code text}, as form and original span. */
  private static List<String> officialTokens(StanfordCoreNLP official, NormalizedText text) {
    List<String> tokens = new ArrayList<>();
    String normalized = text.normalized();
    int lineStart = 0;
    for (String line : normalized.split("\n", -1)) {
      if (!line.isBlank()) {
        Annotation annotation = new Annotation(line);
        official.annotate(annotation);
        for (CoreLabel label : annotation.get(CoreAnnotations.TokensAnnotation.class)) {
          if (label.endPosition() > label.beginPosition()) {
            tokens.add(label.word()
                + text.toOriginal(lineStart + label.beginPosition(), lineStart + label.endPosition()));
          }
        }
      }
      lineStart += line.length() + 1;
    }
    return tokens;
  }

  private static List<String> formsAndSpans(List<Token> tokens) {
    return tokens.stream().map(token -> token.form() + token.span()).toList();
  }

  /** Tokens (form and span) grouped by the whitespace word of {@code text} they start in. */
  private static List<List<String>> byWhitespaceWord(String text, List<Token> tokens) {
    List<List<String>> words = new ArrayList<>();
    int wordEnd = -1;
    for (Token token : tokens) {
      int begin = token.span().begin();
      if (begin >= wordEnd) {
        words.add(new ArrayList<>());
        wordEnd = begin;
        while (wordEnd < text.length() && !Character.isWhitespace(text.charAt(wordEnd))) {
          wordEnd++;
        }
      }
      words.get(words.size() - 1).add(token.form() + token.span());
    }
    return words;
  }
}
