package io.github.hadath.time;

import io.github.hadath.time.Mention.Partial;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.chrono.HijrahDate;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * Turns a {@link Mention} into TIMEX3 values, anchored on the document date.
 *
 * <ul>
 *   <li>A date without its year takes the year that puts it nearest to its anchor (one year
 *       before, the same or one after): the nearest earlier full date of the document, else the
 *       document date, else the document's first full date, else its first year stated alone
 *       («دورة 2019»). Without any, the year is written «XXXX» and the bounds are unknown.
 *   <li>Relative expressions, weekdays and shifts count from the document date and are dropped
 *       when there is none.
 *   <li>«قبل 6 ساعة» in hours or minutes is reported as a DURATION («PT6H»): the document gives no
 *       time of day to count back from.
 *   <li>A bare weekday is the nearest one, in the past when it is three days away or less.
 * </ul>
 */
final class TimeResolver {

  /** A resolved value: the TIMEX3 value, first and last day (or null), granularity, type. */
  record Value(String value, LocalDate begin, LocalDate end, Granularity granularity, TimexType type) {}

  private TimeResolver() {}

  /**
   * Resolves {@code mention}.
   *
   * @param documentDate anchor of relative expressions, or null
   * @param yearAnchor anchor for dates without their year (nearest earlier full date, else the
   *     document date), or null
   * @return the value, or null when it cannot be given (no anchor, or a date that does not exist)
   */
  static Value resolve(Mention mention, LocalDate documentDate, LocalDate yearAnchor) {
    try {
      return switch (mention.kind()) {
        case DATE -> date(related(mention.from(), documentDate), yearAnchor);
        case RANGE -> range(related(mention.from(), documentDate), related(mention.to(), documentDate), yearAnchor);
        case RELATIVE -> documentDate == null ? null : relative(mention, documentDate);
        case WEEKDAY -> documentDate == null ? null : weekday(mention, documentDate);
        case SHIFT -> shift(mention, documentDate);
        case DURATION -> new Value(duration(mention.unit(), mention.amount()), null, null,
            granularity(mention.unit()), TimexType.DURATION);
        case SET -> new Value(duration(mention.unit(), 1), null, null, granularity(mention.unit()), TimexType.SET);
        case TIME -> time(mention, documentDate);
      };
    } catch (DateTimeException | ArithmeticException e) {
      return null;
    }
  }

