package io.github.hadath.event;

import io.github.hadath.text.ArabicTextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The nationality adjectives of countries («مغربي», «الكويتية»), read in the names of national
 * bodies: the body that organizes an event and is named for one country («وزارة الثقافة المغربية»,
 * «مجلس الأمة الكويتي») holds it there unless the text places it elsewhere.
 *
 * <ul>
 *   <li>A word is read through its match key (hamza, alef maqsura and teh marbuta folded), with or
 *       without the article «ال», masculine or feminine («المغربي», «مغربية»).
 *   <li>Only single words: «العربي», «الإفريقي», «الدولي» name no country and are not listed.
 * </ul>
 *
 * <p>Data: {@value #RESOURCE} (written for Hadath). Immutable and thread-safe.
 */
final class NationalityAdjectives {

  static final String RESOURCE = "io/github/hadath/event/nationality-adjectives.tsv";

  private static final class Holder {
    static final NationalityAdjectives DEFAULTS = read();
  }

  private final Map<String, String> countryByKey;

  private NationalityAdjectives(Map<String, String> countryByKey) {
    this.countryByKey = Map.copyOf(countryByKey);
  }

  static NationalityAdjectives defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * The ISO 3166-1 alpha-2 code of the country whose adjective {@code word} is, or null.
   *
   * @param word one word as written, with or without the article, either gender
   */
  String country(String word) {
    String key = ArabicTextNormalizer.matchKey(word);
    if (key.startsWith("ال")) {
      key = key.substring(2);
    }
    String found = countryByKey.get(key);
    if (found == null && key.length() > 3 && key.endsWith(FEMININE)) {
      found = countryByKey.get(key.substring(0, key.length() - 1));
    }
    return found;
  }

  /** The country of the last adjective among the words of {@code name}, or null. */
  String countryOf(String name) {
    String found = null;
    for (String word : name.split("\\s+")) {
      String code = country(word);
      if (code != null) {
        found = code;
      }
    }
    return found;
  }

  private static final String FEMININE = ArabicTextNormalizer.matchKey("ة");

  private static NationalityAdjectives read() {
    Map<String, String> map = new HashMap<>();
    try (InputStream in = NationalityAdjectives.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      reader.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
        String[] f = line.split("\t", -1);
        if (f.length != 2 || f[0].length() != 2) {
          throw new IllegalStateException(RESOURCE + ": expected «CODE TAB ADJECTIVE», found «" + line + "»");
        }
        map.put(ArabicTextNormalizer.matchKey(f[1]), f[0]);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    return new NationalityAdjectives(map);
  }
}
