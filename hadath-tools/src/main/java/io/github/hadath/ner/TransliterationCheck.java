package io.github.hadath.ner;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether an Arabic place name transliterates a Latin one, by their consonant skeletons: the test
 * that keeps a third-party name of a town («دوز» for Douz) and drops a label of another thing
 * («سقوط الأندلس» for Reconquista, «نادي غيلينغهام» for Gillingham).
 *
 * <p>Both names are reduced to sequences of consonant classes (B, T, TH, J, H, KH, D, DH, R, Z, S,
 * SH, GH, F, K, L, M, N); vowels, alef, hamza, ain, waw and yeh are left out on both sides because
 * transliterations write them freely. The rules:
 *
 * <ul>
 *   <li><b>Latin</b>: diacritics removed («Sétif» is «setif»), doubled letters read once
 *       («Bennour»), articles ({@code el}, {@code al}, {@code le}, {@code la}, {@code ez}...) and the
 *       words {@code city} and {@code madinat} skipped. A digraph is read before its letters
 *       ({@code kh}, {@code gh}, {@code sh}, {@code ch}, {@code th}, {@code dh}, {@code dj}, {@code
 *       ph}, {@code zh}...). A Latin letter stands for a set of classes, since Latin spells one
 *       Arabic sound several ways and one Latin letter several sounds: {@code g} is K, J, GH or KH
 *       (Maghreb «Guelma» قالمة, Dutch «Tilburg» تيلبورخ), {@code ch} is SH, K, KH or J. A final
 *       {@code h} is silent («Jeddah»).
 *   <li><b>Arabic</b>: diacritics removed, the article «ال» of each word dropped, a final teh
 *       marbuta or heh dropped (it writes a final vowel: «جدة», «أبوميه»), «تش» read as one SH
 *       (Chinese «تشانغده»), the word «مدينة» skipped. Each other letter is one class (ق and ك are
 *       K; ط is T; ص is S; ض is D; ظ and ذ are DH).
 *   <li>The skeletons are aligned by their longest common subsequence, where an Arabic class matches
 *       a Latin letter whose set holds it. The agreement is the smaller of the two shares of
 *       aligned consonants (of the Latin skeleton, of the Arabic skeleton), and 0 when either
 *       skeleton is empty or when some Arabic word has consonants but none aligned: an extra word
 *       names another thing («مطار الفاشر», the airport, for El Fasher).
 * </ul>
 */
final class TransliterationCheck {

  /** The agreement a name needs to be taken: three consonants in four, both ways. */
  static final double MIN_AGREEMENT = 0.75;

  private static final int B = 1, T = 1 << 1, TH = 1 << 2, J = 1 << 3, H = 1 << 4, KH = 1 << 5,
      D = 1 << 6, DH = 1 << 7, R = 1 << 8, Z = 1 << 9, S = 1 << 10, SH = 1 << 11, GH = 1 << 12,
      F = 1 << 13, K = 1 << 14, L = 1 << 15, M = 1 << 16, N = 1 << 17;

  private static final Set<String> LATIN_SKIPPED = Set.of(
      "el", "al", "le", "la", "les", "l", "d", "ad", "ar", "as", "at", "az", "ash", "ed", "er", "es",
      "et", "ez", "en", "an", "adh", "city", "madinat");

  /** Latin digraphs, longest first, with the classes each may write. */
  private static final String[] DIGRAPHS = {"sch", "tch", "kh", "gh", "sh", "ch", "th", "dh", "dj",
      "dz", "ph", "ck", "qu", "zh"};

  private static final int[] DIGRAPH_CLASSES = {SH, SH | J, KH | K | H, GH | K | J, SH,
      SH | K | KH | J, T | TH | S | DH, D | DH | Z, J, J | Z, F, K, K, J | Z | SH};

  private TransliterationCheck() {}

  /**
   * Whether {@code arabic} transliterates {@code latin}: {@link #agreement} at least {@value
   * #MIN_AGREEMENT}.
   */
  static boolean agrees(String latin, String arabic) {
    return agreement(latin, arabic) >= MIN_AGREEMENT;
  }

