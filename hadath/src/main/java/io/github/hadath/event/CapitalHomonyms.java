package io.github.hadath.event;

import io.github.hadath.ner.Link;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Capitals spelled like their country («تونس», «الكويت», «الجزائر»), which the gazetteer links to
 * the country only. A city rule reads such a word as the capital: always for a name in common use
 * for the city itself («تحتضن تونس»), and only next to «العاصمة» or after «مدينة» for a capital that
 * has its own form («الجزائر العاصمة»), where the bare word means the country.
 *
 * <p>Data: {@value #RESOURCE} (GeoNames ids, CC BY 4.0; readings written for Hadath). Immutable.
 */
final class CapitalHomonyms {

  static final String RESOURCE = "io/github/hadath/event/capital-homonyms.tsv";

  private record Capital(Link link, boolean bareIsCity) {}

  private static final class Holder {
    static final CapitalHomonyms DEFAULTS = read();
  }

  private final Map<String, Capital> byCountry;

  private CapitalHomonyms(Map<String, Capital> byCountry) {
    this.byCountry = Map.copyOf(byCountry);
  }

  static CapitalHomonyms defaults() {
    return Holder.DEFAULTS;
  }

  /**
   * The capital of {@code countryCode} when its name is the country's, or null.
   *
   * @param qualified true when the text marks the word as the city («العاصمة», «مدينة»)
   */
  Link capital(String countryCode, boolean qualified) {
    Capital capital = byCountry.get(countryCode);
    return capital != null && (capital.bareIsCity() || qualified) ? capital.link() : null;
  }

  private static CapitalHomonyms read() {
    Map<String, Capital> map = new HashMap<>();
    try (InputStream in = CapitalHomonyms.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 4 || !(f[3].equals("both") || f[3].equals("qualified"))) {
          throw new IllegalStateException(RESOURCE + ":" + number + ": expected «CODE TAB ID TAB NAME TAB both|qualified», found «" + line + "»");
        }
        map.put(f[0], new Capital(new Link(Link.Kind.CITY, f[1], f[2], f[0]), f[3].equals("both")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
    return new CapitalHomonyms(map);
  }
}
