package io.github.hadath.tokenize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.zip.GZIPInputStream;

/**
 * CoreNLP's segmentation of the word types of a large corpus, precomputed: what {@link
 * CoreNlpArabicTokenizer} would compute for each of them, read from a table instead of running
 * the segmenter's CRF.
 *
 * <ul>
 *   <li>Built by hadath-tools' {@code SegmentationTableBuilder} from CoreNLP's own output, word by
 *       word, in the same fixed context as the tokenizer's; a word found in the table gets exactly
 *       the tokens the tokenizer would compute, so the table changes speed, never output.
 *   <li>Held in about 16 bytes of heap a word: a sorted array of 64-bit hashes of the words and
 *       one {@code long} of split points and rewrite codes each. Two different words with the same hash would get
 *       one segmentation; the loader checks the table's own words, and for a word outside it the
 *       chance is about n / 2<sup>64</sup> (10<sup>-13</sup> for a million words).
 *   <li>The bundled table ({@value #RESOURCE}) comes from Arabic Wikipedia, the Corpus of
 *       Contemporary Arabic and the ANT news corpus; its header and {@code
 *       models/segmentation/SOURCE.md} give provenance, licence and the command that rebuilds it.
 * </ul>
 *
 * <p>File format (UTF-8, gzipped): header lines up to the first empty line, then one line per
 * word in {@link String#compareTo} order: {@code word} alone when the word is one token whose
 * form is its text ({@link Segments#orthographic} applied); {@code word TAB i j …} with the char
 * indices where a new token starts, then, if a form is rewritten, {@code TAB} and one rewrite
 * digit per token ({@link Segments#KEEP} …); {@code word TAB = (TAB form TAB begin TAB end)*}
 * when no code describes the tokens.
 */
public final class SegmentationTable {

  /** Classpath location of the bundled table. */
  public static final String RESOURCE = "models/segmentation/corenlp-segmentation.tsv.gz";

  /** First line of every table file. */
  static final String MAGIC = "hadath-segmentation-table 1";

  private final long[] hashes;
  private final long[] codes;
  private final Map<String, Segments> irregular;
  private final List<String> header;

  private SegmentationTable(
      long[] hashes, long[] codes, Map<String, Segments> irregular, List<String> header) {
    this.hashes = hashes;
    this.codes = codes;
    this.irregular = irregular;
    this.header = List.copyOf(header);
  }

  private static final Memo<SegmentationTable> BUNDLED = new Memo<>(SegmentationTable::fromClasspath);

  /**
   * The bundled table, read once per class loader and shared: the tokenizer and the spelling
   * verdicts of the entity stage ({@code ArabicSpelling}) use the same 13 MB of heap.
   *
   * @throws UncheckedIOException if it is missing or cannot be read (at the first call)
   */
  public static SegmentationTable bundled() {
    return BUNDLED.get();
  }

