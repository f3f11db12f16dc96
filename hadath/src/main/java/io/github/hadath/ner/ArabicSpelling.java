package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.tokenize.SegmentationTable;
import io.github.hadath.tokenize.WordCache;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
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
 * <ul>
 *   <li>The verdicts for the words of the {@link SegmentationTable} (683,137 word types of three
 *       corpora) are precomputed ({@value #VERDICTS}, written by {@code SpellingVerdictBuilder}):
 *       for those words no dictionary is loaded. Lucene's dictionary (about 1.5 s of CPU) is
 *       loaded at the first word outside the table.
 *   <li>Answers, precomputed or not, are cached per word (at most {@value #CACHE_SIZE} words).
 *   <li>A precomputed verdict is the dictionary's own, so the answer for a word never depends on
 *       where it comes from ({@code ArabicSpellingTest} compares them).
 * </ul>
 *
 * <p>Thread-safe: the verdicts are only read, Lucene's {@code Hunspell} is thread-safe, and so is
 * the cache.
 */
final class ArabicSpelling {

  /** Classpath folder of the dictionary. */
  static final String FOLDER = "models/hunspell/";

  /** Classpath location of the precomputed verdicts. */
  static final String VERDICTS = "models/ner/spelling-verdicts.txt.gz";

  /** First line of the verdicts file. */
  static final String MAGIC = "hadath-spelling-verdicts 1";

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
    OTHER;

    /** The letter that stands for it in the verdicts file and in feature names. */
    char letter() {
      return name().charAt(0);
    }

    static Verdict ofLetter(char letter) {
      for (Verdict verdict : values()) {
        if (verdict.letter() == letter) {
          return verdict;
        }
      }
      throw new IllegalArgumentException("no verdict «" + letter + "»");
    }
  }

  private static final ArabicTextNormalizer NORMALIZER = new ArabicTextNormalizer();

  private static final Verdict[] BY_ORDINAL = Verdict.values();

  private final SegmentationTable table;
  private final byte[] verdicts;
  private final Supplier<Hunspell> dictionary;
  private final WordCache<Verdict> cache = new WordCache<>(CACHE_SIZE);

  /**
   * @param table the table whose words {@code verdicts} are for, or null for none
   * @param verdicts one {@link Verdict} ordinal per {@link SegmentationTable#indexOf} position
   * @param dictionary gives the dictionary; asked only for words without a precomputed verdict
   */
  ArabicSpelling(SegmentationTable table, byte[] verdicts, Supplier<Hunspell> dictionary) {
    if (table != null && verdicts.length != table.indexedWords()) {
      throw new IllegalArgumentException(verdicts.length + " verdicts for a table of "
          + table.indexedWords() + " indexed words");
    }
    this.table = table;
    this.verdicts = verdicts;
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  private static final class Shared {
    static final ArabicSpelling SPELLING = fromClasspath();
  }

  private static final class Dictionaries {
    static final Hunspell BUNDLED = loadDictionary();
  }

  /** The bundled verdicts over the bundled segmentation table, loaded once. */
  static ArabicSpelling shared() {
    return Shared.SPELLING;
  }

  /**
   * The bundled verdicts over the bundled segmentation table (read if the tokenizer has not read
   * it yet), the dictionary loaded when a word needs it.
   *
   * @throws IllegalStateException if the verdicts are missing, malformed or made for another table
   */
  static ArabicSpelling fromClasspath() {
    SegmentationTable table = SegmentationTable.bundled();
    try (InputStream in = resource(VERDICTS)) {
      byte[] verdicts = readVerdicts(new GZIPInputStream(in, 1 << 16), table);
      return new ArabicSpelling(table, verdicts, () -> Dictionaries.BUNDLED);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the spelling verdicts " + VERDICTS + ": "
          + e.getMessage(), e);
    }
  }

  /** The dictionary alone, for every word: the reference the verdicts are built from. */
  static ArabicSpelling dictionaryOnly() {
    return new ArabicSpelling(null, new byte[0], () -> Dictionaries.BUNDLED);
  }

  /**
   * Loads the bundled dictionary.
   *
   * @throws IllegalStateException if the dictionary is missing or Lucene cannot parse it
   */
  private static Hunspell loadDictionary() {
    String affix = new String(read(FOLDER + "ar.aff"), StandardCharsets.UTF_8);
    // Lucene reads the encoding from a SET line within the first 30 KB; Ayaspell puts it near the end
    affix = "SET UTF-8\n" + affix.replace("\nSET\tUTF-8\n", "\n");
    try (InputStream aff = new ByteArrayInputStream(affix.getBytes(StandardCharsets.UTF_8));
        InputStream dic = new ByteArrayInputStream(read(FOLDER + "ar.dic"))) {
      return new Hunspell(new Dictionary(new ByteBuffersDirectory(), "hunspell", aff, dic));
    } catch (IOException | ParseException e) {
      throw new IllegalStateException("cannot load the Hunspell dictionary: " + e.getMessage(), e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = ArabicSpelling.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + name);
    }
    return in;
  }

  private static byte[] read(String name) {
    try (InputStream in = resource(name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a verdicts file: {@value #MAGIC}, header lines (provenance, licence, the command that
   * wrote it, and {@code table-words: N} and {@code table-fingerprint: HEX} naming the table),
   * an empty line, then one line with one letter ({@link Verdict#letter}) per table position.
   *
   * @param in the uncompressed file; not closed
   * @throws IOException if it cannot be read, is malformed, or names another table than {@code
   *     table}
   */
  static byte[] readVerdicts(InputStream in, SegmentationTable table) throws IOException {
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String first = reader.readLine();
    if (!MAGIC.equals(first)) {
      throw new IOException("not a spelling verdicts file: first line is «" + first + "»");
    }
    String expected = tableLine(table);
    boolean sameTable = false;
    for (String line; (line = reader.readLine()) != null && !line.isEmpty(); ) {
      sameTable |= line.equals(expected);
    }
    if (!sameTable) {
      throw new IOException("the verdicts were not made for this segmentation table («" + expected
          + "»); rebuild them with SpellingVerdictBuilder");
    }
    String letters = reader.readLine();
    if (letters == null || letters.length() != table.indexedWords()) {
      throw new IOException("need " + table.indexedWords() + " verdicts, got "
          + (letters == null ? 0 : letters.length()));
    }
    byte[] verdicts = new byte[letters.length()];
    for (int i = 0; i < verdicts.length; i++) {
      verdicts[i] = (byte) Verdict.ofLetter(letters.charAt(i)).ordinal();
    }
    return verdicts;
  }

  /**
   * Writes a verdicts file for {@code table} in the format {@link #readVerdicts} reads.
   *
   * @param header lines without line breaks, none empty
   * @param verdicts one per {@link SegmentationTable#indexOf} position of {@code table}
   */
  static void writeVerdicts(List<String> header, SegmentationTable table, List<Verdict> verdicts,
      Writer out) throws IOException {
    if (verdicts.size() != table.indexedWords()) {
      throw new IllegalArgumentException(verdicts.size() + " verdicts for a table of "
          + table.indexedWords() + " indexed words");
    }
    List<String> lines = new ArrayList<>(header);
    lines.add(tableLine(table));
    out.write(MAGIC + "\n");
    for (String line : lines) {
      if (line.isEmpty() || line.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("bad header line «" + line + "»");
      }
      out.write(line + "\n");
    }
    out.write('\n');
    for (Verdict verdict : verdicts) {
      out.write(verdict.letter());
    }
    out.write('\n');
  }

  /** The header line that names the table the verdicts belong to. */
  private static String tableLine(SegmentationTable table) {
    return "table: " + table.indexedWords() + " words, fingerprint "
        + Long.toHexString(table.fingerprint());
  }

  /**
   * What the dictionary says of {@code word}, as written (clitics attached), once normalized
   * ({@link ArabicTextNormalizer}: diacritics, tatweel and stretched letters removed).
   *
   * @throws NullPointerException if {@code word} is null
   */
  Verdict verdict(String word) {
    // the cache first: a hash lookup costs a fifth of the table's binary search, and the features
    // ask for each word four times
    return cache.computeIfAbsent(word, this::lookUp);
  }

  private Verdict lookUp(String word) {
    int index = table == null ? -1 : table.indexOf(word);
    return index >= 0 ? BY_ORDINAL[verdicts[index]] : check(word);
  }

  /** What the dictionary says, asked now (loading it if needed), never precomputed nor cached. */
  Verdict check(String written) {
    // the dictionary spells plainly: no diacritics, tatweel or stretched letters («رائعععع»)
    String word = NORMALIZER.normalize(written).normalized();
    if (word.isEmpty() || word.length() > MAX_LENGTH || !arabicLettersOnly(word)) {
      return Verdict.OTHER;
    }
    return dictionary.get().spell(word) ? Verdict.KNOWN : Verdict.UNKNOWN;
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
