package io.github.hadath.time;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.time.Mention.Partial;
import io.github.hadath.time.TimeLexicon.MonthName;
import io.github.hadath.time.TimeLexicon.Role;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Finds time expressions in a list of {@link Item items} by recursive descent.
 *
 * <p>At each item the rules are tried in a fixed order (range, date with its twin, day of a
 * relative month, weekday, relative word, shift, duration, set, clock time); the first that matches wins and reading resumes
 * after it, so mentions never overlap. Every rule looks ahead a bounded number of items (a number
 * in words has at most four parts), so reading is linear in the number of items.
 *
 * <p>One instance reads one text; it is not shared between threads.
 */
final class TimeGrammar {

  private static final int MIN_YEAR = 1000;
  private static final int MAX_YEAR = 2999;
  private static final int MIN_HIJRI_YEAR = 1300;
  private static final int MAX_HIJRI_YEAR = 1600;
  private static final String AND = "و";
  private static final String FROM = "من";
  private static final int MAX_LISTED_DAYS = 8;
  private static final int MIN_BARE_YEAR = 1900;
  private static final int MAX_BARE_YEAR = 2100;

  private final List<Item> items;
  private final List<String> keys;
  private final TimeLexicon lexicon;
  private final List<IntFunction<Mention>> rules =
      List.of(this::range, this::dateWithTwin, this::dayOfRelativeMonth, this::weekday, this::relative, this::shift,
          this::durationAt, this::set, this::clockTime);

  /** A date read at some item and the index after it. */
  private record Dated(Partial date, int end) {}

  /** A number and the index after it. */
  private record Count(int value, int end) {}

  /** A month name and the index after it. */
  private record MonthRef(boolean hijri, int month, boolean ambiguous, int end) {}

  /** A year, the calendar its era marker names (null when none), the index after it. */
  private record YearRef(int value, Boolean hijriEra, int end) {}

  TimeGrammar(List<Item> items, TimeLexicon lexicon) {
    this.items = items;
    this.keys = items.stream().map(Item::key).toList();
    this.lexicon = lexicon;
  }

