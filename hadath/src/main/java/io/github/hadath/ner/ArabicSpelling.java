package io.github.hadath.ner;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import io.github.hadath.text.ArabicTextNormalizer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Whether a word is correctly spelled Arabic, for the CRF's {@link
 * ArabicCrfFeatureFactory.FeatureSet#SPELLING} features: the Ayaspell 3.2 Hunspell dictionary
 * ({@code models/hunspell/}, GPL-2.0-or-later / LGPL-2.1 / MPL-1.1; provenance in its {@code
 * SOURCE.md}) read by Lucene's Hunspell implementation. The dictionary knows clitics and
 * inflections, so «وبالمدرسة» is known; a transliterated name («ساركوزي») is not.
 *
 * <p>Answers are cached per word (at most {@value #CACHE_SIZE} words). Thread-safe: Lucene's
 * {@code Hunspell} is, and so is the cache.
 */
final class ArabicSpelling {

  /** Classpath folder of the dictionary. */
  static final String FOLDER = "models/hunspell/";

  static final int CACHE_SIZE = 100_000;

  /** Longer words are not looked up: no Arabic word is this long, and lookups grow with length. */
  static final int MAX_LENGTH = 30;

  /** What the dictionary says of a word. */
  enum Verdict {
    /** A correctly spelled Arabic word. */
    KNOWN,
    /** Arabic letters the dictionary does not accept. */
    UNKNOWN,
    /** Not a word of Arabic letters alone (digits, Latin, punctuation), or too long. */
    OTHER
  }

  private static final ArabicTextNormalizer NORMALIZER = new ArabicTextNormalizer();

  private final Hunspell hunspell;
  private final LoadingCache<String, Verdict> cache;

  private ArabicSpelling(Hunspell hunspell) {
    this.hunspell = hunspell;
    this.cache = CacheBuilder.newBuilder().maximumSize(CACHE_SIZE).build(CacheLoader.from(this::check));
  }

  private static final class Holder {
    static final ArabicSpelling SPELLING = fromClasspath();
  }

  /** The bundled dictionary, loaded once (about 1.5 s). */
  static ArabicSpelling shared() {
    return Holder.SPELLING;
  }

  /**
   * Loads the bundled dictionary.
   *
   * @throws IllegalStateException if the dictionary is missing or Lucene cannot parse it
   */
  static ArabicSpelling fromClasspath() {
    String affix = new String(read(FOLDER + "ar.aff"), StandardCharsets.UTF_8);
    // Lucene reads the encoding from a SET line within the first 30 KB; Ayaspell puts it near the end
    affix = "SET UTF-8\n" + affix.replace("\nSET\tUTF-8\n", "\n");
    try (InputStream aff = new ByteArrayInputStream(affix.getBytes(StandardCharsets.UTF_8));
        InputStream dic = new ByteArrayInputStream(read(FOLDER + "ar.dic"))) {
      Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic);
      return new ArabicSpelling(new Hunspell(dictionary));
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("cannot load the Hunspell dictionary: " + e.getMessage(), e);
    }
  }

  private static byte[] read(String resource) {
    try (InputStream in = ArabicSpelling.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
    }
  }

  /**
   * What the dictionary says of {@code word}, as written (clitics attached), once normalized
   * ({@link ArabicTextNormalizer}: diacritics, tatweel and stretched letters removed).
   *
   * @throws NullPointerException if {@code word} is null
   */
  Verdict verdict(String word) {
    return cache.getUnchecked(word);
  }

  private Verdict check(String written) {
    // the dictionary spells plainly: no diacritics, tatweel or stretched letters («رائعععع»)
    String word = NORMALIZER.normalize(written).normalized();
    if (word.isEmpty() || word.length() > MAX_LENGTH || !arabicLettersOnly(word)) {
      return Verdict.OTHER;
    }
    return hunspell.spell(word) ? Verdict.KNOWN : Verdict.UNKNOWN;
  }

  private static boolean arabicLettersOnly(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c < '\u0621' || c > '\u0652') {
        return false;
      }
    }
    return true;
  }
}
