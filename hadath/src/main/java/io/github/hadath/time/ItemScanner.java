package io.github.hadath.time;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.tokenize.Proclitics;
import io.github.hadath.tokenize.Proclitics.ElidedArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into {@link Item items} in one left-to-right pass.
 *
 * <p>Letters and digits never share an item, so «و27», «1445هـ» and «2024م» come apart without
 * help from the segmenter, and «10-12» is three items. Proclitics are read by the project's one rule
 * ({@link Proclitics#readings(String, int, ElidedArticle)}: a conjunction و، ف then a preposition
 * ب، ل، ك, stems of two letters at least) and split off a word only when what remains is a word of
 * the {@link TimeLexicon}, so «والعام» gives «و» + «العام» while «واحد» and «بين» stay whole;
 * «للعام» stays one item with the key «العام» ({@link ElidedArticle#WITH_PREPOSITION}).
 */
final class ItemScanner {

  /** Time words are short («يوم», «عام»): a stem keeps two letters. */
  private static final int MIN_STEM = 2;

  private ItemScanner() {}

  /** The items of {@code normalized}, in text order. Linear in its length. */
  static List<Item> scan(String normalized, TimeLexicon lexicon) {
    List<Item> items = new ArrayList<>();
    int line = 0;
    boolean spaced = true;
    int n = normalized.length();
    int i = 0;
    while (i < n) {
      char c = normalized.charAt(i);
      if (Character.isWhitespace(c)) {
        if (c == '\n') {
          line++;
        }
        spaced = true;
        i++;
        continue;
      }
      int end = i + 1;
      if (isDigit(c)) {
        while (end < n && isDigit(normalized.charAt(end))) {
          end++;
        }
        items.add(new Item(i, end, normalized.substring(i, end), Item.Kind.NUMBER, line, spaced, false));
      } else if (Character.isLetter(c)) {
        while (end < n && Character.isLetter(normalized.charAt(end))) {
          end++;
        }
        addWord(items, i, end, ArabicTextNormalizer.matchKey(normalized.substring(i, end)), line, spaced, lexicon);
      } else {
        if (Character.isHighSurrogate(c) && end < n && Character.isLowSurrogate(normalized.charAt(end))) {
          end++;
        }
        items.add(new Item(i, end, normalized.substring(i, end), Item.Kind.PUNCT, line, spaced, false));
      }
      spaced = false;
      i = end;
    }
    return items;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static void addWord(
      List<Item> items, int begin, int end, String key, int line, boolean spaced, TimeLexicon lexicon) {
    if (!lexicon.isKnown(key)) {
      List<Proclitics.Reading> readings = Proclitics.readings(key, MIN_STEM, ElidedArticle.WITH_PREPOSITION);
      // The most proclitics read off first, an elided article before the plain stem: «وللعام» is «و» + «العام».
      for (int r = readings.size() - 1; r > 0; r--) {
        Proclitics.Reading reading = readings.get(r);
        if (!lexicon.isKnown(reading.key())) {
          continue;
        }
        int split = reading.start();
        for (int k = 0; k < split; k++) {
          items.add(new Item(begin + k, begin + k + 1, key.substring(k, k + 1), Item.Kind.WORD, line, k == 0 && spaced, false));
        }
        items.add(new Item(begin + split, end, reading.key(), Item.Kind.WORD, line, split == 0 && spaced, true));
        return;
      }
    }
    items.add(new Item(begin, end, key, Item.Kind.WORD, line, spaced, false));
  }
}
