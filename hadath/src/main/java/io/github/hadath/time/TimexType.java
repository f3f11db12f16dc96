package io.github.hadath.time;

/** TIMEX3 types (Pustejovsky et al., TimeML 1.2.1). */
public enum TimexType {
  /** A calendar date, month, year or date range. */
  DATE,
  /** A time of day, possibly with its date. */
  TIME,
  /** A length of time («ستة أشهر», value «P6M»). */
  DURATION,
  /** A recurring time («كل أسبوع», value «P1W» with a frequency). */
  SET
}
