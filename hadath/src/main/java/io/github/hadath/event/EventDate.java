package io.github.hadath.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date of an event as the text gives it: a day, a month or a year, with the year possibly
 * unknown («من 24 إلى 27 نوفمبر» with no year in the text nor a publication date).
 *
 * <ul>
 *   <li>{@link #timex()} is the TIMEX3 value: «2025-11-24», «XXXX-11-24», «2021-10», «2021».
 *   <li>A year-less date is a day or a month; a year-only date always has its year.
 *   <li>Values compare by their text; {@link #plusDays} keeps an unknown year unknown.
 * </ul>
 *
 * @param year the year, or 0 when the text does not give it
 * @param month 1–12, or 0 for a year-only date
 * @param day 1–31, or 0 for a month or a year
 */
public record EventDate(int year, int month, int day) {

  private static final Pattern TIMEX = Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{2})(?:-(\\d{2}))?)?");
  /** A leap year, so that a year-less 29 February exists. */
  private static final int LEAP_YEAR = 2000;

  /**
   * @throws IllegalArgumentException if {@code year} is outside 0–9999, the month outside 0–12, a
   *     day is given without a month, no year nor month is given, or the day does not exist in
   *     the month (in a leap year when the year is unknown)
   */
  public EventDate {
    if (year < 0 || year > 9999 || month < 0 || month > 12 || day < 0
        || (day > 0 && month == 0) || (year == 0 && month == 0)) {
      throw new IllegalArgumentException("no such date: year " + year + ", month " + month + ", day " + day);
    }
    if (day > 0) {
      try {
        LocalDate.of(year == 0 ? LEAP_YEAR : year, month, day);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("no such date: year " + year + ", month " + month + ", day " + day, e);
      }
    }
  }

  /** The day {@code date}. */
  public static EventDate of(LocalDate date) {
    return new EventDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth());
  }

  /** A day whose year the text does not give. */
  public static EventDate yearless(MonthDay day) {
    return new EventDate(0, day.getMonthValue(), day.getDayOfMonth());
  }

  /**
   * Reads a TIMEX3 date value: «2025-11-24», «XXXX-11-24», «2021-10», «XXXX-10», «2021».
   *
   * @return the date, or empty when {@code timex} is not one of these forms or names no real day
   */
  public static Optional<EventDate> parse(String timex) {
    Matcher m = TIMEX.matcher(timex);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = m.group(1).equals("XXXX") ? 0 : Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    try {
      return Optional.of(new EventDate(year, month, day));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The TIMEX3 value. */
  public String timex() {
    String y = year == 0 ? "XXXX" : String.format("%04d", year);
    if (month == 0) {
      return y;
    }
    return day == 0 ? String.format("%s-%02d", y, month) : String.format("%s-%02d-%02d", y, month, day);
  }

  /** True when the year is known. */
  public boolean hasYear() {
    return year > 0;
  }

  /** True when a day is given. */
  public boolean isDay() {
    return day > 0;
  }

  /** The day as a {@link LocalDate}, when it is a day of a known year. */
  public Optional<LocalDate> toLocalDate() {
    return year > 0 && day > 0 ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
  }

  /**
   * The day {@code days} later (earlier when negative); an unknown year stays unknown, counted in
   * a leap year.
   *
   * @throws IllegalStateException if this is not a day
   */
  public EventDate plusDays(long days) {
    if (day == 0) {
      throw new IllegalStateException("not a day: " + timex());
    }
    LocalDate moved = LocalDate.of(year == 0 ? LEAP_YEAR : year, month, day).plusDays(days);
    return year == 0 ? new EventDate(0, moved.getMonthValue(), moved.getDayOfMonth()) : of(moved);
  }

  /**
   * Days from this day to {@code other}, counted in one leap year when either year is unknown;
   * null when either is not a day.
   */
  Long daysUntil(EventDate other) {
    if (day == 0 || other.day == 0) {
      return null;
    }
    boolean known = year > 0 && other.year > 0;
    LocalDate a = LocalDate.of(known ? year : LEAP_YEAR, month, day);
    LocalDate b = LocalDate.of(known ? other.year : LEAP_YEAR, other.month, other.day);
    return java.time.temporal.ChronoUnit.DAYS.between(a, b);
  }

  /** The TIMEX3 value. */
  @Override
  public String toString() {
    return timex();
  }
}
