package io.github.hadath.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds phrases of several groups in a document in one left-to-right pass.
 *
 * <p>Phrases are indexed by the keys of their first word, so a pass costs O(words × phrases
 * sharing a first word × phrase length): linear in the text length.
 */
final class PhraseIndex {

  /** A phrase of {@code group} found on words {@code [begin, end)}. */
  record Match(String group, Phrase phrase, int begin, int end) {}

  private record Entry(String group, Phrase phrase) {}

  private final Map<String, List<Entry>> byBare = new HashMap<>();
  private final Map<String, List<Entry>> byFull = new HashMap<>();

  PhraseIndex(Map<String, List<Phrase>> groups) {
    groups.forEach(
        (group, phrases) -> {
          for (Phrase phrase : phrases) {
            Entry entry = new Entry(group, phrase);
            byBare.computeIfAbsent(phrase.bare().get(0), k -> new ArrayList<>()).add(entry);
            if (!phrase.full().get(0).equals(phrase.bare().get(0))) {
              byFull.computeIfAbsent(phrase.full().get(0), k -> new ArrayList<>()).add(entry);
            }
          }
        });
  }

  /**
   * The matches starting in words {@code [from, to)} and ending by {@code to}; per group and start
   * word only the longest phrase is kept.
   */
  List<Match> find(DocumentView doc, int from, int to) {
    List<Match> matches = new ArrayList<>();
    for (int w = from; w < to; w++) {
      if (!startsAnyPhrase(doc, w)) {
        continue; // most words start no phrase: no maps to allocate
      }
      Map<Entry, Boolean> seen = new IdentityHashMap<>();
      Map<String, Match> longest = new HashMap<>();
      for (String key : new String[] {doc.bare[w], doc.alternative[w], doc.full[w]}) {
        for (Map<String, List<Entry>> index : List.of(byBare, byFull)) {
          for (Entry entry : index.getOrDefault(key, List.of())) {
            if (seen.put(entry, Boolean.TRUE) == null && matchesAt(doc, entry.phrase, w, to)) {
              Match match = new Match(entry.group, entry.phrase, w, w + entry.phrase.length());
              longest.merge(entry.group, match, (a, b) -> b.end > a.end ? b : a);
            }
          }
        }
      }
      longest.values().stream().sorted((a, b) -> a.group.compareTo(b.group)).forEach(matches::add);
    }
    return matches;
  }

  private boolean startsAnyPhrase(DocumentView doc, int w) {
    return byBare.containsKey(doc.bare[w]) || byBare.containsKey(doc.alternative[w])
        || byBare.containsKey(doc.full[w]) || byFull.containsKey(doc.bare[w])
        || byFull.containsKey(doc.alternative[w]) || byFull.containsKey(doc.full[w]);
  }

  private static boolean matchesAt(DocumentView doc, Phrase phrase, int w, int to) {
    if (w + phrase.length() > to) {
      return false;
    }
    for (int k = 0; k < phrase.length(); k++) {
      String bare = phrase.bare().get(k);
      if (!doc.bare[w + k].equals(bare) && !doc.alternative[w + k].equals(bare)
          && !doc.full[w + k].equals(phrase.full().get(k))) {
        return false;
      }
    }
    return true;
  }
}
