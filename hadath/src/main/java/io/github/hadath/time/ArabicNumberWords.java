package io.github.hadath.time;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.tokenize.Token;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads Arabic number words, cardinal and ordinal, from 1 to 9999: «الثالثة والتسعين» (93rd),
 * «الحادية عشرة» (11th), «عام ألفين وخمسة وعشرين» (2025), «ثلاثة آلاف وخمسمئة» (3500).
 *
 * <ul>
 *   <li>Words are looked up by {@link ArabicTextNormalizer#matchKey match key}, so hamza and teh
 *       marbuta spellings are one word; the list is the resource {@code number-words.tsv}.
 *   <li>Parts are joined by «و», as a token of its own (the segmenter splits «والتسعين» into «و» +
 *       «التسعين») or glued to the next word.
 *   <li>Parts must come in Arabic order: thousands, hundreds, then unit-or-teen, then tens
 *       («خمسة وعشرين» = 25). Reading stops before the first part that breaks the order, so «ثلاثة
 *       وأربعة» reads 3 and leaves «وأربعة».
 *   <li>Words that are numbers only inside a compound («أحد», «إحدى», «اثنا», «الحادي») are not
 *       read alone, and «الاثنين», «الأحد» (weekdays) are not numbers.
 *   <li>A digit string, bare or with the article («الـ12», form «ال12»), is read as a number of one
 *       token; with the article it is ordinal. The article written apart from the digits («الـ 25»,
 *       two tokens) is read with them as one ordinal.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class ArabicNumberWords {

  /**
   * A number read from a run of tokens.
   *
   * @param value the number, 1 ≤ value ≤ 9999 for words (any non-negative int for digits)
   * @param ordinal true when written as an ordinal («الثالثة», «العشرين», «الـ12»)
   * @param endToken index one past the last token read (exclusive), in the list that was read
   */
  public record Match(int value, boolean ordinal, int endToken) {}

  private enum Kind {
    UNIT,
    TEN,
    TENS,
    HUNDREDS,
    THOUSANDS,
    THOUSANDS_PLURAL
  }

  private record Lexeme(int value, Kind kind, boolean ordinal, boolean alone) {}

  /** A part between two «و»: its value, its rank in the Arabic order, the index after it. */
  private record Part(int value, int rank, boolean ordinal, int end) {}

  private static final String AND = "و";
  private static final String ARTICLE = "ال";
  private static final int RANK_THOUSANDS = 3;
  private static final int RANK_HUNDREDS = 2;
  private static final int RANK_UNITS = 1;
  private static final int RANK_TENS_AFTER_UNIT = 0;
  private static final int MAX_DIGITS = 9;

  private static final Map<String, Lexeme> LEXICON = loadLexicon();

  private ArabicNumberWords() {}

  private static Map<String, Lexeme> loadLexicon() {
    Map<String, Lexeme> lexicon = new HashMap<>();
    for (String[] row : ResourceLines.read("number-words.tsv")) {
      if (row.length != 5) {
        throw new IllegalStateException("number-words.tsv: 5 columns expected in " + String.join("|", row));
      }
      Lexeme lexeme =
          new Lexeme(
              Integer.parseInt(row[0]), Kind.valueOf(row[1]), row[2].equals("yes"), row[3].equals("yes"));
      for (String form : row[4].split(" ")) {
        lexicon.put(ArabicTextNormalizer.matchKey(form), lexeme);
      }
    }
    return Map.copyOf(lexicon);
  }

  /**
   * Reads the number that starts at token {@code start}.
   *
   * @param tokens the tokens of a text (their {@link Token#key() keys} are read)
   * @param start index of the first token of the number, 0 ≤ start ≤ tokens.size()
   * @return the number and the index after its last token, or empty when no number starts there
   * @throws NullPointerException if {@code tokens} is null
   * @throws IndexOutOfBoundsException if {@code start} is negative or beyond the list
   */
  public static Optional<Match> read(List<Token> tokens, int start) {
    Objects.requireNonNull(tokens, "tokens");
    Objects.checkIndex(start, tokens.size() + 1);
    // A view, not a copy: reading at every token of a text stays linear.
    List<String> keys = new AbstractList<>() {
      @Override
      public String get(int index) {
        return tokens.get(index).key();
      }

      @Override
      public int size() {
        return tokens.size();
      }
    };
    return readKeys(keys, start);
  }

  /**
   * Reads the number that starts at word {@code start} of a list of match keys (words as returned
   * by {@link ArabicTextNormalizer#matchKey}).
   *
   * @param keys words or tokens as match keys; «و» may be its own entry or glued to the next word
   * @param start index of the first word of the number, 0 ≤ start ≤ keys.size()
   * @return the number and the index after its last word, or empty when no number starts there
   * @throws NullPointerException if {@code keys} is null
   * @throws IndexOutOfBoundsException if {@code start} is negative or beyond the list
   */
  public static Optional<Match> readKeys(List<String> keys, int start) {
    Objects.requireNonNull(keys, "keys");
    Objects.checkIndex(start, keys.size() + 1);
    if (start == keys.size()) {
      return Optional.empty();
    }
    Optional<Match> digits = digits(keys.get(start), start);
    if (digits.isPresent()) {
      return digits;
    }
    if (keys.get(start).equals(ARTICLE) && start + 1 < keys.size()) {
      Optional<Match> apart = digits(keys.get(start + 1), start + 1);
      if (apart.isPresent() && !apart.get().ordinal()) {
        return Optional.of(new Match(apart.get().value(), true, start + 2));
      }
    }
    Part first = part(keys, start, keys.get(start), null);
    if (first == null) {
      return Optional.empty();
    }
    int total = first.value();
    boolean ordinal = first.ordinal();
    Part previous = first;
    while (previous.end() < keys.size()) {
      int at = previous.end();
      String key = keys.get(at);
      Part next;
      if (key.equals(AND)) {
        next = at + 1 < keys.size() ? part(keys, at + 1, keys.get(at + 1), previous) : null;
      } else if (key.startsWith(AND) && key.length() > 1) {
        next = part(keys, at, key.substring(1), previous);
      } else {
        next = null;
      }
      if (next == null) {
        break;
      }
      total += next.value();
      ordinal |= next.ordinal();
      previous = next;
    }
    return Optional.of(new Match(total, ordinal, previous.end()));
  }

  /**
   * The value of a whole phrase of number words, such as «ألفين وخمسة وعشرين».
   *
   * @param phrase words separated by white space, in any spelling of hamza and teh marbuta
   * @return the value, or empty unless the whole phrase is one number
   * @throws NullPointerException if {@code phrase} is null
   */
  public static OptionalInt valueOf(String phrase) {
    List<String> keys = new ArrayList<>();
    for (String word : phrase.trim().split("\\s+")) {
      if (!word.isEmpty()) {
        keys.add(ArabicTextNormalizer.matchKey(word));
      }
    }
    Optional<Match> match = readKeys(keys, 0);
    return match.isPresent() && match.get().endToken() == keys.size()
        ? OptionalInt.of(match.get().value())
        : OptionalInt.empty();
  }

  /** True when {@code key} is a number word of the lexicon (alone or in a compound). */
  static boolean isNumberWord(String key) {
    return LEXICON.containsKey(key);
  }

  private static Optional<Match> digits(String key, int at) {
    int from = key.startsWith("ال") ? 2 : 0;
    int length = key.length() - from;
    if (length == 0 || length > MAX_DIGITS) {
      return Optional.empty();
    }
    for (int i = from; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return Optional.empty();
      }
    }
    return Optional.of(new Match(Integer.parseInt(key.substring(from)), from > 0, at + 1));
  }

  /**
   * Reads one part at index {@code at}, whose word is {@code word} (the key, or its rest after a
   * glued «و»), or returns null when none fits after {@code previous}.
   */
  private static Part part(List<String> keys, int at, String word, Part previous) {
    Lexeme lexeme = LEXICON.get(word);
    if (lexeme == null) {
      return null;
    }
    Lexeme next = at + 1 < keys.size() ? LEXICON.get(keys.get(at + 1)) : null;
    Part part = null;
    switch (lexeme.kind()) {
      case UNIT, TEN -> {
        if (lexeme.kind() == Kind.UNIT && next != null && next.kind() == Kind.TEN) {
          part = new Part(lexeme.value() + 10, RANK_UNITS, lexeme.ordinal() || next.ordinal(), at + 2);
        } else if (next != null && (next.kind() == Kind.THOUSANDS_PLURAL || isThousand(next))) {
          part = new Part(lexeme.value() * 1000, RANK_THOUSANDS, false, at + 2);
        } else if (lexeme.kind() == Kind.UNIT && next != null && next.kind() == Kind.HUNDREDS && next.value() == 100) {
          part = new Part(lexeme.value() * 100, RANK_HUNDREDS, next.ordinal(), at + 2);
        } else if (lexeme.alone() || tensFollow(keys, at + 1)) {
          part = new Part(lexeme.value(), RANK_UNITS, lexeme.ordinal(), at + 1);
        }
      }
      case TENS -> {
        boolean afterUnit = previous != null && previous.rank() == RANK_UNITS && previous.value() < 10;
        part =
            new Part(lexeme.value(), afterUnit ? RANK_TENS_AFTER_UNIT : RANK_UNITS, lexeme.ordinal(), at + 1);
      }
      case HUNDREDS -> part = new Part(lexeme.value(), RANK_HUNDREDS, lexeme.ordinal(), at + 1);
      case THOUSANDS -> part = new Part(lexeme.value(), RANK_THOUSANDS, lexeme.ordinal(), at + 1);
      case THOUSANDS_PLURAL -> part = null;
    }
    if (part == null || (previous != null && part.rank() >= previous.rank())) {
      return null;
    }
    return part;
  }

  private static boolean isThousand(Lexeme lexeme) {
    return lexeme.kind() == Kind.THOUSANDS && lexeme.value() == 1000 && !lexeme.ordinal();
  }

  /** True when «و» + tens (spaced or glued) follows at {@code at}: «الحادي والعشرين». */
  private static boolean tensFollow(List<String> keys, int at) {
    if (at >= keys.size()) {
      return false;
    }
    String key = keys.get(at);
    String tens;
    if (key.equals(AND)) {
      tens = at + 1 < keys.size() ? keys.get(at + 1) : "";
    } else if (key.startsWith(AND)) {
      tens = key.substring(1);
    } else {
      return false;
    }
    Lexeme lexeme = LEXICON.get(tens);
    return lexeme != null && lexeme.kind() == Kind.TENS;
  }
}
