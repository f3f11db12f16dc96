package io.github.hadath.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class EventDateTest {

  @Test
  void dayOfAKnownYearIsItsIsoDate() {
    EventDate date = EventDate.of(LocalDate.of(2025, 11, 24));

    assertThat(date.timex()).isEqualTo("2025-11-24");
    assertThat(date.toLocalDate()).contains(LocalDate.of(2025, 11, 24));
  }

  @Test
  void yearlessDayIsWrittenWithXxxx() {
    EventDate date = EventDate.yearless(MonthDay.of(11, 24));

    assertThat(date.timex()).isEqualTo("XXXX-11-24");
    assertThat(date.hasYear()).isFalse();
    assertThat(date.toLocalDate()).isEmpty();
  }

  @Test
  void parseReadsDayMonthAndYearValues() {
    assertThat(EventDate.parse("XXXX-02-29")).contains(new EventDate(0, 2, 29));
    assertThat(EventDate.parse("2021-10")).contains(new EventDate(2021, 10, 0));
    assertThat(EventDate.parse("2021")).contains(new EventDate(2021, 0, 0));
    assertThat(EventDate.parse("2021-02-30")).isEmpty();
    assertThat(EventDate.parse("XXXX")).isEmpty();
    assertThat(EventDate.parse("2025-11-24/2025-11-27")).isEmpty();
  }

  @Test
  void plusDaysKeepsAnUnknownYearUnknown() {
    assertThat(EventDate.yearless(MonthDay.of(12, 30)).plusDays(3).timex()).isEqualTo("XXXX-01-02");
    assertThat(EventDate.of(LocalDate.of(2024, 2, 28)).plusDays(2).timex()).isEqualTo("2024-03-01");
  }

  @Test
  void constructorRejectsADayWithoutMonthNamingBoth() {
    assertThatThrownBy(() -> new EventDate(2025, 0, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no such date: year 2025, month 0, day 3");
  }
}
