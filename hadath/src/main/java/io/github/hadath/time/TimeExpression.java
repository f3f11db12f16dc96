package io.github.hadath.time;

import io.github.hadath.text.Span;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A time expression with its normalized value.
 *
 * <p>{@code value} follows TIMEX3: «2025-11-24» (day), «2024-07» (month), «2025» (year), «P3W»
 * (duration). A range is one expression whose value is the ISO 8601 interval «2025-11-24/2025-11-27»
 * and whose {@code begin} and {@code end} are the two ends.
 *
 * @param text the expression exactly as in the original text
 * @param span where it lies in the original text
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value
 * @param begin first day covered (inclusive), or null for durations and sets
 * @param end last day covered (inclusive), or null for durations and sets; equal to {@code begin}
 *     for a single day, the month's last day for a month
 * @param granularity the finest unit stated
 */
public record TimeExpression(
    String text,
    Span span,
    TimexType type,
    String value,
    LocalDate begin,
    LocalDate end,
    Granularity granularity) {

  public TimeExpression {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(granularity, "granularity");
    if (begin != null && end != null && end.isBefore(begin)) {
      throw new IllegalArgumentException("end " + end + " is before begin " + begin);
    }
  }

  /** True when the expression names more than one day with two stated ends. */
  public boolean isRange() {
    return begin != null && end != null && value.indexOf('/') > 0;
  }
}
