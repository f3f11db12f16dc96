package io.github.hadath.event;

import io.github.hadath.ner.EntityMention;
import io.github.hadath.text.Span;
import io.github.hadath.time.TimeAnalysis;
import io.github.hadath.time.TimeExpression;
import io.github.hadath.tokenize.Proclitics;
import io.github.hadath.tokenize.Sentence;
import io.github.hadath.tokenize.Token;
import io.github.hadath.tokenize.TokenizedText;
import io.github.hadath.tokenize.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * A document seen word by word for template matching: per word its keys, its stem token, and the
 * entity mentions and time expressions it carries, all precomputed once so that matching is a
 * linear pass.
 */
final class DocumentView {

  /**
   * Values a reader computes once per document and reuses for each of its events (the whole
   * document's matches), keyed by the reader. A view serves one document on one thread.
   */
  final java.util.Map<Object, Object> memo = new java.util.HashMap<>();

  /** An entity mention placed on words: {@code [wordBegin, wordEnd)}. */
  record PlacedEntity(EntityMention mention, int wordBegin, int wordEnd) {}

  /** A time expression placed on words. */
  record PlacedTime(TimeExpression timex, int wordBegin, int wordEnd) {}

  final TokenizedText text;
  final List<Word> words;
  /** Each word's key as written, from the word layer ({@link io.github.hadath.tokenize.WordForms#key}). */
  final String[] full;
  /** Each word's segmenter stem without its article ({@link Phrase#bare}). */
  final String[] bare;
  /**
   * A second bare key when the segmenter's stem is doubtful ({@link Proclitics#doubtfulStem}:
   * «للمهرجان» split as «ل» + «لمهرجان», a proclitic left on «لطاقة»), else equal to {@code bare}.
   */
  final String[] alternative;
  /** Each word's keys as {@link PhraseIndex} matches them ({@link PhraseIndex#textKeys}). */
  final List<List<String>> phraseKeys;
  final int[] stem;
  final int[] sentenceOfWord;
  final List<PlacedEntity> entities;
  final List<PlacedTime> times;
  final Span datelineSpan;

  DocumentView(TokenizedText text, List<EntityMention> mentions, TimeAnalysis analysis) {
    this.text = text;
    this.words = text.words();
    int n = words.size();
    full = new String[n];
    bare = new String[n];
    alternative = new String[n];
    stem = new int[n];
    List<List<String>> keys = new ArrayList<>(n);
    sentenceOfWord = new int[n];
    List<Token> tokens = text.tokens();
    for (int w = 0; w < n; w++) {
      Word word = words.get(w);
      full[w] = word.forms().key();
      int best = word.firstToken();
      for (int t = word.firstToken(); t < word.endToken(); t++) {
        if (tokens.get(t).role() == Token.Role.STEM) {
          best = t;
          break;
        }
      }
      stem[w] = best;
      String stemKey = tokens.get(best).key();
      bare[w] = Phrase.bare(stemKey);
      alternative[w] = Phrase.bare(Proclitics.doubtfulStem(full[w], stemKey, best > word.firstToken()));
      keys.add(PhraseIndex.textKeys(bare[w], alternative[w], full[w]));
    }
    phraseKeys = List.copyOf(keys);
    for (Sentence sentence : text.sentences()) {
      if (sentence.endToken() <= sentence.firstToken()) {
        continue;
      }
      int first = tokens.get(sentence.firstToken()).word();
      int last = tokens.get(sentence.endToken() - 1).word();
      for (int w = first; w <= last && w < n; w++) {
        sentenceOfWord[w] = sentence.index();
      }
    }
    entities = new ArrayList<>();
    for (EntityMention mention : mentions) {
      int[] range = wordRange(mention.span());
      if (range != null) {
        entities.add(new PlacedEntity(mention, range[0], range[1]));
      }
    }
    times = new ArrayList<>();
    for (TimeExpression timex : analysis.expressions()) {
      int[] range = wordRange(timex.span());
      if (range != null) {
        times.add(new PlacedTime(timex, range[0], range[1]));
      }
    }
    // Binary searches below need word order; inputs are documented to be in text order already.
    entities.sort(java.util.Comparator.comparingInt(PlacedEntity::wordBegin));
    times.sort(java.util.Comparator.comparingInt(PlacedTime::wordBegin));
    datelineSpan = analysis.documentDateSpan();
  }

  /** The words overlapping {@code span}, or null when none does; binary search, O(log n). */
  int[] wordRange(Span span) {
    int lo = 0;
    int hi = words.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (words.get(mid).span().end() <= span.begin()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    int end = lo;
    while (end < words.size() && words.get(end).span().begin() < Math.max(span.end(), span.begin() + 1)) {
      end++;
    }
    return end > lo ? new int[] {lo, end} : null;
  }

  /** The entities starting in words {@code [from, to)}; binary search, so a sentence costs its own size. */
  List<PlacedEntity> entitiesIn(int from, int to) {
    return entities.subList(firstAtOrAfter(entities, from, PlacedEntity::wordBegin), firstAtOrAfter(entities, to, PlacedEntity::wordBegin));
  }

  /** The time expressions starting in words {@code [from, to)}. */
  List<PlacedTime> timesIn(int from, int to) {
    return times.subList(firstAtOrAfter(times, from, PlacedTime::wordBegin), firstAtOrAfter(times, to, PlacedTime::wordBegin));
  }

  private static <T> int firstAtOrAfter(List<T> sorted, int word, java.util.function.ToIntFunction<T> begin) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (begin.applyAsInt(sorted.get(mid)) < word) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  Token stemToken(int word) {
    return text.tokens().get(stem[word]);
  }

  /** The span from the stem of word {@code begin} (its proclitics left out) to the end of word {@code end - 1}. */
  Span span(int begin, int end) {
    return Span.of(stemToken(begin).span().begin(), words.get(end - 1).span().end());
  }

  String original(Span span) {
    return text.originalText(span);
  }

  /** The match keys of the proclitics glued before the stem of {@code word}, outermost first. */
  List<String> proclitics(int word) {
    List<String> keys = new ArrayList<>();
    Word w = words.get(word);
    for (int t = w.firstToken(); t < stem[word]; t++) {
      keys.add(text.tokens().get(t).key());
    }
    return keys;
  }

  boolean isPunctuation(int word) {
    String key = full[word];
    for (int i = 0; i < key.length(); i++) {
      if (Character.isLetterOrDigit(key.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
