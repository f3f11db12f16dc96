package io.github.hadath.event;

import io.github.hadath.tokenize.PhraseTrie;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds phrases of several groups in a document in one left-to-right pass.
 *
 * <p>The phrases are held in a {@link PhraseTrie}, the project's one phrase matcher. A phrase word
 * matches a text word when its bare key is the text word's {@link DocumentView#bare bare} or
 * {@link DocumentView#alternative alternative} key, or its full key the text word's {@link
 * DocumentView#full full} key ({@link #textKeys}): so «قمة» matches «القمة», «وللقمة» and «قمة».
 * A pass costs O(words × length of the longest phrase starting there): linear in the text length.
 */
final class PhraseIndex {

  /** A phrase of {@code group} found on words {@code [begin, end)}. */
  record Match(String group, Phrase phrase, int begin, int end) {}

  private record Entry(String group, Phrase phrase) {}

  /** Marks a bare key, so that it never meets a full key in the trie. */
  private static final String BARE = "b";
  /** Marks a full key. */
  private static final String FULL = "f";

  private final PhraseTrie<Entry> trie = new PhraseTrie<>();

  PhraseIndex(Map<String, List<Phrase>> groups) {
    groups.forEach(
        (group, phrases) -> {
          for (Phrase phrase : phrases) {
            List<List<String>> words = new ArrayList<>(phrase.length());
            for (int k = 0; k < phrase.length(); k++) {
              words.add(List.of(BARE + phrase.bare().get(k), FULL + phrase.full().get(k)));
            }
            trie.addWords(words, new Entry(group, phrase));
          }
        });
  }

  /**
   * The keys a text word offers the trie: its bare and alternative keys, to meet a phrase word's
   * bare key, and its full key, to meet a phrase word's full key.
   */
  static List<String> textKeys(String bare, String alternative, String full) {
    return bare.equals(alternative)
        ? List.of(BARE + bare, FULL + full)
        : List.of(BARE + bare, BARE + alternative, FULL + full);
  }

  /**
   * The matches starting in words {@code [from, to)} and ending by {@code to}; per group and start
   * word only the longest phrase is kept.
   */
  List<Match> find(DocumentView doc, int from, int to) {
    List<Match> matches = new ArrayList<>();
    for (int w = from; w < to; w++) {
      List<String> first = doc.phraseKeys.get(w);
      if (!trie.startsWithAny(first)) {
        continue; // most words start no phrase: no maps to allocate
      }
      int begin = w;
      Map<String, Match> longest = new HashMap<>();
      trie.forEachMatch(
          first,
          i -> begin + i < to ? doc.phraseKeys.get(begin + i) : null,
          (length, entries) -> {
            for (Entry entry : entries) {
              Match match = new Match(entry.group, entry.phrase, begin, begin + length);
              longest.merge(entry.group, match, (a, b) -> b.end > a.end ? b : a);
            }
          });
      longest.values().stream().sorted((a, b) -> a.group.compareTo(b.group)).forEach(matches::add);
    }
    return matches;
  }
}