  /**
   * Reads the bundled table.
   *
   * @throws UncheckedIOException if it is missing or cannot be read
   */
  public static SegmentationTable fromClasspath() {
    InputStream in = SegmentationTable.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("segmentation table missing from the classpath: " + RESOURCE));
    }
    try (in) {
      return read(new GZIPInputStream(in, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the segmentation table " + RESOURCE, e);
    }
  }

  /**
   * Reads a table in the format of the class Javadoc.
   *
   * <p>The lines are read as bytes, not as Strings: 683,137 lines made into Strings cost more than
   * the rest of the load (a third of a second of CPU and 80 MB of garbage). A word's hash is
   * computed from its UTF-8 bytes, decoded char by char; only the header and the irregular lines
   * become Strings.
   *
   * @param in the uncompressed table; not closed
   * @throws IOException if it cannot be read, or with the line number if a line is malformed
   */
  static SegmentationTable read(InputStream in) throws IOException {
    byte[] text = in.readAllBytes();
    List<String> header = new ArrayList<>();
    long[] hashes = new long[1 << 16];
    long[] codes = new long[1 << 16];
    int n = 0;
    Map<String, Segments> irregular = new HashMap<>();
    boolean inHeader = true;
    int lineNumber = 0;
    for (int start = 0, next; start < text.length; start = next) {
      int newline = indexOf(text, (byte) '\n', start, text.length);
      next = newline + 1;
      int end = newline > start && text[newline - 1] == '\r' ? newline - 1 : newline;
      lineNumber++;
      if (lineNumber == 1) {
        if (!MAGIC.equals(utf8(text, start, end))) {
          throw new IOException(
              "not a segmentation table: first line is «" + utf8(text, start, end) + "»");
        }
      } else if (inHeader) {
        inHeader = end > start;
        if (inHeader) {
          header.add(utf8(text, start, end));
        }
      } else {
        int tab = indexOf(text, (byte) '\t', start, end);
        if (tab == start) {
          throw new IOException("line " + lineNumber + ": empty word");
        }
        if (tab + 1 < end && text[tab + 1] == '=') {
          String line = utf8(text, start, end);
          int lineTab = line.indexOf('\t');
          irregular.put(line.substring(0, lineTab), parseIrregular(line, lineTab, lineNumber));
          continue;
        }
        long hash = FNV_OFFSET;
        int length = 0; // UTF-16 chars
        for (int i = start; i < tab; ) {
          int b = text[i] & 0xFF;
          int bytes = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
          int c = bytes == 1 ? b : b & (0x3F >> (bytes - 1));
          if (i + bytes > tab || b >= 0xF8 || (b >= 0x80 && b < 0xC0)) {
            throw new IOException("line " + lineNumber + ": malformed UTF-8");
          }
          for (int k = 1; k < bytes; k++) {
            if ((text[i + k] & 0xC0) != 0x80) {
              throw new IOException("line " + lineNumber + ": malformed UTF-8");
            }
            c = (c << 6) | (text[i + k] & 0x3F);
          }
          i += bytes;
          if (c >= Character.MIN_SUPPLEMENTARY_CODE_POINT) {
            hash = (hash ^ Character.highSurrogate(c)) * FNV_PRIME;
            c = Character.lowSurrogate(c);
            length++;
          }
          hash = (hash ^ c) * FNV_PRIME;
          length++;
        }
        long code = tab == end ? 0 : parseCode(text, start, tab, end, length, lineNumber);
        if (n == hashes.length) {
          hashes = Arrays.copyOf(hashes, 2 * n);
          codes = Arrays.copyOf(codes, 2 * n);
        }
        hashes[n] = mix(hash);
        codes[n] = code;
        n++;
      }
    }
    if (lineNumber == 0) {
      throw new IOException("not a segmentation table: the file is empty");
    }
    return index(Arrays.copyOf(hashes, n), Arrays.copyOf(codes, n), irregular, header);
  }

  /** The first index of {@code b} in {@code text[from..to)}, or {@code to}. */
  private static int indexOf(byte[] text, byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text[i] == b) {
        return i;
      }
    }
    return to;
  }

  private static String utf8(byte[] text, int from, int to) {
    return new String(text, from, to - from, StandardCharsets.UTF_8);
  }

  private static SegmentationTable index(
      long[] hashes, long[] codes, Map<String, Segments> irregular, List<String> header)
      throws IOException {
    // The file is in word order (it compresses better and diffs well); lookups need hash order.
    sort(hashes, codes, 0, hashes.length - 1);
    for (int i = 1; i < hashes.length; i++) {
      if (hashes[i] == hashes[i - 1]) {
        throw new IOException(
            "two words of the table share the hash " + Long.toHexString(hashes[i])
                + "; write one of them as an irregular line");
      }
    }
    return new SegmentationTable(hashes, codes, Map.copyOf(irregular), header);
  }

  /** Sorts {@code keys[lo..hi]} ascending, moving {@code values} along (quicksort, middle pivot). */
  private static void sort(long[] keys, long[] values, int lo, int hi) {
    while (lo < hi) {
      long pivot = keys[(lo + hi) >>> 1];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (keys[i] < pivot) {
          i++;
        }
        while (keys[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long key = keys[i];
          keys[i] = keys[j];
          keys[j] = key;
          long value = values[i];
          values[i] = values[j];
          values[j] = value;
          i++;
          j--;
        }
      }
      // Recurse into the smaller side, loop on the larger: stack depth stays O(log n).
      if (j - lo < hi - i) {
        sort(keys, values, lo, j);
        lo = i;
      } else {
        sort(keys, values, i, hi);
        hi = j;
      }
    }
  }

  /**
   * Reads {@code splits [TAB rewrite codes]}, the ASCII bytes {@code text[tab + 1..end)} after the
   * word {@code text[start..tab)} of {@code length} UTF-16 chars, into {@link Segments#unpack}'s
   * code.
   */
  private static long parseCode(byte[] text, int start, int tab, int end, int length,
      int lineNumber) throws IOException {
    int second = indexOf(text, (byte) '\t', tab + 1, end);
    int mask = 0;
    int value = -1;
    for (int i = tab + 1; i <= second; i++) {
      int c = i < second ? text[i] : ' ';
      if (c >= '0' && c <= '9') {
        value = (value < 0 ? 0 : 10 * value) + (c - '0');
      } else if (c == ' ' && value >= 0) {
        if (value < 1 || value >= length || value >= Segments.MAX_MASKED_LENGTH) {
          throw new IOException("line " + lineNumber + ": split " + value + " outside the word «"
              + utf8(text, start, tab) + "»");
        }
        mask |= 1 << value;
        value = -1;
      } else if (c != ' ') {
        throw new IOException(
            "line " + lineNumber + ": bad split list «" + utf8(text, tab + 1, second) + "»");
      }
    }
    int rewrites = 0;
    if (second < end) {
      int digits = end - second - 1;
      boolean valid = digits == Integer.bitCount(mask) + 1;
      for (int t = 0; valid && t < digits; t++) {
        int code = text[second + 1 + t] - '0';
        valid = code >= 0 && code <= Segments.INITIAL_ALEF;
        rewrites |= code << (2 * t);
      }
      if (!valid) {
        throw new IOException("line " + lineNumber + ": need one rewrite code 0-3 per token, got «"
            + utf8(text, second + 1, end) + "»");
      }
    }
    return (mask & 0xFFFFFFFFL) | ((long) rewrites << 32);
  }

  private static Segments parseIrregular(String line, int tab, int lineNumber) throws IOException {
    String[] fields = line.substring(tab + 1).split("\t", -1);
    if ((fields.length - 1) % 3 != 0) {
      throw new IOException(
          "line " + lineNumber + ": an irregular line needs form, begin and end per token");
    }
    int n = (fields.length - 1) / 3;
    String[] forms = new String[n];
    int[] begins = new int[n];
    int[] ends = new int[n];
    try {
      for (int t = 0; t < n; t++) {
        forms[t] = fields[1 + 3 * t];
        begins[t] = Integer.parseInt(fields[2 + 3 * t]);
        ends[t] = Integer.parseInt(fields[3 + 3 * t]);
      }
    } catch (NumberFormatException e) {
      throw new IOException("line " + lineNumber + ": " + e.getMessage(), e);
    }
    return new Segments(forms, begins, ends);
  }

  /**
   * Writes {@code entries} in the format of the class Javadoc.
   *
   * @param header lines without line breaks, none empty
   */
  static void write(List<String> header, SortedMap<String, Segments> entries, Writer out)
      throws IOException {
    out.write(MAGIC);
    out.write('\n');
    for (String line : header) {
      if (line.isEmpty() || line.indexOf('\n') >= 0) {
        throw new IllegalArgumentException("bad header line «" + line + "»");
      }
      out.write(line);
      out.write('\n');
    }
    out.write('\n');
    for (Map.Entry<String, Segments> entry : entries.entrySet()) {
      String word = entry.getKey();
      Segments segments = entry.getValue();
      out.write(word);
      long code = segments.pack(word);
      if (code > 0) {
        int mask = (int) code;
        int rewrites = (int) (code >>> 32);
        out.write('\t');
        boolean first = true;
        for (int i = 1; i < Segments.MAX_MASKED_LENGTH; i++) {
          if ((mask & (1 << i)) != 0) {
            out.write(first ? "" : " ");
            out.write(Integer.toString(i));
            first = false;
          }
        }
        if (rewrites != 0) {
          out.write('\t');
          for (int t = 0; t < segments.forms.length; t++) {
            out.write('0' + ((rewrites >>> (2 * t)) & 3));
          }
        }
      } else if (code < 0) {
        out.write("\t=");
        for (int t = 0; t < segments.forms.length; t++) {
          out.write('\t' + segments.forms[t] + '\t' + segments.begins[t] + '\t' + segments.ends[t]);
        }
      }
      out.write('\n');
    }
  }

  /**
   * The tokens of {@code word} as CoreNLP segments it in the tokenizer's context, or null if the
   * word is not in the table.
   */
  Segments lookup(String word) {
    if (word.length() <= Segments.MAX_MASKED_LENGTH) {
      int i = Arrays.binarySearch(hashes, hash(word));
      if (i >= 0) {
        return Segments.unpack(word, codes[i]);
      }
    }
    return irregular.isEmpty() ? null : irregular.get(word);
  }

  /**
   * Punctuation that may stand before a word of the table, each char its own token («"», «(»).
   * Chosen on the table itself: where a table word with such a prefix and suffix has its core in
   * the table too, CoreNLP's tokens of the whole are the core's with each punctuation char as a
   * token for 223,133 of 223,486 of them (99.84%). Runs that CoreNLP keeps as one token («...»,
   * «]]») or joins to the word (a hyphen) are left out.
   */
  static final Set<String> EDGE_LEADS = Set.of(
      "\"", "(", "\u00AB", "\u060C", ".", ",", "\u201C", "\u2013", "'", "\u201D", ":", "*", "[", "/",
      "\u2022", "..", "{", "\u061B");

  /** Punctuation that may stand after a word of the table; see {@link #EDGE_LEADS}. */
  static final Set<String> EDGE_TRAILS = Set.of(
      "\u060C", ".", ",", ")", "\"", ":", "\".", "\u061B", ").", "\"\u060C", ")\u060C", "..", "\u00BB",
      "\u00BB.", "!", "\u00BB\u060C", "%", "),", "\u066A", "/", "\u201D", "%.", "'", ";", ".\u060C", "\u00B0",
      "\u201C", "\u060C\"", "\u2013", "\u201D.", "\u061F!", "\u060C\u060C", "\u00BB,", "\",", "\u201C.", "=",
      ".)", ")..", "\u201C\u060C", "\u060C.", ".\u00BB", "\u201D\u060C", "]");

  /**
   * The tokens of {@code piece} from the table: its own entry, or else, when it is a word of the
   * table between punctuation of {@link #EDGE_LEADS} and {@link #EDGE_TRAILS} («بالجامعة،»,
   * «(المغرب)»), that word's tokens with each punctuation char as a token of its own (form
   * normalized as CoreNLP does); null if neither.
   */
  Segments find(String piece) {
    Segments exact = lookup(piece);
    if (exact != null) {
      return exact;
    }
    int begin = 0;
    int end = piece.length();
    while (begin < end && !Character.isLetterOrDigit(piece.charAt(begin))) {
      begin++;
    }
    while (end > begin && !Character.isLetterOrDigit(piece.charAt(end - 1))) {
      end--;
    }
    if (begin == end || (begin == 0 && end == piece.length())
        || (begin > 0 && !EDGE_LEADS.contains(piece.substring(0, begin)))
        || (end < piece.length() && !EDGE_TRAILS.contains(piece.substring(end)))) {
      return null;
    }
    Segments core = lookup(piece.substring(begin, end));
    if (core == null) {
      return null;
    }
    int n = begin + core.forms.length + piece.length() - end;
    String[] forms = new String[n];
    int[] begins = new int[n];
    int[] ends = new int[n];
    int t = 0;
    for (int i = 0; i < piece.length(); i++) {
      if (i == begin) {
        for (int c = 0; c < core.forms.length; c++, t++) {
          forms[t] = core.forms[c];
          begins[t] = begin + core.begins[c];
          ends[t] = begin + core.ends[c];
        }
        i = end - 1;
        continue;
      }
      forms[t] = String.valueOf(Segments.orthographic(piece.charAt(i)));
      begins[t] = i;
      ends[t] = i + 1;
      t++;
    }
    return new Segments(forms, begins, ends);
  }

  /**
   * True if the table holds {@code word}, a piece as the tokenizer cuts it (a whitespace word of
   * normalized text, without the chars CoreNLP's lexer cannot read).
   */
  public boolean contains(String word) {
    return lookup(word) != null;
  }

  /**
   * True if the table gives the tokens of {@code piece}: its own entry, or a word of the table with
   * punctuation attached (see {@link #EDGE_LEADS}).
   */
  public boolean answers(String piece) {
    return find(piece) != null;
  }

  /**
   * The position of {@code word} among the table's words that have a position, or -1: a number
   * from 0 to {@link #indexedWords()} - 1, the same for every load of the same table, so that data
   * about the table's words can be kept beside it in an array ({@code ArabicSpelling}'s verdicts).
   * The order is not alphabetical (it is the order of the words' hashes), and the few words the
   * file writes as irregular lines ({@code word TAB = …}) have none. A word outside the table
   * whose hash equals a table word's gets that word's position; the class Javadoc gives the odds.
   */
  public int indexOf(String word) {
    if (word.length() > Segments.MAX_MASKED_LENGTH) {
      return -1;
    }
    int i = Arrays.binarySearch(hashes, hash(word));
    return i >= 0 ? i : -1;
  }

  /** Number of words that have an {@link #indexOf} position. */
  public int indexedWords() {
    return hashes.length;
  }

  /**
   * A 64-bit digest of the words that have a position and of their order: data kept beside the
   * table records it, so that data built for another table is recognized.
   */
  public long fingerprint() {
    long digest = hashes.length;
    for (long h : hashes) {
      digest = 31 * digest + h;
    }
    return digest;
  }

  /**
   * The words of the bundled table in the order of its file (alphabetical), irregular ones
   * included: for build-time tools that compute something for each of them.
   *
   * @throws UncheckedIOException if the table is missing or cannot be read
   */
  public static List<String> bundledWords() {
    List<String> words = new ArrayList<>();
    try (InputStream in = SegmentationTable.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("segmentation table missing from the classpath: " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(
          new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8));
      boolean inHeader = true;
      for (String line; (line = reader.readLine()) != null; ) {
        if (inHeader) {
          inHeader = !line.isEmpty();
        } else {
          int tab = line.indexOf('\t');
          words.add(tab < 0 ? line : line.substring(0, tab));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the segmentation table " + RESOURCE, e);
    }
    return words;
  }

  /** Number of words in the table. */
  public int size() {
    return hashes.length + irregular.size();
  }

  /** The table's header lines: provenance, licence, the command that built it. */
  public List<String> header() {
    return header;
  }

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  /** A 64-bit hash of the chars of {@code word}: FNV-1a, then MurmurHash3's finalizer. */
  static long hash(String word) {
    long h = FNV_OFFSET;
    for (int i = 0; i < word.length(); i++) {
      h = (h ^ word.charAt(i)) * FNV_PRIME;
    }
    return mix(h);
  }

  /** MurmurHash3's 64-bit finalizer. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb34fe88e8d53L;
    h ^= h >>> 33;
    return h;
  }
}
