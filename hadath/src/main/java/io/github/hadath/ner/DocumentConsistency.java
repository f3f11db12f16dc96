package io.github.hadath.ner;

import io.github.hadath.tokenize.WordForms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Second pass over a tagged document: a name the CRF found once is tagged again where it recurs
 * untagged nearby. News repeats names («البنك التجاري» a dozen times in one report), and a CRF
 * tagging one sentence at a time misses some repeats that it finds elsewhere; the label-consistency
 * idea of Krishnan and Manning (ACL 2006), applied as a rule rather than a second CRF.
 *
 * <ul>
 *   <li>Names are compared by the {@link WordForms#bare bare stems} of their words, so
 *       «للبنك التجاري» repeats «البنك التجاري».
 *   <li>The names seen within {@value #WINDOW} sentences before or after a sentence are looked for
 *       in its untagged words, longest first; a found name takes the type the CRF gave it most
 *       often, ties to the type seen first.
 *   <li>The last word of a person's name of two words or more also counts as a name (the surname:
 *       «بوش» after «جورج بوش»).
 *   <li>One-word names shorter than three letters are never propagated.
 * </ul>
 *
 * <p>On ANERcorp it changes micro F1 by +1.1 to +1.8 on the last tenth of train, −0.6 to +0.2 on
 * the first tenth, and +1.6 on the test split, nearly all of it person recall ({@code
 * benchmarks/ner-experiments.md}). Tags the CRF set are never changed.
 */
final class DocumentConsistency {

  /** How many sentences before and after a sentence lend it their names. */
  static final int WINDOW = 5;

  private static final int MIN_ONE_WORD = 3;

  private DocumentConsistency() {}

  /**
   * Propagates names within the document, in place.
   *
   * @param words the forms of the sentences' whitespace words, in document order
   * @param tags the CRF's BIO tags, one list per sentence; each sentence's list is replaced by
   *     the propagated one
   */
  static void apply(List<List<WordForms>> words, List<List<String>> tags) {
    int n = words.size();
    List<List<String>> keys = new ArrayList<>(n);
    List<Map<List<String>, String>> names = new ArrayList<>(n);
    for (int s = 0; s < n; s++) {
      List<String> k = new ArrayList<>(words.get(s).size());
      for (WordForms word : words.get(s)) {
        k.add(word.bare());
      }
      keys.add(k);
      names.add(namesOf(k, tags.get(s)));
    }
    List<List<String>> found = new ArrayList<>(n);
    for (int s = 0; s < n; s++) {
      Map<List<String>, Map<String, Integer>> votes = new HashMap<>();
      for (int t = Math.max(0, s - WINDOW); t < Math.min(n, s + WINDOW + 1); t++) {
        names.get(t).forEach((name, typeList) -> {
          for (String type : typeList.split(",")) {
            votes.computeIfAbsent(name, x -> new LinkedHashMap<>()).merge(type, 1, Integer::sum);
          }
        });
      }
      found.add(propagated(keys.get(s), tags.get(s), votes));
    }
    for (int s = 0; s < n; s++) {
      tags.set(s, found.get(s));
    }
  }

  /** The names of one sentence, each with the types it was tagged with, comma-separated. */
  private static Map<List<String>, String> namesOf(List<String> keys, List<String> tags) {
    Map<List<String>, String> names = new LinkedHashMap<>();
    for (BioChunk chunk : BioChunk.of(tags)) {
      List<String> name = List.copyOf(keys.subList(chunk.begin(), chunk.end()));
      names.merge(name, chunk.type(), (a, b) -> a + "," + b);
      if (chunk.type().equals("PERS") && name.size() > 1) {
        names.merge(List.of(name.get(name.size() - 1)), "PERS", (a, b) -> a + "," + b);
      }
    }
    return names;
  }

  private static List<String> propagated(
      List<String> keys, List<String> tags, Map<List<String>, Map<String, Integer>> votes) {
    List<String> result = new ArrayList<>(tags);
    if (votes.isEmpty()) {
      return result;
    }
    // names by first word, longest first: one map lookup per word, whatever the document's size
    Map<String, List<List<String>>> byFirstWord = new HashMap<>();
    for (List<String> name : votes.keySet()) {
      byFirstWord.computeIfAbsent(name.get(0), k -> new ArrayList<>()).add(name);
    }
    byFirstWord.values().forEach(
        names -> names.sort(Comparator.comparingInt((List<String> name) -> name.size()).reversed()));
    int i = 0;
    while (i < keys.size()) {
      int matched = 0;
      if (result.get(i).equals("O")) {
        for (List<String> name : byFirstWord.getOrDefault(keys.get(i), List.of())) {
          if (matches(keys, result, i, name)) {
            String type = majority(votes.get(name));
            result.set(i, "B-" + type);
            for (int j = 1; j < name.size(); j++) {
              result.set(i + j, "I-" + type);
            }
            matched = name.size();
            break;
          }
        }
      }
      i += Math.max(1, matched);
    }
    return result;
  }

  private static boolean matches(List<String> keys, List<String> tags, int at, List<String> name) {
    if (at + name.size() > keys.size()
        || (name.size() == 1 && name.get(0).length() < MIN_ONE_WORD)) {
      return false;
    }
    for (int j = 0; j < name.size(); j++) {
      if (!tags.get(at + j).equals("O") || !keys.get(at + j).equals(name.get(j))) {
        return false;
      }
    }
    return true;
  }

  private static String majority(Map<String, Integer> votes) {
    return votes.entrySet().stream()
        .max(Map.Entry.<String, Integer>comparingByValue())
        .orElseThrow()
        .getKey();
  }
}
