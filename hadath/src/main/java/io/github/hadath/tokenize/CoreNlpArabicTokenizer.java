package io.github.hadath.tokenize;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import edu.stanford.nlp.international.arabic.process.ArabicSegmenter;
import edu.stanford.nlp.io.RuntimeIOException;
import edu.stanford.nlp.ling.CoreLabel;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;
import io.github.hadath.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * Broadcast News and Egyptian Arabic, stripped of its zero-weight features at build time by {@link
 * SegmenterModelCompactor}; GPL-3.0-or-later, see {@code
 * edu/stanford/nlp/models/NOTICE-hadath.txt} in the jar) splits proclitics and pronoun enclitics in
 * ATB style and reports character offsets into the string it is given.
 *
 * <ul>
 *   <li>Each whitespace word is segmented on its own and its segmentation is kept in a bounded,
 *       thread-safe cache of word types ({@value #DEFAULT_CACHE_SIZE} by default), so a frequent
 *       word costs one lookup instead of one run of the character-level CRF. The CRF sees a few
 *       characters across word boundaries; on the ANERcorp test text the per-word segmentation
 *       agrees with CoreNLP's whole-line segmentation on over 99.9% of words (see docs/performance.md,
 *       "Performance"). {@link #lineByLine()} gives CoreNLP's own whole-line behaviour.
 *   <li>Each line is segmented on its own: newlines always end a sentence, and a 20 MB input is
 *       read a line at a time.
 *   <li>Sentences also end after «.», «!», «?» and «؟»; the Arabic comma «،» never ends one.
 *   <li>Tokens are grouped into {@link Word words}: tokens that touch in the text belong to one
 *       word, except punctuation, which always stands alone.
 * </ul>
 *
 * <p>Thread-safe: the CRF model is only read after loading (CoreNLP documents {@code
 * CRFClassifier} as thread-safe) and the cache is a concurrent Guava cache. Output never depends
 * on what the cache holds: a word is always segmented alone, cached or not.
 */
public final class CoreNlpArabicTokenizer implements ArabicTokenizer {

  /** Classpath location of the CoreNLP Arabic segmenter model. */
  public static final String SEGMENTER_MODEL =
      "edu/stanford/nlp/models/segmenter/arabic/arabic-segmenter-atb+bn+arztrain.nonzero.ser.gz";

  /**
   * Word types kept by default: enough for the frequent vocabulary of news (the 50,000 most
   * frequent types cover well over 90% of running words), a few MB of heap when full.
   */
  public static final int DEFAULT_CACHE_SIZE = 50_000;

  /** The word a word to segment is put between (the preposition «من», "from"). */
  static final String CONTEXT_WORD = "\u0645\u0646";

  /** Longer whitespace words (URLs, runs of symbols) are segmented but never cached. */
  static final int MAX_CACHED_WORD_LENGTH = 32;

  private final ArabicSegmenter segmenter;
  private final boolean wholeLines;
  private final Cache<String, Segments> cache;

  /** Loads the segmenter model from the classpath (about 0.5 s of CPU), with the default cache. */
  public CoreNlpArabicTokenizer() {
    this(loadSegmenter(), false, DEFAULT_CACHE_SIZE);
  }

  private CoreNlpArabicTokenizer(ArabicSegmenter segmenter, boolean wholeLines, int cacheSize) {
    this.segmenter = segmenter;
    this.wholeLines = wholeLines;
    this.cache =
        cacheSize == 0 ? null : CacheBuilder.newBuilder().maximumSize(cacheSize).build();
  }

  private static ArabicSegmenter loadSegmenter() {
    Properties properties = new Properties();
    properties.setProperty("model", SEGMENTER_MODEL);
    try {
      return ArabicSegmenter.getSegmenter(properties);
    } catch (RuntimeIOException e) {
      throw new UncheckedIOException(
          "cannot read the CoreNLP segmenter model " + SEGMENTER_MODEL,
          e.getCause() instanceof IOException io ? io : new IOException(e));
    }
  }

  /**
   * A tokenizer sharing this one's loaded model with its own cache of {@code maxWordTypes} word
   * types ({@code 0}: no cache, every word is run through the CRF). Output is the same whatever
   * the size.
   *
   * @param maxWordTypes number of word types kept, {@code >= 0}
   * @throws IllegalArgumentException if {@code maxWordTypes < 0}
   */
  public CoreNlpArabicTokenizer withCacheSize(int maxWordTypes) {
    if (maxWordTypes < 0) {
      throw new IllegalArgumentException("cache size must be >= 0, got " + maxWordTypes);
    }
    return new CoreNlpArabicTokenizer(segmenter, false, maxWordTypes);
  }

  /**
   * A tokenizer sharing this one's loaded model that runs the CRF over each whole line, as
   * CoreNLP's {@code tokenize} annotator does, without a cache: the reference the per-word path is
   * measured against, several times slower.
   */
  public CoreNlpArabicTokenizer lineByLine() {
    return new CoreNlpArabicTokenizer(segmenter, true, 0);
  }

  /** Number of word types the cache holds now (0 without a cache); never above its size. */
  public long cachedWordTypes() {
    return cache == null ? 0 : cache.size();
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
      if (wholeLines) {
        String line = normalized.substring(lineStart, lineEnd);
        if (!line.isBlank()) {
          List<CoreLabel> labels = segmenter.segmentStringToTokenList(line);
          add(Segments.of(labels, 0, line.length()), lineStart, builder);
        }
      } else {
        segmentWords(normalized, lineStart, lineEnd, builder);
      }
      builder.endSentence();
      lineStart = lineEnd + 1;
    }
    return builder.build();
  }

  /** Segments each whitespace word of {@code normalized[lineStart, lineEnd)} on its own. */
  private void segmentWords(String normalized, int lineStart, int lineEnd, Builder builder) {
    int i = lineStart;
    while (i < lineEnd) {
      while (i < lineEnd && isSpace(normalized.charAt(i))) {
        i++;
      }
      int wordStart = i;
      while (i < lineEnd && !isSpace(normalized.charAt(i))) {
        i++;
      }
      if (i > wordStart) {
        segmentWord(normalized, wordStart, i, builder);
      }
    }
  }

  /**
   * Segments one whitespace word. A char that CoreNLP's Arabic lexer cannot read (see {@link
   * #isReadByLexer}) becomes a token of its own and never reaches CoreNLP, which would drop it
   * and print «Untokenizable» on System.err.
   */
  private void segmentWord(String normalized, int from, int to, Builder builder) {
    int start = from;
    int k = from;
    while (k < to) {
      int codePoint = normalized.codePointAt(k);
      int width = Character.charCount(codePoint);
      if (!isReadByLexer(codePoint)) {
        if (k > start) {
          add(segments(normalized.substring(start, k)), start, builder);
        }
        builder.add(normalized.substring(k, k + width), k, k + width);
        start = k + width;
      }
      k += width;
    }
    if (to > start) {
      add(segments(normalized.substring(start, to)), start, builder);
    }
  }

  /**
   * True for the chars CoreNLP 4.5's Arabic lexer tokenizes (found by running it over every BMP
   * char): ASCII, Latin-1 but «×» and «÷», the Arabic and Arabic Supplement blocks, general
   * punctuation, currency signs up to U+20B5, Latin combining marks, and the letters and digits of
   * the BMP except those added in Unicode 13. Emoji, other symbols, private-use chars and U+FFFD
   * are not.
   */
  static boolean isReadByLexer(int c) {
    if (c < 0x100) {
      return c != 0xD7 && c != 0xF7;
    }
    if (c >= 0x10000 || isUnicode13Letter(c)) {
      return false;
    }
    return (c >= 0x0600 && c <= 0x06FF)
        || (c >= 0x0750 && c <= 0x077F)
        || (c >= 0x2000 && c <= 0x2064)
        || (c >= 0x20A0 && c <= 0x20B5)
        || (c >= 0x0300 && c <= 0x036F)
        || Character.isLetterOrDigit(c);
  }

  private static boolean isUnicode13Letter(int c) {
    return (c >= 0x08BE && c <= 0x08C7)
        || c == 0x0D04
        || (c >= 0x31BB && c <= 0x31BF)
        || (c >= 0x4DB6 && c <= 0x4DBF)
        || (c >= 0x9FF0 && c <= 0x9FFC)
        || (c >= 0xA7C7 && c <= 0xA7CA)
        || (c >= 0xA7F5 && c <= 0xA7F6)
        || (c >= 0xAB68 && c <= 0xAB69);
  }

  private Segments segments(String word) {
    if (cache == null || word.length() > MAX_CACHED_WORD_LENGTH) {
      return segmentInContext(word);
    }
    Segments segments = cache.getIfPresent(word);
    if (segments == null) {
      // Two threads may segment the same new word at once; both get the same answer.
      segments = segmentInContext(word);
      cache.put(word, segments);
    }
    return segments;
  }

  /**
   * Segments {@code word} between two copies of {@link #CONTEXT_WORD}. The CRF has features for
   * the start and end of its input, so a word alone is read as a whole sentence: «في» alone comes
   * out as «ف» + «ي», and 6.5% of ANERcorp words segment differently alone than in their line.
   * Inside a fixed neutral context the difference falls to 0.05%, and the answer still depends on
   * the word only, so the cache can never change it.
   */
  private Segments segmentInContext(String word) {
    String padded = CONTEXT_WORD + ' ' + word + ' ' + CONTEXT_WORD;
    int from = CONTEXT_WORD.length() + 1;
    return Segments.of(segmenter.segmentStringToTokenList(padded), from, from + word.length());
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static void add(Segments segments, int offset, Builder builder) {
    for (int t = 0; t < segments.forms.length; t++) {
      int begin = offset + segments.begins[t];
      int end = offset + segments.ends[t];
      if (end <= begin) {
        continue;
      }
      String form = segments.forms[t];
      builder.add(form, begin, end);
      if (isSentenceEnd(form)) {
        builder.endSentence();
      }
    }
  }

  /** The segmenter's tokens for one string: forms with offsets relative to its start. */
  private static final class Segments {
    final String[] forms;
    final int[] begins;
    final int[] ends;

    private Segments(String[] forms, int[] begins, int[] ends) {
      this.forms = forms;
      this.begins = begins;
      this.ends = ends;
    }

    /** The labels lying inside {@code [from, to)} of the segmented string, shifted by -from. */
    static Segments of(List<CoreLabel> labels, int from, int to) {
      List<CoreLabel> inside = new ArrayList<>(labels.size());
      for (CoreLabel label : labels) {
        if (label.beginPosition() >= from && label.endPosition() <= to) {
          inside.add(label);
        }
      }
      int n = inside.size();
      String[] forms = new String[n];
      int[] begins = new int[n];
      int[] ends = new int[n];
      for (int t = 0; t < n; t++) {
        CoreLabel label = inside.get(t);
        forms[t] = label.word();
        begins[t] = label.beginPosition() - from;
        ends[t] = label.endPosition() - from;
      }
      return new Segments(forms, begins, ends);
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