  /**
   * How well the consonants of {@code arabic} align with those of {@code latin}.
   *
   * @param latin a place name in Latin script, any case, diacritics allowed
   * @param arabic a place name in Arabic script, diacritics allowed
   * @return from 0 (nothing aligned, or a word of {@code arabic} that aligns with nothing) to 1
   *     (every consonant of each name aligned)
   * @throws NullPointerException if either name is null
   */
  static double agreement(String latin, String arabic) {
    int[] latinSkeleton = latinSkeleton(latin);
    List<int[]> arabicSkeleton = arabicSkeleton(arabic); // {class, word index}
    if (latinSkeleton.length == 0 || arabicSkeleton.isEmpty()) {
      return 0;
    }
    int rows = latinSkeleton.length;
    int columns = arabicSkeleton.size();
    int[][] common = new int[rows + 1][columns + 1];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        common[i + 1][j + 1] = (latinSkeleton[i] & arabicSkeleton.get(j)[0]) != 0
            ? common[i][j] + 1
            : Math.max(common[i][j + 1], common[i + 1][j]);
      }
    }
    Set<Integer> alignedWords = new HashSet<>();
    for (int i = rows, j = columns; i > 0 && j > 0; ) {
      if ((latinSkeleton[i - 1] & arabicSkeleton.get(j - 1)[0]) != 0
          && common[i][j] == common[i - 1][j - 1] + 1) {
        alignedWords.add(arabicSkeleton.get(j - 1)[1]);
        i--;
        j--;
      } else if (common[i - 1][j] >= common[i][j - 1]) {
        i--;
      } else {
        j--;
      }
    }
    for (int[] consonant : arabicSkeleton) {
      if (!alignedWords.contains(consonant[1])) {
        return 0;
      }
    }
    int aligned = common[rows][columns];
    return Math.min((double) aligned / rows, (double) aligned / columns);
  }

  /** The consonant classes of a Latin name, one set (bit mask) per consonant. */
  static int[] latinSkeleton(String latin) {
    String plain = Normalizer.normalize(latin.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('ł', 'l').replace('đ', 'd').replace('ı', 'i').replace("ß", "ss")
        .replaceAll("['’`\\-]", " ");
    List<Integer> classes = new ArrayList<>();
    for (String word : plain.split("\\s+")) {
      if (word.isEmpty() || LATIN_SKIPPED.contains(word)) {
        continue;
      }
      String letters = word.replaceAll("([a-z])\\1", "$1");
      int i = 0;
      while (i < letters.length()) {
        int digraph = digraphAt(letters, i);
        if (digraph >= 0) {
          classes.add(DIGRAPH_CLASSES[digraph]);
          i += DIGRAPHS[digraph].length();
          continue;
        }
        char c = letters.charAt(i);
        int set = c == 'h' && i == letters.length() - 1 ? 0 : latinLetter(c);
        if (set != 0) {
          classes.add(set);
        }
        i++;
      }
    }
    return classes.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int digraphAt(String word, int at) {
    for (int d = 0; d < DIGRAPHS.length; d++) {
      if (word.startsWith(DIGRAPHS[d], at)) {
        return d;
      }
    }
    return -1;
  }

  private static int latinLetter(char c) {
    switch (c) {
      case 'b': case 'p': return B;
      case 'c': return K | S | J | SH;
      case 'd': return D | DH;
      case 'f': return F;
      case 'v': return F | B;
      case 'g': return K | J | GH | KH;
      case 'h': return H;
      case 'j': return J | KH | H;
      case 'k': return K | KH;
      case 'l': return L;
      case 'm': return M;
      case 'n': return N;
      case 'q': return K | SH;
      case 'r': return R | GH;
      case 's': return S | SH | Z | TH;
      case 't': return T;
      case 'x': return K | S | SH | KH;
      case 'z': return Z | S | DH;
      default: return 0; // vowels, w, y: written freely
    }
  }

  /** The consonant classes of an Arabic name, each with the index of its word. */
  static List<int[]> arabicSkeleton(String arabic) {
    String plain = arabic.replaceAll("[\\u064B-\\u0652\\u0670\\u0640]", "").replace("تش", "چ");
    List<int[]> classes = new ArrayList<>();
    int wordIndex = 0;
    for (String word : plain.split("[\\s\\-]+")) {
      if (word.isEmpty() || word.equals("مدينة") || word.equals("مدينه")) {
        continue;
      }
      if (word.startsWith("ال") && word.length() > 3) {
        word = word.substring(2);
      }
      if (word.endsWith("ة") || word.endsWith("ه")) {
        word = word.substring(0, word.length() - 1);
      }
      for (int i = 0; i < word.length(); i++) {
        int set = arabicLetter(word.charAt(i));
        if (set != 0) {
          classes.add(new int[] {set, wordIndex});
        }
      }
      wordIndex++;
    }
    return classes;
  }

  private static int arabicLetter(char c) {
    switch (c) {
      case 'ب': case 'پ': return B;
      case 'ت': case 'ط': return T;
      case 'ث': return TH;
      case 'ج': return J;
      case 'چ': return SH;
      case 'ح': case 'ه': return H;
      case 'خ': return KH;
      case 'د': case 'ض': return D;
      case 'ذ': case 'ظ': return DH;
      case 'ر': return R;
      case 'ز': case 'ژ': return Z;
      case 'س': case 'ص': return S;
      case 'ش': return SH;
      case 'غ': return GH;
      case 'ف': case 'ڤ': return F;
      case 'ق': case 'ك': case 'ڭ': case 'گ': return K;
      case 'ل': return L;
      case 'م': return M;
      case 'ن': return N;
      default: return 0; // alef, hamza, ain, waw, yeh, teh marbuta, alef maqsura
    }
  }
}
