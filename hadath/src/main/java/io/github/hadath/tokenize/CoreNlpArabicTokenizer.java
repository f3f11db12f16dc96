package io.github.hadath.tokenize;

import edu.stanford.nlp.international.arabic.process.ArabicSegmenter;
import edu.stanford.nlp.io.RuntimeIOException;
import edu.stanford.nlp.ling.CoreLabel;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;
import io.github.hadath.text.Span;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

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
 *   <li>Each whitespace word is segmented on its own, so its tokens depend on the word only. They
 *       are read from a {@link SegmentationTable} of CoreNLP's segmentation of 683,137 word types
 *       when the word is there, or when it is a word of the table with punctuation attached
 *       («بالجامعة،»). The other words of a block of lines are segmented by CoreNLP's CRF together,
 *       in one run ({@link #segmentBatch}), and a bounded, thread-safe cache of word types
 *       ({@value #DEFAULT_CACHE_SIZE} by default) keeps the result. On held-out Wikipedia text
 *       the table answers for about 96% of words (docs/performance.md). The CRF sees a few
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
 * CRFClassifier} as thread-safe), the table is immutable and the cache is a {@link WordCache}.
 * Output does not depend on what the cache holds: a word's tokens are those of the word alone in
 * a fixed context, computed, cached or read from the table (the table's punctuation rule
 * and batched runs agree with that on over 99.8% of the words they serve; docs/performance.md).
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

  /** Unknown words segmented in one CoreNLP run at most. */
  static final int BATCH_WORDS = 64;

  /** Chars of lines looked up together at least (a block ends at a line end). */
  static final int BLOCK_CHARS = 8_192;

  /** Longer whitespace words (URLs, runs of symbols) are segmented but never cached. */
  static final int MAX_CACHED_WORD_LENGTH = 32;

  private final Supplier<ArabicSegmenter> segmenter;
  private final SegmentationTable table;
  private final boolean wholeLines;
  private final int cacheSize;
  private final WordCache<Segments> cache;

  /**
   * The default tokenizer: the bundled {@link SegmentationTable} (about 0.3 s to read), then the
   * default cache and CoreNLP's CRF for the words outside the table. The CRF model is loaded the
   * first time a word outside the table is met (about 0.5 s of CPU), not here.
   *
   * @throws UncheckedIOException if the table or the segmenter model is missing from the classpath
   */
  public CoreNlpArabicTokenizer() {
    this(lazySegmenter(), SegmentationTable.bundled(), false, DEFAULT_CACHE_SIZE);
  }

  /**
   * A tokenizer without table or cache that runs CoreNLP on every word: the reference, for
   * building the table when there is none yet.
   */
  static CoreNlpArabicTokenizer withoutTableOrCache() {
    return new CoreNlpArabicTokenizer(lazySegmenter(), null, false, 0);
  }

  private CoreNlpArabicTokenizer(
      Supplier<ArabicSegmenter> segmenter,
      SegmentationTable table,
      boolean wholeLines,
      int cacheSize) {
    this.segmenter = segmenter;
    this.table = table;
    this.wholeLines = wholeLines;
    this.cacheSize = cacheSize;
    this.cache =
        cacheSize == 0 ? null : new WordCache<>(cacheSize);
  }

  /**
   * The segmenter, loaded on first use; checks now that its model is on the classpath, so a broken
   * jar fails when the tokenizer is built, not at its first unusual word.
   */
  private static Supplier<ArabicSegmenter> lazySegmenter() {
    if (CoreNlpArabicTokenizer.class.getClassLoader().getResource(SEGMENTER_MODEL) == null) {
      throw new UncheckedIOException(
          new IOException("CoreNLP segmenter model missing from the classpath: " + SEGMENTER_MODEL));
    }
    return new Memo<>(CoreNlpArabicTokenizer::loadSegmenter);
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
    return new CoreNlpArabicTokenizer(segmenter, table, false, maxWordTypes);
  }

  /**
   * A tokenizer sharing this one's model and with its cache size, without the segmentation table:
   * every word runs through CoreNLP's CRF (or the cache). Its output is the same; it is the
   * reference the table is checked against and the path {@code SegmentationTableBuilder} uses.
   */
  public CoreNlpArabicTokenizer withoutTable() {
    return new CoreNlpArabicTokenizer(
        segmenter, null, false, cacheSize);
  }

  /** The segmentation table this tokenizer reads before running CoreNLP, if it has one. */
  public Optional<SegmentationTable> table() {
    return Optional.ofNullable(table);
  }

  /**
   * A tokenizer sharing this one's loaded model that runs the CRF over each whole line, as
   * CoreNLP's {@code tokenize} annotator does, without a cache: the reference the per-word path is
   * measured against, several times slower.
   */
  public CoreNlpArabicTokenizer lineByLine() {
    return new CoreNlpArabicTokenizer(segmenter, null, true, 0);
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
    Block block = null;
    int lineStart = 0;
    while (lineStart <= normalized.length()) {
      int lineEnd = normalized.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = normalized.length();
      }
      if (wholeLines) {
        String line = normalized.substring(lineStart, lineEnd);
        if (!line.isBlank()) {
          List<CoreLabel> labels = segmenter.get().segmentStringToTokenList(line);
          add(segmentsOf(labels, 0, line.length()), lineStart, builder);
        }
      } else {
        if (block == null || lineStart > block.end) {
          block = resolve(normalized, lineStart);
        }
        segmentWords(normalized, lineStart, lineEnd, builder, block);
      }
      builder.endSentence();
      lineStart = lineEnd + 1;
    }
    return builder.build();
  }

  /** Segments each whitespace word of {@code normalized[lineStart, lineEnd)} on its own. */
  private void segmentWords(
      String normalized, int lineStart, int lineEnd, Builder builder, Block block) {
    forEachPiece(
        normalized,
        lineStart,
        lineEnd,
        (begin, end, readByLexer) -> {
          if (readByLexer) {
            add(block.pieces.get(block.next++), begin, builder);
          } else {
            builder.add(normalized.substring(begin, end), begin, end);
          }
        });
  }

  /** Lines whose words are looked up together, so that the unknown ones go to CoreNLP together. */
  private static final class Block {
    /** Index of the newline that ends the block's last line, or the text's length. */
    final int end;
    /** The tokens of each piece CoreNLP reads, in text order. */
    final List<Segments> pieces;
    int next;

    Block(int end, List<Segments> pieces) {
      this.end = end;
      this.pieces = pieces;
    }
  }

  /**
   * Looks up every piece of the lines from {@code start} until at least {@value #BLOCK_CHARS}
   * chars are covered: in the table, then in the cache; the pieces found in neither are segmented
   * by CoreNLP in batches ({@link #segmentBatch}) and cached.
   */
  private Block resolve(String normalized, int start) {
    int end = start + BLOCK_CHARS >= normalized.length()
        ? normalized.length()
        : normalized.indexOf('\n', start + BLOCK_CHARS);
    if (end < 0) {
      end = normalized.length();
    }
    List<Segments> pieces = new ArrayList<>();
    Map<String, List<Integer>> unknown = new LinkedHashMap<>();
    forEachPiece(normalized, start, end, (begin, pieceEnd, readByLexer) -> {
      if (readByLexer) {
        String word = normalized.substring(begin, pieceEnd);
        Segments known = known(word);
        if (known == null) {
          unknown.computeIfAbsent(word, w -> new ArrayList<>(1)).add(pieces.size());
        }
        pieces.add(known);
      }
    });
    List<String> words = new ArrayList<>(unknown.keySet());
    for (int from = 0; from < words.size(); from += BATCH_WORDS) {
      List<String> batch = words.subList(from, Math.min(words.size(), from + BATCH_WORDS));
      List<Segments> segmented = segmentBatch(batch);
      for (int i = 0; i < batch.size(); i++) {
        String word = batch.get(i);
        Segments segments = segmented.get(i);
        if (cache != null && word.length() <= MAX_CACHED_WORD_LENGTH) {
          cache.put(word, segments);
        }
        for (int index : unknown.get(word)) {
          pieces.set(index, segments);
        }
      }
    }
    return new Block(end, pieces);
  }

  /** The tokens of {@code word} from the table or the cache, or null. */
  private Segments known(String word) {
    if (table != null) {
      Segments found = table.find(word);
      if (found != null) {
        return found;
      }
    }
    return cache == null || word.length() > MAX_CACHED_WORD_LENGTH
        ? null
        : cache.get(word);
  }

  /** Receives the pieces of a line that {@link #forEachPiece} cuts. */
  @FunctionalInterface
  interface PieceConsumer {
    /**
     * One piece {@code [begin, end)} of the text; {@code readByLexer} false for a single code
     * point that CoreNLP's lexer cannot read (see {@link #isReadByLexer}).
     */
    void accept(int begin, int end, boolean readByLexer);
  }

  /**
   * Cuts {@code text[from, to)} into the pieces the per-word path segments: each whitespace word,
   * further cut around every code point CoreNLP's Arabic lexer cannot read (see {@link
   * #isReadByLexer}), which becomes a piece of its own and never reaches CoreNLP, which would drop
   * it and print «Untokenizable» on System.err. {@code SegmentationTableBuilder} cuts a corpus the
   * same way, so the table holds exactly the strings this tokenizer looks up.
   */
  static void forEachPiece(String text, int from, int to, PieceConsumer consumer) {
    int i = from;
    while (i < to) {
      while (i < to && isSpace(text.charAt(i))) {
        i++;
      }
      int start = i;
      while (i < to && !isSpace(text.charAt(i))) {
        int codePoint = text.codePointAt(i);
        int width = Character.charCount(codePoint);
        if (!isReadByLexer(codePoint)) {
          if (i > start) {
            consumer.accept(start, i, true);
          }
          consumer.accept(i, i + width, false);
          start = i + width;
        }
        i += width;
      }
      if (i > start) {
        consumer.accept(start, i, true);
      }
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

  /**
   * Segments {@code word} between two copies of {@link #CONTEXT_WORD}. The CRF has features for
   * the start and end of its input, so a word alone is read as a whole sentence: «في» alone comes
   * out as «ف» + «ي», and 6.5% of ANERcorp words segment differently alone than in their line.
   * Inside a fixed neutral context the difference falls to 0.05%, and the answer still depends on
   * the word only, so the cache can never change it.
   */
  Segments segmentInContext(String word) {
    String padded = CONTEXT_WORD + ' ' + word + ' ' + CONTEXT_WORD;
    int from = CONTEXT_WORD.length() + 1;
    return segmentsOf(segmenter.get().segmentStringToTokenList(padded), from, from + word.length());
  }

  /**
   * Segments {@code words} in one run of CoreNLP's CRF: «من w1 من w2 … من», each word between
   * copies of {@link #CONTEXT_WORD} as {@link #segmentInContext} puts it, at a third of the cost
   * of one run per word. The CRF's features see two chars on either side of a char (up to three
   * before it for label cliques) and the word the char belongs to, so a word's features are the
   * same as alone in its context; Viterbi decoding is global, but on 6,000 unknown words of
   * held-out Wikipedia text in batches of 20 and 100 every word came out as alone.
   */
  List<Segments> segmentBatch(List<String> words) {
    StringBuilder padded = new StringBuilder(CONTEXT_WORD);
    int[] from = new int[words.size()];
    for (int i = 0; i < words.size(); i++) {
      padded.append(' ');
      from[i] = padded.length();
      padded.append(words.get(i)).append(' ').append(CONTEXT_WORD);
    }
    List<CoreLabel> labels = segmenter.get().segmentStringToTokenList(padded.toString());
    List<Segments> result = new ArrayList<>(words.size());
    for (int i = 0; i < words.size(); i++) {
      result.add(segmentsOf(labels, from[i], from[i] + words.get(i).length()));
    }
    return result;
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

  /** The labels lying inside {@code [from, to)} of the segmented string, shifted by -from. */
  private static Segments segmentsOf(List<CoreLabel> labels, int from, int to) {
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
