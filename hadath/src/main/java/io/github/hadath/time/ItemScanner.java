package io.github.hadath.time;

import io.github.hadath.text.ArabicTextNormalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits normalized text into {@link Item items} in one left-to-right pass.
 *
 * <p>Letters and digits never share an item, so «و27», «1445هـ» and «2024م» come apart without
 * help from the segmenter, and «10-12» is three items. Proclitics (و، ف، ب، ل، ك, up to two) are
 * split off a word only when what remains is a word of the {@link TimeLexicon}, so «والعام» gives
 * «و» + «العام» while «واحد» and «بين» stay whole; «للعام» stays one item with the key «العام».
 */
final class ItemScanner {

  private static final String[] PROCLITICS = {"وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"};

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
      for (String proclitic : PROCLITICS) {
        if (key.length() <= proclitic.length() + 1 || !key.startsWith(proclitic)) {
          continue;
        }
        String stem = key.substring(proclitic.length());
        int split = proclitic.length();
        if (proclitic.endsWith("ل") && stem.startsWith("ل") && lexicon.isKnown("ا" + stem)) {
          // «للعام»: the «ل» stands for the article's alef, so the stem keeps it in its span.
          stem = "ا" + stem;
          split--;
        } else if (!lexicon.isKnown(stem)) {
          continue;
        }
        for (int k = 0; k < split; k++) {
          items.add(new Item(begin + k, begin + k + 1, proclitic.substring(k, k + 1), Item.Kind.WORD, line, k == 0 && spaced, false));
        }
        items.add(new Item(begin + split, end, stem, Item.Kind.WORD, line, split == 0 && spaced, true));
        return;
      }
    }
    items.add(new Item(begin, end, key, Item.Kind.WORD, line, spaced, false));
  }
}
