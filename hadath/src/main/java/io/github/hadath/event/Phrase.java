package io.github.hadath.event;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.tokenize.Proclitics;
import java.util.ArrayList;
import java.util.List;

/**
 * A word or phrase of a template or taxonomy file, as match keys, one per whitespace word.
 *
 * <p>Each word keeps two keys: {@code full}, the {@link ArabicTextNormalizer#matchKey match key} of
 * the word as written («بمشاركة» → «بمشاركه»), compared with whole text words; and {@code bare},
 * the same without a leading definite article («المؤتمر» → «مؤتمر»), compared with the stem token of
 * a text word after its clitics were split off. So «قمة» matches «القمة», «وللقمة» and «قمة».
 *
 * @param text the phrase as written in the file
 * @param full one full key per word
 * @param bare one bare key per word
 */
public record Phrase(String text, List<String> full, List<String> bare) {

  public Phrase {
    full = List.copyOf(full);
    bare = List.copyOf(bare);
  }

  /**
   * Reads a phrase as written in a template or taxonomy file.
   *
   * @param text one or more words separated by whitespace
   * @throws IllegalArgumentException if {@code text} is blank
   */
  public static Phrase of(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("blank phrase");
    }
    List<String> full = new ArrayList<>();
    List<String> bare = new ArrayList<>();
    for (String word : text.strip().split("\\s+")) {
      String key = ArabicTextNormalizer.matchKey(word);
      full.add(key);
      bare.add(bare(key));
    }
    return new Phrase(text.strip(), full, bare);
  }

  /** Number of words. */
  public int length() {
    return full.size();
  }

  /** The fewest letters a bare key keeps: «الدب» is «دب». */
  private static final int MIN_BARE = 2;

  /**
   * The key without a leading definite article «ال», when at least two letters remain ({@link
   * Proclitics#withoutArticle}).
   */
  static String bare(String key) {
    return Proclitics.withoutArticle(key, MIN_BARE);
  }
}