  /** The first day a full date names, or null when it is not full or does not exist. */
  static LocalDate fullDate(Partial date) {
    if (!date.isFull()) {
      return null;
    }
    try {
      return toGregorian(date);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Value date(Partial date, LocalDate anchor) {
    if (date.year() == 0 && anchor == null) {
      if (date.hijri() || date.month() == 0) {
        return null;
      }
      String value = date.day() > 0
          ? String.format("XXXX-%02d-%02d", date.month(), date.day())
          : String.format("XXXX-%02d", date.month());
      return new Value(value, null, null, date.day() > 0 ? Granularity.DAY : Granularity.MONTH, TimexType.DATE);
    }
    Partial dated = date.year() > 0 ? date : withNearestYear(date, anchor);
    LocalDate begin = firstDay(dated);
    LocalDate end = lastDay(dated);
    if (dated.day() > 0) {
      return new Value(begin.toString(), begin, end, Granularity.DAY, TimexType.DATE);
    }
    if (dated.month() > 0) {
      String value = dated.hijri() ? begin + "/" + end : String.format("%04d-%02d", dated.year(), dated.month());
      return new Value(value, begin, end, Granularity.MONTH, TimexType.DATE);
    }
    String value = dated.hijri() ? begin + "/" + end : String.format("%04d", dated.year());
    return new Value(value, begin, end, Granularity.YEAR, TimexType.DATE);
  }

  private static Value range(Partial from, Partial to, LocalDate anchor) {
    if (to.month() == 0 && to.year() == 0) {
      // «يومي 14 و15»: days without a month are days of the document date's month, unknown
      // without one.
      if (anchor == null) {
        return null;
      }
      from = new Partial(anchor.getYear(), anchor.getMonthValue(), from.day(), false);
      to = new Partial(anchor.getYear(), anchor.getMonthValue(), to.day(), false);
    }
    Partial last = to;
    Partial first = from;
    if (to.year() == 0) {
      if (anchor == null) {
        Value a = date(from, null);
        Value b = date(to, null);
        return a == null || b == null ? null
            : new Value(a.value() + "/" + b.value(), null, null, finer(a.granularity(), b.granularity()), TimexType.DATE);
      }
      last = withNearestYear(to, anchor);
    }
    if (first.year() == 0 && first.month() > 0 && first.hijri() == last.hijri()) {
      // The first end shares the last end's year, or the year before when its month comes later.
      first = new Partial(first.month() > last.month() ? last.year() - 1 : last.year(), first.month(), first.day(), first.hijri());
    }
    if (first.year() == 0) {
      first = withNearestYear(first, anchor == null ? firstDay(last) : anchor);
    }
    Value a = date(first, null);
    Value b = date(last, null);
    if (a == null || b == null || b.end().isBefore(a.begin())) {
      return null;
    }
    // A Hijri month is itself an interval: its own first and last day stand for it.
    String start = a.value().contains("/") ? a.begin().toString() : a.value();
    String stop = b.value().contains("/") ? b.end().toString() : b.value();
    return new Value(start + "/" + stop, a.begin(), b.end(), finer(a.granularity(), b.granularity()), TimexType.DATE);
  }

  private static Granularity finer(Granularity a, Granularity b) {
    return a.ordinal() <= b.ordinal() ? a : b;
  }

  /**
   * The date with the year its {@link Partial.Relation relation} to the document date gives; the
   * date unchanged when it has a year, no relation, or there is no document date.
   */
  private static Partial related(Partial date, LocalDate documentDate) {
    if (date.year() > 0 || date.relation() == Partial.Relation.NONE || documentDate == null) {
      return date.relation() == Partial.Relation.NONE ? date : date.withRelation(Partial.Relation.NONE);
    }
    int documentYear = date.hijri() ? HijrahDate.from(documentDate).get(ChronoField.YEAR) : documentDate.getYear();
    // Months compare by their first day with the document's month, days with the document date.
    LocalDate reference = date.day() > 0 ? documentDate : documentDate.withDayOfMonth(1);
    int year = switch (date.relation()) {
      case LAST_YEAR -> documentYear - 1;
      case NEXT_YEAR -> documentYear + 1;
      case PAST -> firstDay(new Partial(documentYear, date.month(), date.day(), date.hijri())).isBefore(reference)
          ? documentYear : documentYear - 1;
      case NEXT -> firstDay(new Partial(documentYear, date.month(), date.day(), date.hijri())).isAfter(reference)
          ? documentYear : documentYear + 1;
      default -> documentYear;
    };
    return new Partial(year, date.month(), date.day(), date.hijri());
  }

  /** The date with the year (in its own calendar) that puts it nearest to {@code anchor}. */
  private static Partial withNearestYear(Partial date, LocalDate anchor) {
    int anchorYear = date.hijri() ? HijrahDate.from(anchor).get(ChronoField.YEAR) : anchor.getYear();
    Partial best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int year = anchorYear - 1; year <= anchorYear + 1; year++) {
      Partial candidate = new Partial(year, date.month(), date.day(), date.hijri());
      LocalDate day;
      try {
        day = date.day() > 0 ? firstDay(candidate) : firstDay(candidate).plusDays(14);
      } catch (DateTimeException e) {
        continue;
      }
      long distance = Math.abs(ChronoUnit.DAYS.between(anchor, day));
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    if (best == null) {
      throw new DateTimeException("no year makes " + date + " a date near " + anchor);
    }
    return best;
  }

  private static LocalDate toGregorian(Partial date) {
    return date.hijri()
        ? LocalDate.from(HijrahDate.of(date.year(), date.month(), date.day()))
        : LocalDate.of(date.year(), date.month(), date.day());
  }

  private static LocalDate firstDay(Partial date) {
    return toGregorian(new Partial(date.year(), Math.max(date.month(), 1), Math.max(date.day(), 1), date.hijri()));
  }

  private static LocalDate lastDay(Partial date) {
    if (date.day() > 0) {
      return firstDay(date);
    }
    if (!date.hijri()) {
      LocalDate first = firstDay(date);
      return date.month() > 0 ? first.with(TemporalAdjusters.lastDayOfMonth()) : first.with(TemporalAdjusters.lastDayOfYear());
    }
    HijrahDate first = HijrahDate.of(date.year(), Math.max(date.month(), 1), 1);
    HijrahDate last = date.month() > 0
        ? first.with(ChronoField.DAY_OF_MONTH, first.lengthOfMonth())
        : first.with(ChronoField.DAY_OF_YEAR, first.lengthOfYear());
    return LocalDate.from(last);
  }

  private static Value relative(Mention mention, LocalDate documentDate) {
    LocalDate shifted = documentDate.plus(mention.amount(), mention.unit());
    if (mention.from() != null) {
      // A day of a relative month: «العاشر من الشهر الجاري».
      LocalDate day = shifted.withDayOfMonth(mention.from().day());
      return new Value(day.toString(), day, day, Granularity.DAY, TimexType.DATE);
    }
    return period(mention.unit(), shifted);
  }

  /** The day, ISO week, month or year containing {@code day}. */
  private static Value period(ChronoUnit unit, LocalDate day) {
    return switch (unit) {
      case WEEKS -> {
        LocalDate monday = day.with(DayOfWeek.MONDAY);
        String value = String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        yield new Value(value, monday, monday.plusDays(6), Granularity.WEEK, TimexType.DATE);
      }
      case MONTHS -> new Value(String.format("%04d-%02d", day.getYear(), day.getMonthValue()),
          day.withDayOfMonth(1), day.with(TemporalAdjusters.lastDayOfMonth()), Granularity.MONTH, TimexType.DATE);
      case YEARS -> new Value(String.format("%04d", day.getYear()),
          day.withDayOfYear(1), day.with(TemporalAdjusters.lastDayOfYear()), Granularity.YEAR, TimexType.DATE);
      default -> new Value(day.toString(), day, day, Granularity.DAY, TimexType.DATE);
    };
  }

  private static Value weekday(Mention mention, LocalDate documentDate) {
    DayOfWeek day = DayOfWeek.of(mention.weekday());
    LocalDate date;
    if (mention.amount() > 0) {
      date = documentDate.with(TemporalAdjusters.next(day));
    } else if (mention.amount() < 0) {
      date = documentDate.with(TemporalAdjusters.previous(day));
    } else {
      LocalDate past = documentDate.with(TemporalAdjusters.previousOrSame(day));
      date = ChronoUnit.DAYS.between(past, documentDate) <= 3 ? past : documentDate.with(TemporalAdjusters.next(day));
    }
    return new Value(date.toString(), date, date, Granularity.DAY, TimexType.DATE);
  }

  private static Value shift(Mention mention, LocalDate documentDate) {
    ChronoUnit unit = mention.unit();
    if (unit == ChronoUnit.HOURS || unit == ChronoUnit.MINUTES) {
      return new Value(duration(unit, Math.abs(mention.amount())), null, null, granularity(unit), TimexType.DURATION);
    }
    return documentDate == null ? null : period(unit, documentDate.plus(mention.amount(), unit));
  }

  private static Value time(Mention mention, LocalDate documentDate) {
    int hour = mention.amount() / 60;
    int minute = mention.amount() % 60;
    String clock = mention.unit() == ChronoUnit.MINUTES
        ? String.format("T%02d:%02d", hour, minute)
        : String.format("T%02d", hour);
    String day = documentDate == null ? "XXXX-XX-XX" : documentDate.toString();
    return new Value(day + clock, documentDate, documentDate, granularity(mention.unit()), TimexType.TIME);
  }

  /** The TIMEX3 duration of {@code amount} units: «P3W», «PT6H». */
  private static String duration(ChronoUnit unit, int amount) {
    return switch (unit) {
      case MINUTES -> "PT" + amount + "M";
      case HOURS -> "PT" + amount + "H";
      case DAYS -> "P" + amount + "D";
      case WEEKS -> "P" + amount + "W";
      case MONTHS -> "P" + amount + "M";
      default -> "P" + amount + "Y";
    };
  }

  private static Granularity granularity(ChronoUnit unit) {
    return switch (unit) {
      case MINUTES -> Granularity.MINUTE;
      case HOURS -> Granularity.HOUR;
      case DAYS -> Granularity.DAY;
      case WEEKS -> Granularity.WEEK;
      case MONTHS -> Granularity.MONTH;
      default -> Granularity.YEAR;
    };
  }
}
