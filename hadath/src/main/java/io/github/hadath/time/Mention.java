package io.github.hadath.time;

import java.time.temporal.ChronoUnit;

/**
 * A time expression as read, before it is anchored: which items it covers and what it says.
 *
 * @param first index of its first item
 * @param end index one past its last item
 * @param kind what the expression says
 * @param from the date (DATE), the first end (RANGE), the day of a relative month (RELATIVE with
 *     unit MONTHS, «العاشر من الشهر الجاري»); null otherwise
 * @param to the last end of a RANGE; null otherwise
 * @param unit the unit of RELATIVE, SHIFT, DURATION, SET and TIME
 * @param amount RELATIVE: offset in units (-1 last, 0 this, 1 next); SHIFT: signed count of units
 *     from the document date; DURATION: count of units; WEEKDAY: direction (-1 last, 0 nearest, 1
 *     next); TIME: minutes after midnight
 * @param weekday ISO day of week of a WEEKDAY (1 = Monday), else 0
 */
record Mention(
    int first, int end, Kind kind, Partial from, Partial to, ChronoUnit unit, int amount, int weekday) {

  enum Kind {
    DATE,
    RANGE,
    RELATIVE,
    WEEKDAY,
    SHIFT,
    DURATION,
    SET,
    TIME
  }

  /**
   * A calendar date as written: any of its fields may be missing (0).
   *
   * @param year the year as written (Hijri when {@code hijri}), or 0
   * @param month 1-12, or 0
   * @param day 1-31, or 0
   * @param hijri true for the Umm al-Qura calendar
   * @param relation how the missing year relates to the document date («مارس الماضي», «نوفمبر من
   *     العام المقبل»)
   */
  record Partial(int year, int month, int day, boolean hijri, Relation relation) {

    /** How a date without its year is placed relative to the document date. */
    enum Relation {
      /** Nothing said: the nearest year. */
      NONE,
      /** «مارس الماضي»: the latest before the document date. */
      PAST,
      /** «مارس الجاري»: in the document's year. */
      CURRENT,
      /** «مارس المقبل»: the first after the document date. */
      NEXT,
      /** «مارس من العام الماضي»: in the year before the document's. */
      LAST_YEAR,
      /** «مارس من هذا العام». */
      THIS_YEAR,
      /** «مارس من العام المقبل». */
      NEXT_YEAR
    }

    Partial(int year, int month, int day, boolean hijri) {
      this(year, month, day, hijri, Relation.NONE);
    }

    static Partial year(int year, boolean hijri) {
      return new Partial(year, 0, 0, hijri);
    }

    Partial withRelation(Relation relation) {
      return new Partial(year, month, day, hijri, relation);
    }

    boolean isFull() {
      return year > 0 && month > 0 && day > 0;
    }
  }

  static Mention date(int first, int end, Partial date) {
    return new Mention(first, end, Kind.DATE, date, null, null, 0, 0);
  }

  static Mention range(int first, int end, Partial from, Partial to) {
    return new Mention(first, end, Kind.RANGE, from, to, null, 0, 0);
  }

  static Mention of(int first, int end, Kind kind, ChronoUnit unit, int amount) {
    return new Mention(first, end, kind, null, null, unit, amount, 0);
  }

  static Mention weekday(int first, int end, int weekday, int direction) {
    return new Mention(first, end, Kind.WEEKDAY, null, null, ChronoUnit.DAYS, direction, weekday);
  }
}
