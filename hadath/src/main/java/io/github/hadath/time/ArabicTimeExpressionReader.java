package io.github.hadath.time;

import io.github.hadath.text.NormalizedText;
import io.github.hadath.text.Span;
import io.github.hadath.tokenize.TokenizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Hadath's default time stage: reads Arabic dates, ranges, relative expressions, durations, sets
 * and clock times, in every regional month series and in the Hijri calendar, with no locale switch.
 *
 * <p>What it reads (the rules are in {@code TimeGrammar}, the words in the resources {@code
 * months.tsv}, {@code weekdays.tsv}, {@code time-words.tsv} and {@code number-words.tsv}):
 *
 * <ul>
 *   <li>dates with month names of every series (Egyptian/Gulf, Levantine/Iraqi with «كانون 2»,
 *       Moroccan, Algerian/Tunisian, the doubled «تشرين الثاني/نوفمبر»), numeric dates
 *       («٢٠/١١/٢٠٢٤», «2024-11-20»), days and years in words («الرابع والعشرين من أبريل»,
 *       «عام ألفين وخمسة وعشرين»);
 *   <li>Hijri dates, converted with {@link java.time.chrono.HijrahDate} (Umm al-Qura, years
 *       1300-1600); a Hijri date and its «الموافق» Gregorian twin are one expression;
 *   <li>ranges, as one expression whose value is the ISO 8601 interval «2025-11-24/2025-11-27» and
 *       whose {@code begin}/{@code end} are both ends: «من 15 إلى 17 نوفمبر», «ما بين ٢٤ و٢٧
 *       نونبر», «10-12 مارس 2025», «يومي 9 و10 جويلية»; the opening «من»/«بين» is outside the span;
 *   <li>weekdays, relative days, weeks, months and years, «منذ يومين», durations («ستة أشهر» =
 *       P6M, «قبل 6 ساعة» = PT6H), sets («سنويا» = P1Y) and clock times («الساعة 10:30»).
 * </ul>
 *
 * <p>The document date is the publication date when given, else the first full date (day, month
 * and year) standing in a short line (at most {@value #DATELINE_MAX_ITEMS} words, at most {@value
 * #DATELINE_MAX_OTHER_ITEMS} of them outside the date) among the first {@value #HEADER_LINES}
 * lines: the dateline. Numbers such as «الدورة 93» are never read as years:
 * a year needs four digits with a cue («عام 2002»), an era marker («2024م»), a month before it, or
 * a preposition of time before it and punctuation after it («في 2024،»). A date right after a
 * noun it names («ملعب 5 جويلية», «استاد 5 يوليو 1962», «جامعة 8 ماي 1945»; the {@code NAME_HEAD}
 * words of {@code time-words.tsv}) is a name, not a time expression.
 *
 * <p>Anchoring:
 *
 * <ul>
 *   <li>a date without its year takes the year (one before, the same or one after) that puts it
 *       nearest to the last full date stated before it in the document, else to the document date;
 *       with neither, its value keeps «XXXX» for the year and {@code begin}/{@code end} are null;
 *   <li>relative expressions («أمس», «الشهر الماضي»), weekdays and «منذ يومين» count from the
 *       document date and are left out when there is none; a week is an ISO week («2024-W23»);
 *   <li>a bare weekday is the nearest one, in the past when it is at most three days back;
 *   <li>«قبل 6 ساعة» and other hours or minutes ago are DURATIONs («PT6H»): a document date has no
 *       time of day to count back from.
 * </ul>
 *
 * <p>Reading is linear in the length of the text: one scan into items, then rules that each look
 * a bounded number of items ahead. Stateless and thread-safe.
 */
public final class ArabicTimeExpressionReader implements TimeExpressionReader {

  static final int HEADER_LINES = 5;
  static final int DATELINE_MAX_ITEMS = 12;
  /**
   * Words of a dateline besides its date: a place, a separator, an agency, a clock time («الرباط -
   * », «خميس, … - 12:54»). A short sentence with a date («تحتضن الرباط يوم 3 أغسطس 2025 بطولة
   * …») has more, and its date is the event's, not the document's.
   */
  static final int DATELINE_MAX_OTHER_ITEMS = 5;

  private final TimeLexicon lexicon = TimeLexicon.INSTANCE;

  @Override
  public TimeAnalysis read(TokenizedText text, LocalDate publicationDate) {
    Objects.requireNonNull(text, "text");
    NormalizedText normalized = text.text();
    List<Item> items = ItemScanner.scan(normalized.normalized(), lexicon);
    List<Mention> mentions = withoutNames(items, new TimeGrammar(items, lexicon).mentions());

    LocalDate documentDate = publicationDate;
    Span documentDateSpan = null;
    if (documentDate == null) {
      Mention dateline = dateline(items, mentions);
      if (dateline != null) {
        documentDate = TimeResolver.fullDate(dateline.from());
        documentDateSpan = span(normalized, items, dateline);
      }
    }

    List<TimeExpression> expressions = new ArrayList<>();
    LocalDate yearAnchor = documentDate != null ? documentDate : firstYear(mentions);
    for (Mention mention : mentions) {
      TimeResolver.Value value = TimeResolver.resolve(mention, documentDate, yearAnchor);
      if (value == null) {
        continue;
      }
      Span span = span(normalized, items, mention);
      expressions.add(
          new TimeExpression(
              span.coveredText(normalized.original()),
              span,
              value.type(),
              value.value(),
              value.begin(),
              value.end(),
              value.granularity()));
      LocalDate stated = fullDateOf(mention);
      if (stated != null) {
        yearAnchor = stated;
      }
    }
    return new TimeAnalysis(documentDate, documentDateSpan, expressions);
  }

  /** Quotes and brackets that may stand between a name head and the date it names. */
  private static final String QUOTES = "\"“”«»'(";

  /**
   * The mentions without the dates and ranges that name something after a name head on the same
   * line («ملعب 5 جويلية», «استاد 5 يوليو 1962», «جامعة "8 ماي 1945"»): a stadium, a street or
   * a university, not a day of the text.
   */
  private List<Mention> withoutNames(List<Item> items, List<Mention> mentions) {
    List<Mention> kept = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      int before = mention.first() - 1;
      while (before >= 0 && items.get(before).kind() == Item.Kind.PUNCT && QUOTES.contains(items.get(before).key())) {
        before--;
      }
      boolean named = (mention.kind() == Mention.Kind.DATE || mention.kind() == Mention.Kind.RANGE)
          && before >= 0 && items.get(before).isWord()
          && items.get(before).line() == items.get(mention.first()).line()
          && lexicon.argument(items.get(before).key(), TimeLexicon.Role.NAME_HEAD) != null;
      if (!named) {
        kept.add(mention);
      }
    }
    return kept;
  }

  /**
   * The anchor of year-less dates before the first full date of a document without a date: that
   * full date (a text that states a year once gives it to its other dates), else the middle of the
   * first Gregorian year stated alone («دورة 2019»), so that the nearest year is that year; null
   * when the text states no year.
   */
  private static LocalDate firstYear(List<Mention> mentions) {
    LocalDate yearOnly = null;
    for (Mention mention : mentions) {
      LocalDate full = fullDateOf(mention);
      if (full != null) {
        return full;
      }
      Mention.Partial from = mention.from();
      if (yearOnly == null && mention.kind() == Mention.Kind.DATE && from != null && !from.hijri()
          && from.year() >= YEAR_ALONE_MIN && from.year() <= YEAR_ALONE_MAX && from.month() == 0) {
        yearOnly = LocalDate.of(from.year(), 7, 1);
      }
    }
    return yearOnly;
  }

  /** Years stated alone that anchor year-less dates: modern news, not history. */
  private static final int YEAR_ALONE_MIN = 1950;
  private static final int YEAR_ALONE_MAX = 2100;

  /** The first day of a date or range stated with day, month and year, else null. */
  private static LocalDate fullDateOf(Mention mention) {
    if (mention.kind() == Mention.Kind.DATE) {
      return TimeResolver.fullDate(mention.from());
    }
    if (mention.kind() == Mention.Kind.RANGE) {
      return TimeResolver.fullDate(mention.to());
    }
    return null;
  }

  /** The first full date alone in a short line of the header, or null. */
  private static Mention dateline(List<Item> items, List<Mention> mentions) {
    if (items.isEmpty()) {
      return null;
    }
    int[] wordsPerLine = new int[items.get(items.size() - 1).line() + 1];
    for (Item item : items) {
      if (!item.isWord() || item.key().length() > 1) {
        wordsPerLine[item.line()]++;
      }
    }
    int headerLines = 0;
    int lastLine = -1;
    for (Mention mention : mentions) {
      int line = items.get(mention.first()).line();
      for (int l = lastLine + 1; l <= line; l++) {
        if (wordsPerLine[l] > 0) {
          headerLines++;
        }
      }
      lastLine = line;
      if (headerLines > HEADER_LINES) {
        return null;
      }
      int own = 0;
      for (int i = mention.first(); i < mention.end(); i++) {
        Item item = items.get(i);
        if (!item.isWord() || item.key().length() > 1) {
          own++;
        }
      }
      if (mention.kind() == Mention.Kind.DATE
          && mention.from().isFull()
          && wordsPerLine[line] <= DATELINE_MAX_ITEMS
          && wordsPerLine[line] - own <= DATELINE_MAX_OTHER_ITEMS
          && TimeResolver.fullDate(mention.from()) != null) {
        return mention;
      }
    }
    return null;
  }

  /**
   * The original span of a mention, stretched over the marks the normalizer removed after its last
   * letter, so «غداً» keeps its tanween.
   */
  private static Span span(NormalizedText text, List<Item> items, Mention mention) {
    Span span = text.toOriginal(items.get(mention.first()).begin(), items.get(mention.end() - 1).end());
    String original = text.original();
    int end = span.end();
    while (end < original.length() && isTrailingMark(original.charAt(end))) {
      end++;
    }
    return new Span(span.begin(), end);
  }

  private static boolean isTrailingMark(char c) {
    return c == '\u0640' || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
