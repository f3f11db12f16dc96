package io.github.hadath.time;

/** The finest unit a time expression states. */
public enum Granularity {
  MINUTE,
  HOUR,
  DAY,
  WEEK,
  MONTH,
  YEAR
}