  /** The mentions of the text, in text order, not overlapping. */
  List<Mention> mentions() {
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < items.size()) {
      Mention mention = at(i);
      if (mention != null) {
        mentions.add(mention);
        i = mention.end();
      } else {
        i++;
      }
    }
    return withoutDayWordsBeforeTheirDate(mentions);
  }

  /**
   * Drops a day word written in apposition to the day it names («أمس الخميس 5 مارس 2026»,
   * «اليوم الاثنين 10 يونيو»): the date written out says which day it is, and a wrong or missing
   * document date cannot move it.
   */
  private static List<Mention> withoutDayWordsBeforeTheirDate(List<Mention> mentions) {
    List<Mention> kept = new ArrayList<>(mentions.size());
    for (int k = 0; k < mentions.size(); k++) {
      Mention m = mentions.get(k);
      Mention next = k + 1 < mentions.size() ? mentions.get(k + 1) : null;
      boolean dayWord = m.kind() == Mention.Kind.RELATIVE && m.unit() == ChronoUnit.DAYS && m.from() == null;
      if (dayWord && next != null && next.first() == m.end() && next.kind() == Mention.Kind.DATE
          && next.from() != null && next.from().day() > 0 && next.from().month() > 0) {
        continue;
      }
      kept.add(m);
    }
    return kept;
  }

  /** The first rule that matches at item {@code i}, in the order of the class documentation. */
  private Mention at(int i) {
    for (IntFunction<Mention> rule : rules) {
      Mention mention = rule.apply(i);
      if (mention != null) {
        return mention;
      }
    }
    return null;
  }

  // ---- item helpers ------------------------------------------------------------------------

  private String key(int i) {
    return i < keys.size() ? keys.get(i) : "";
  }

  private boolean isNumber(int i) {
    return i < items.size() && items.get(i).isNumber();
  }

  private boolean isWord(int i) {
    return i < items.size() && items.get(i).isWord();
  }

  private boolean isPunct(int i, char c) {
    return i < items.size() && items.get(i).isPunct(c);
  }

  /** True when item {@code i} exists and touches the item before it. */
  private boolean touches(int i) {
    return i < items.size() && !items.get(i).spaced();
  }

  private String argument(int i, Role role) {
    return i < keys.size() && isWord(i) ? lexicon.argument(keys.get(i), role) : null;
  }

  private boolean is(int i, Role role) {
    return argument(i, role) != null;
  }

  private int number(int i) {
    String key = key(i);
    return key.length() <= 4 ? Integer.parseInt(key) : -1;
  }

  // ---- ranges ------------------------------------------------------------------------------

  /**
   * «من 15 إلى 17 نوفمبر», «ما بين ٢٤ و٢٧ نونبر», «يومي 9 و10 جويلية», «10-12 مارس 2025»,
   * «بين عامي 2020 و2024». The opening preposition is not part of the span; «يومي» is.
   */
  private Mention range(int i) {
    int j = i;
    int spanStart = i;
    boolean andJoins = false;
    if (is(i, Role.RANGE_OPEN)) {
      j = spanStart = i + 1;
      andJoins = true;
    } else if (is(i, Role.RANGE_FROM)) {
      j = spanStart = i + 1;
    } else if (is(i, Role.DAYS_CUE)) {
      j = i + 1;
      andJoins = true;
    }
    boolean opened = j > i;
    Dated first = rangeEnd(j, opened);
    if (first == null) {
      return null;
    }
    int k = first.end();
    int c;
    if (is(k, Role.RANGE_TO) || isPunct(k, '-') || isPunct(k, '–') || isPunct(k, '—')) {
      // «إلى غاية 4 نوفمبر»: «غاية» (the limit) adds nothing to «إلى».
      c = is(k, Role.RANGE_TO) && key(k + 1).equals(LIMIT) ? k + 2 : k + 1;
    } else if (andJoins && key(k).equals(AND)) {
      c = k + 1;
    } else {
      return null;
    }
    Dated second = rangeEnd(c, true);
    if (second != null && isDayOnly(second.date()) && first.date().month() > 0) {
      // «ما بين الثامن من أبريل والثاني عشر من الشهر نفسه»: the second day in the first's month.
      int sameMonthEnd = sameMonthEnd(second.end());
      if (sameMonthEnd > 0) {
        Partial from = first.date();
        second = new Dated(new Partial(from.year(), from.month(), second.date().day(), from.hijri()), sameMonthEnd);
      }
    }
    // «أيام 9 و10 و11 مارس»: a list of days joined by «و» or «،» ends at the day with the month.
    Dated lastListed = second;
    for (int listed = 0; andJoins && second != null && isDayOnly(second.date()) && listed < MAX_LISTED_DAYS; listed++) {
      lastListed = second;
      int n = second.end();
      second = key(n).equals(AND) || isPunct(n, '،') ? rangeEnd(n + 1, true) : null;
    }
    if (second == null && lastListed != null && is(i, Role.DAYS_CUE) && isDayOnly(first.date())
        && isDayOnly(lastListed.date()) && first.date().day() < lastListed.date().day()) {
      // «يومي 14 و15» with no month: days of the document date's month, resolved against it.
      return Mention.range(spanStart, lastListed.end(), first.date(), lastListed.date());
    }
    if (second == null || (second.date().month() == 0 && second.date().year() == 0)) {
      return null;
    }
    Partial from = fill(first.date(), second.date());
    return from == null ? null : Mention.range(spanStart, second.end(), from, second.date());
  }

  /**
   * The item after «من الشهر نفسه», «من نفس الشهر», «من ذات الشهر» or «منه» («السادس عشر منه», the
   * sixteenth of it) starting at {@code i}, else -1.
   */
  private int sameMonthEnd(int i) {
    if (key(i).equals(OF_IT)) {
      return i + 1;
    }
    if (!key(i).equals(FROM)) {
      return -1;
    }
    if (key(i + 1).equals(THE_MONTH) && key(i + 2).equals(ITSELF)) {
      return i + 3;
    }
    if ((key(i + 1).equals(SAME) || key(i + 1).equals(SAME_FORMAL)) && key(i + 2).equals(THE_MONTH)) {
      return i + 3;
    }
    return -1;
  }

  private static final String THE_MONTH = ArabicTextNormalizer.matchKey("الشهر");
  private static final String LIMIT = ArabicTextNormalizer.matchKey("غاية");
  private static final String OF_IT = ArabicTextNormalizer.matchKey("منه");
  private static final String ITSELF = ArabicTextNormalizer.matchKey("نفسه");
  private static final String SAME = ArabicTextNormalizer.matchKey("نفس");
  private static final String SAME_FORMAL = ArabicTextNormalizer.matchKey("ذات");

  private static boolean isDayOnly(Partial date) {
    return date.day() > 0 && date.month() == 0 && date.year() == 0;
  }

  private Dated rangeEnd(int j, boolean opened) {
    Dated date = date(j, opened);
    if (date != null) {
      return date;
    }
    Count day = dayNumber(j);
    return day == null ? null : new Dated(new Partial(0, 0, day.value(), false), day.end());
  }

  /** The first end with the month and year it shares with the second end filled in. */
  private static Partial fill(Partial first, Partial second) {
    boolean firstYearOnly = first.month() == 0 && first.day() == 0;
    boolean secondYearOnly = second.month() == 0 && second.day() == 0;
    if (firstYearOnly != secondYearOnly) {
      return null;
    }
    if (first.month() == 0 && first.day() > 0) {
      if (second.day() == 0) {
        return null;
      }
      int month = second.month();
      int year = second.year();
      if (first.day() > second.day()) {
        month--;
        if (month == 0) {
          month = 12;
          year = year > 0 ? year - 1 : 0;
        }
      }
      return new Partial(year, month, first.day(), second.hijri());
    }
    if (first.year() == 0 && second.year() > 0 && first.hijri() == second.hijri()) {
      int year = first.month() > second.month() ? second.year() - 1 : second.year();
      return new Partial(year, first.month(), first.day(), first.hijri());
    }
    return first;
  }

  // ---- dates -------------------------------------------------------------------------------

  /** A date, optionally after «يوم», optionally followed by its twin in the other calendar. */
  private Mention dateWithTwin(int i) {
    int j = is(i, Role.DAY_CUE) && lexicon.weekday(key(i + 1)) == 0 ? i + 1 : i;
    Dated date = date(j, false);
    if (date == null) {
      return null;
    }
    Dated twin = twin(date.end());
    if (twin == null) {
      return Mention.date(i, date.end(), date.date());
    }
    return Mention.date(i, twin.end(), preferred(date.date(), twin.date()));
  }

  /**
   * The twin that follows a date at {@code k}: «الموافق 14 أبريل 2024م», «، الموافق لـ ...»,
   * «(الموافق ...)» or a bare «(14 أبريل 2024)» in the other calendar; null when none.
   */
  private Dated twin(int k) {
    int t = k;
    boolean parenthesis = isPunct(t, '(');
    if (parenthesis || isPunct(t, '،') || isPunct(t, ',') || isPunct(t, '-')) {
      t++;
    }
    Dated twin;
    if (is(t, Role.TWIN)) {
      t++;
      if (key(t).equals("ل")) {
        t++;
      }
      twin = date(t, false);
    } else if (parenthesis) {
      twin = date(t, false);
      if (twin != null && !isPunct(twin.end(), ')')) {
        twin = null;
      }
    } else {
      twin = null;
    }
    if (twin == null) {
      return null;
    }
    int end = parenthesis && isPunct(twin.end(), ')') ? twin.end() + 1 : twin.end();
    return new Dated(twin.date(), end);
  }

  /** Of a date and its twin, the more precise; the Gregorian one when both are as precise. */
  private static Partial preferred(Partial a, Partial b) {
    int precisionA = (a.day() > 0 ? 1 : 0) + (a.month() > 0 ? 1 : 0) + (a.year() > 0 ? 1 : 0);
    int precisionB = (b.day() > 0 ? 1 : 0) + (b.month() > 0 ? 1 : 0) + (b.year() > 0 ? 1 : 0);
    if (precisionA != precisionB) {
      return precisionA > precisionB ? a : b;
    }
    return a.hijri() && !b.hijri() ? b : a;
  }

  /** A numeric date, a day and month (and year), a month (and year) or a year. */
  private Dated date(int i, boolean inRange) {
    Dated date = numericDate(i);
    if (date == null) {
      date = dayMonth(i);
    }
    if (date == null) {
      date = monthYear(i, inRange);
    }
    if (date == null) {
      date = year(i, inRange);
    }
    return date;
  }

  /** «20/11/2024», «20-11-2024», «2024-11-20», «20.11.24», «15/10/1445هـ». */
  private Dated numericDate(int i) {
    if (!isNumber(i) || !isNumber(i + 2) || !isNumber(i + 4)) {
      return null;
    }
    char separator = key(i + 1).charAt(0);
    if ("/-.".indexOf(separator) < 0
        || !isPunct(i + 1, separator)
        || !isPunct(i + 3, separator)
        || !touches(i + 1)
        || !touches(i + 2)
        || !touches(i + 3)
        || !touches(i + 4)
        || (isPunct(i + 5, separator) && touches(i + 5) && isNumber(i + 6) && touches(i + 6))) {
      return null;
    }
    String a = key(i);
    String c = key(i + 4);
    int year;
    int month = number(i + 2);
    int day;
    if (a.length() == 4 && c.length() <= 2) {
      year = number(i);
      day = number(i + 4);
    } else if (a.length() <= 2 && (c.length() == 4 || c.length() == 2)) {
      day = number(i);
      year = c.length() == 2 ? 2000 + number(i + 4) : number(i + 4);
    } else {
      return null;
    }
    if (key(i + 2).length() > 2) {
      return null;
    }
    int end = i + 5;
    Boolean era = era(end);
    if (era != null) {
      end++;
    }
    boolean hijri = era != null ? era : year >= MIN_HIJRI_YEAR && year <= MAX_HIJRI_YEAR;
    Partial date = new Partial(year, month, day, hijri);
    return isValid(date) ? new Dated(date, end) : null;
  }

  /** «25 نوفمبر 2025», «الرابع والعشرين من أبريل», «7 من شهر مارس», «5 شوال 1445هـ», «3 تشرين 2». */
  private Dated dayMonth(int i) {
    Count day = dayNumber(i);
    if (day == null) {
      return null;
    }
    MonthRef month = month(day.end());
    if (month == null && key(day.end()).equals(FROM)) {
      // «الرابع والعشرين من أبريل», «7 من شهر مارس».
      int name = is(day.end() + 1, Role.MONTH_CUE) ? day.end() + 2 : day.end() + 1;
      month = month(name);
    }
    if (month == null) {
      return null;
    }
    YearRef year = yearAfterMonth(month.end());
    Partial date =
        new Partial(year == null ? 0 : year.value(), month.month(), day.value(), month.hijri());
    if (!isValid(date)) {
      return null;
    }
    return year == null ? related(date, month.end()) : new Dated(date, year.end());
  }

  /**
   * A date without its year, with the relation to the document date that may follow it at {@code
   * k}: «الماضي», «من العام المقبل», «من هذا العام».
   */
  private Dated related(Partial date, int k) {
    String modifier = argument(k, Role.MODIFIER);
    if (modifier != null) {
      Partial.Relation relation = switch (modifier) {
        case "-1" -> Partial.Relation.PAST;
        case "1" -> Partial.Relation.NEXT;
        default -> Partial.Relation.CURRENT;
      };
      return new Dated(date.withRelation(relation), k + 1);
    }
    Mention year = key(k).equals(FROM) ? relative(k + 1) : null;
    if (year != null && year.kind() == Mention.Kind.RELATIVE && year.unit() == ChronoUnit.YEARS) {
      Partial.Relation relation = year.amount() < 0 ? Partial.Relation.LAST_YEAR
          : year.amount() > 0 ? Partial.Relation.NEXT_YEAR : Partial.Relation.THIS_YEAR;
      return new Dated(date.withRelation(relation), year.end());
    }
    return new Dated(date, k);
  }

  /** «نوفمبر 2024», «شهر رمضان», «تشرين الثاني/نوفمبر»; an ambiguous name alone needs «شهر». */
  private Dated monthYear(int i, boolean inRange) {
    boolean cue = is(i, Role.MONTH_CUE);
    MonthRef month = month(cue ? i + 1 : i);
    if (month == null) {
      return null;
    }
    YearRef year = yearAfterMonth(month.end());
    if (year != null) {
      Partial date = new Partial(year.value(), month.month(), 0, month.hijri());
      return isValid(date) ? new Dated(date, year.end()) : null;
    }
    Dated related = related(new Partial(0, month.month(), 0, month.hijri()), month.end());
    if (!cue && !inRange && month.ambiguous() && related.date().relation() == Partial.Relation.NONE) {
      return null;
    }
    return related;
  }

  /** «عام 2002», «سنة ألفين وعشرة», «2024م»; in a range a bare four-digit year. */
  private Dated year(int i, boolean inRange) {
    if (is(i, Role.YEAR_CUE)) {
      YearRef year = yearValue(i + 1);
      if (year != null) {
        return new Dated(Partial.year(year.value(), Boolean.TRUE.equals(year.hijriEra())), year.end());
      }
      return null;
    }
    if (isNumber(i) && key(i).length() == 4) {
      YearRef year = yearValue(i);
      if (year != null && (year.hijriEra() != null || inRange || isBareYear(i, year))) {
        return new Dated(Partial.year(year.value(), Boolean.TRUE.equals(year.hijriEra())), year.end());
      }
    }
    return null;
  }

  /**
   * True for «في 2024،» or «منذ 2019 و»: a four-digit year from 1900 to 2100 after a preposition
   * of time and before punctuation, «و» or the end of the text, where it cannot count a noun
   * («في 2024 حالة» is not a year).
   */
  private boolean isBareYear(int i, YearRef year) {
    if (year.value() < MIN_BARE_YEAR || year.value() > MAX_BARE_YEAR || i == 0 || !is(i - 1, Role.YEAR_PREPOSITION)) {
      return false;
    }
    int next = year.end();
    return next >= items.size() || items.get(next).kind() == Item.Kind.PUNCT || key(next).equals(AND) || is(next, Role.RANGE_TO)
        || items.get(next).line() != items.get(i).line();
  }

  /** The year after a month name: «2024», «عام 2024», «من عام 2024», with its era marker. */
  private YearRef yearAfterMonth(int k) {
    int j = k;
    if (key(j).equals(FROM) && is(j + 1, Role.YEAR_CUE)) {
      j += 2;
    } else if (is(j, Role.YEAR_CUE)) {
      j++;
    } else if (isPunct(j, '،') || isPunct(j, ',')) {
      if (isNumber(j + 1) && key(j + 1).length() == 4) {
        j++;
      }
    }
    return yearValue(j);
  }

  /** Four digits or number words from 1000 to 2999, then an optional era marker. */
  private YearRef yearValue(int j) {
    int value;
    int end;
    if (isNumber(j) && key(j).length() == 4) {
      value = number(j);
      end = j + 1;
    } else if (isWord(j)) {
      Optional<ArabicNumberWords.Match> words = ArabicNumberWords.readKeys(keys, j);
      if (words.isEmpty() || words.get().ordinal()) {
        return null;
      }
      value = words.get().value();
      end = words.get().endToken();
    } else {
      return null;
    }
    if (value < MIN_YEAR || value > MAX_YEAR) {
      return null;
    }
    Boolean era = era(end);
    return new YearRef(value, era, era == null ? end : end + 1);
  }

  /** TRUE for a Hijri era marker («هـ», «هجري»), FALSE for a Gregorian one («م»), else null. */
  private Boolean era(int j) {
    String era = argument(j, Role.ERA);
    return era == null ? null : era.equals("H");
  }

  /** A day of the month: one or two digits, or number words, from 1 to 31. */
  private Count dayNumber(int i) {
    if (isNumber(i)) {
      int value = key(i).length() <= 2 ? number(i) : 0;
      return value >= 1 && value <= 31 ? new Count(value, i + 1) : null;
    }
    if (!isWord(i)) {
      return null;
    }
    if (is(i, Role.FIRST_DAY)) {
      return new Count(1, i + 1);
    }
    Optional<ArabicNumberWords.Match> words = ArabicNumberWords.readKeys(keys, i);
    if (words.isPresent() && words.get().value() >= 1 && words.get().value() <= 31) {
      return new Count(words.get().value(), words.get().endToken());
    }
    return null;
  }

  /** A month name, with its doubled form «تشرين الثاني/نوفمبر» or «نوفمبر (تشرين الثاني)». */
  private MonthRef month(int j) {
    MonthRef month = monthName(j);
    if (month == null) {
      return null;
    }
    int k = month.end();
    boolean parenthesis = isPunct(k, '(');
    if (parenthesis || isPunct(k, '/') || isPunct(k, '-')) {
      MonthRef doubled = monthName(k + 1);
      if (doubled != null && doubled.month() == month.month() && doubled.hijri() == month.hijri()) {
        int end = parenthesis && isPunct(doubled.end(), ')') ? doubled.end() + 1 : doubled.end();
        return new MonthRef(month.hijri(), month.month(), false, end);
      }
    }
    return month;
  }

  private MonthRef monthName(int j) {
    if (!isWord(j)) {
      return null;
    }
    for (MonthName name : lexicon.monthsStartingWith(key(j))) {
      List<String> nameKeys = name.keys();
      boolean matches = true;
      for (int k = 1; k < nameKeys.size() && matches; k++) {
        matches = key(j + k).equals(nameKeys.get(k));
      }
      if (matches) {
        return new MonthRef(name.hijri(), name.month(), name.ambiguous(), j + nameKeys.size());
      }
    }
    return null;
  }

  /** True when every stated field exists in its calendar (a missing year is tried as a leap year). */
  static boolean isValid(Partial date) {
    if (date.month() == 0 || date.day() == 0) {
      return date.year() == 0 || !date.hijri() || (date.year() >= MIN_HIJRI_YEAR && date.year() <= MAX_HIJRI_YEAR);
    }
    try {
      if (date.hijri()) {
        HijrahDate.of(date.year() == 0 ? 1445 : date.year(), date.month(), date.day());
      } else {
        LocalDate.of(date.year() == 0 ? 2024 : date.year(), date.month(), date.day());
      }
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  // ---- weekdays and relative expressions -----------------------------------------------------

  /** «يوم الأثنين المقبل», «الجمعة الماضية», or «الأحد 24 نوفمبر» (then a DATE). */
  private Mention weekday(int i) {
    int j = is(i, Role.DAY_CUE) && lexicon.weekday(key(i + 1)) > 0 ? i + 1 : i;
    int weekday = isWord(j) ? lexicon.weekday(key(j)) : 0;
    if (weekday == 0) {
      return null;
    }
    int k = j + 1;
    int direction = 0;
    String modifier = argument(k, Role.MODIFIER);
    if (modifier != null) {
      direction = Integer.parseInt(modifier);
      k++;
    }
    int t = isPunct(k, '،') || isPunct(k, ',') ? k + 1 : k;
    if (is(t, Role.TWIN)) {
      t++;
      if (key(t).equals("ل")) {
        t++;
      }
    }
    Dated date = date(t, false);
    if (date != null && date.date().day() > 0) {
      Dated twin = twin(date.end());
      return twin == null
          ? Mention.date(i, date.end(), date.date())
          : Mention.date(i, twin.end(), preferred(date.date(), twin.date()));
    }
    return Mention.weekday(i, k, weekday, direction);
  }

  /** «العاشر من الشهر الجاري», «يوم 12 من الشهر المقبل», «الخامس من هذا الشهر». */
  private Mention dayOfRelativeMonth(int i) {
    int j = is(i, Role.DAY_CUE) ? i + 1 : i;
    Count day = dayNumber(j);
    if (day == null || !key(day.end()).equals(FROM)) {
      return null;
    }
    Mention month = relative(day.end() + 1);
    if (month == null || month.kind() != Mention.Kind.RELATIVE || month.unit() != ChronoUnit.MONTHS) {
      return null;
    }
    return new Mention(i, month.end(), Mention.Kind.RELATIVE, new Partial(0, 0, day.value(), false),
        null, ChronoUnit.MONTHS, month.amount(), 0);
  }

  /** «أمس», «أول أمس», «اليوم», «غدا», «بعد غد», «الأسبوع المقبل», «هذا العام». */
  private Mention relative(int i) {
    if (key(i).equals("اول")) {
      int k = key(i + 1).equals(FROM) ? i + 2 : i + 1;
      if ("-1".equals(argument(k, Role.DAY_WORD))) {
        return Mention.of(i, k + 1, Mention.Kind.RELATIVE, ChronoUnit.DAYS, -2);
      }
    }
    if (is(i, Role.LATER) && (key(i + 1).equals("غد") || key(i + 1).equals("الغد"))) {
      return Mention.of(i, i + 2, Mention.Kind.RELATIVE, ChronoUnit.DAYS, 2);
    }
    String day = argument(i, Role.DAY_WORD);
    if (day != null) {
      if (key(i).equals("اليوم") && is(i + 1, Role.WORLD_DAY)) {
        return null;
      }
      if (day.equals("-1") && key(i + 1).equals("الاول")) {
        return Mention.of(i, i + 2, Mention.Kind.RELATIVE, ChronoUnit.DAYS, -2);
      }
      return Mention.of(i, i + 1, Mention.Kind.RELATIVE, ChronoUnit.DAYS, Integer.parseInt(day));
    }
    boolean demonstrative = is(i, Role.THIS);
    int j = demonstrative ? i + 1 : i;
    String unit = argument(j, Role.UNIT_DEFINITE);
    if (unit == null || (key(j).equals("العام") && j > 0 && !demonstrative && !items.get(j).proclitic()
            && key(j - 1).startsWith("ال"))) {
      // «الأمين العام الحالي» is a title, not this year.
      return null;
    }
    String modifier = argument(j + 1, Role.MODIFIER);
    if (modifier != null) {
      return Mention.of(i, j + 2, Mention.Kind.RELATIVE, unitOf(unit), Integer.parseInt(modifier));
    }
    return demonstrative ? Mention.of(i, j + 1, Mention.Kind.RELATIVE, unitOf(unit), 0) : null;
  }

  /** «منذ يومين», «قبل 6 ساعة», «بعد ثلاثة أسابيع», «منذ عام». */
  private Mention shift(int i) {
    String sign = argument(i, Role.AGO);
    if (sign == null) {
      sign = argument(i, Role.LATER);
    }
    if (sign == null) {
      return null;
    }
    Mention length = durationAt(i + 1);
    if (length == null && is(i + 1, Role.UNIT) && date(i + 1, false) == null) {
      // «منذ عام» is a year ago, but «منذ عام 1990» is a year.
      length = Mention.of(i + 1, i + 2, Mention.Kind.DURATION, unitOf(argument(i + 1, Role.UNIT)), 1);
    }
    if (length == null) {
      return null;
    }
    return Mention.of(i, length.end(), Mention.Kind.SHIFT, length.unit(), Integer.parseInt(sign) * length.amount());
  }

  /** «يومين», «6 ساعة», «ثلاثة أيام», «خمسة عشر يوما», «عشرين عاما». */
  private Mention durationAt(int j) {
    String dual = argument(j, Role.UNIT_DUAL);
    if (dual != null) {
      return Mention.of(j, j + 1, Mention.Kind.DURATION, unitOf(dual), 2);
    }
    int count;
    int end;
    if (isNumber(j) && key(j).length() <= 4) {
      count = number(j);
      end = j + 1;
    } else if (isWord(j)) {
      Optional<ArabicNumberWords.Match> words = ArabicNumberWords.readKeys(keys, j);
      if (words.isEmpty() || words.get().ordinal()) {
        return null;
      }
      count = words.get().value();
      end = words.get().endToken();
    } else {
      return null;
    }
    String unit = argument(end, Role.UNIT);
    if (unit == null) {
      unit = argument(end, Role.UNIT_PLURAL);
    }
    if (unit == null || count < 1 || (is(end, Role.YEAR_CUE) && yearValue(end + 1) != null)) {
      // «الفورمولا 1 عام 1991»: the noun is the cue of the year that follows, not a unit.
      return null;
    }
    return Mention.of(j, end + 1, Mention.Kind.DURATION, unitOf(unit), count);
  }

  /** «كل أسبوع», «سنويا». */
  private Mention set(int i) {
    String unit = argument(i, Role.SET);
    if (unit != null) {
      return Mention.of(i, i + 1, Mention.Kind.SET, unitOf(unit), 1);
    }
    if (is(i, Role.EVERY) && is(i + 1, Role.UNIT)) {
      return Mention.of(i, i + 2, Mention.Kind.SET, unitOf(argument(i + 1, Role.UNIT)), 1);
    }
    return null;
  }

  /** «الساعة 10:30», «الساعة العاشرة» is not read; «10:30 مساء». */
  private Mention clockTime(int i) {
    boolean cue = key(i).equals("الساعه");
    int j = cue ? i + 1 : i;
    int hour;
    int minute = 0;
    int end;
    ChronoUnit unit;
    Optional<ArabicNumberWords.Match> words = cue && isWord(j) ? ArabicNumberWords.readKeys(keys, j) : Optional.empty();
    if (words.isPresent() && words.get().ordinal() && words.get().value() <= 12) {
      // «الساعة العاشرة صباحا», «الساعة الثانية عشرة ظهرا»
      hour = words.get().value();
      end = words.get().endToken();
      unit = ChronoUnit.HOURS;
      return withDayPart(i, hour, minute, end, unit);
    }
    if (!isNumber(j) || key(j).length() > 2 || number(j) > 23) {
      return null;
    }
    hour = number(j);
    if (isPunct(j + 1, ':') && touches(j + 1) && isNumber(j + 2) && touches(j + 2) && key(j + 2).length() == 2
        && number(j + 2) <= 59) {
      minute = number(j + 2);
      end = j + 3;
      unit = ChronoUnit.MINUTES;
    } else if (cue) {
      end = j + 1;
      unit = ChronoUnit.HOURS;
    } else {
      return null;
    }
    return withDayPart(i, hour, minute, end, unit);
  }

  /** A clock time, moved to the afternoon by «مساء» and the like, which it then covers. */
  private Mention withDayPart(int i, int hour, int minute, int end, ChronoUnit unit) {
    String part = key(end);
    if (hour < 12 && (part.equals("مساء") || part.equals("ليلا") || part.equals("عصرا"))) {
      hour += 12;
      end++;
    } else if (part.equals("ظهرا")) {
      hour += hour <= 5 ? 12 : 0;
      end++;
    } else if (part.equals("صباحا")) {
      end++;
    }
    return Mention.of(i, end, Mention.Kind.TIME, unit, hour * 60 + minute);
  }

  private static ChronoUnit unitOf(String name) {
    return switch (name) {
      case "MINUTE" -> ChronoUnit.MINUTES;
      case "HOUR" -> ChronoUnit.HOURS;
      case "DAY" -> ChronoUnit.DAYS;
      case "WEEK" -> ChronoUnit.WEEKS;
      case "MONTH" -> ChronoUnit.MONTHS;
      case "YEAR" -> ChronoUnit.YEARS;
      default -> throw new IllegalStateException("unknown unit in time-words.tsv: " + name);
    };
  }
}
