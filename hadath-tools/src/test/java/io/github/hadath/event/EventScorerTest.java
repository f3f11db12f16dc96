package io.github.hadath.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.ner.Link;
import io.github.hadath.text.Span;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventScorerTest {

  private static final Link MOROCCO = new Link(Link.Kind.COUNTRY, "MA", "Morocco", "MA");

  private static <T> SlotFiller<T> filler(T value, String text) {
    return new SlotFiller<>(value, text, Span.of(0, text.length()), "test");
  }

  private static Event event(Organizer organizer, String orgText, String start, String end) {
    return new Event("hosted_meeting", List.of(Span.of(0, 1)), null,
        organizer == null ? null : filler(organizer, orgText),
        filler(MOROCCO, "المغرب"), null,
        start == null ? null : filler(EventDate.parse(start).orElseThrow(), start),
        end == null ? null : filler(EventDate.parse(end).orElseThrow(), end),
        null, List.of(), List.of());
  }

  private static EventScorer.GoldEvent gold(String organization, List<String> aliases, boolean named, String start, String end) {
    return new EventScorer.GoldEvent(organization, aliases, named, "MA", null, null, start, end, null, List.of());
  }

  @Test
  void goldXxxxYearMatchesAnyYear() {
    EventScorer scorer = new EventScorer();
    scorer.add("d", List.of(event(null, null, "2016-11-24", "2016-11-27")),
        List.of(gold(null, List.of(), true, "XXXX-11-24", "XXXX-11-27")), 0);

    assertThat(scorer.counts().get("startDate")).isEqualTo(new EventScorer.Counts(1, 1, 1));
    assertThat(scorer.counts().get("endDate")).isEqualTo(new EventScorer.Counts(1, 1, 1));
  }

  @Test
  void predictedXxxxYearDoesNotMatchAStatedYear() {
    assertThat(EventScorer.sameDate("XXXX-11-24", "2016-11-24")).isFalse();
    assertThat(EventScorer.sameDate("XXXX-11-24", "XXXX-11-24")).isTrue();
  }

  @Test
  void organizationMatchesWhenAnAliasIsInTheOrganizerText() {
    EventScorer scorer = new EventScorer();
    Organizer organizer = Organizer.unlinked("الأمانة العامة لمجلس وزراء العدل العرب");
    scorer.add("d", List.of(event(organizer, "الأمانة العامة لمجلس وزراء العدل العرب", null, null)),
        List.of(gold("Council of Arab Justice Ministers", List.of("cajm", "مجلس وزراء العدل العرب"), true, null, null)), 0);

    assertThat(scorer.counts().get("organization")).isEqualTo(new EventScorer.Counts(1, 1, 1));
  }

  @Test
  void organizerTheTextDoesNotNameIsNoErrorWhenLeftEmpty() {
    EventScorer scorer = new EventScorer();
    scorer.add("d", List.of(event(null, null, null, null)),
        List.of(gold("League of Arab States", List.of("arab league"), false, null, null)), 0);

    assertThat(scorer.counts().get("organization")).isEqualTo(new EventScorer.Counts(0, 0, 0));
  }

  @Test
  void oneDayGoldAcceptsAnEndEqualToTheStart() {
    EventScorer scorer = new EventScorer();
    scorer.add("d", List.of(event(null, null, "2025-03-02", "2025-03-02")),
        List.of(gold(null, List.of(), true, "2025-03-02", null)), 0);

    assertThat(scorer.counts().get("endDate")).isEqualTo(new EventScorer.Counts(0, 0, 0));
  }

  @Test
  void unpairedEventsBeyondOtherEventsAreSpurious() {
    EventScorer forgiven = new EventScorer();
    EventScorer counted = new EventScorer();
    List<Event> two = List.of(event(null, null, "2025-03-02", null), event(null, null, "2026-03-02", null));
    List<EventScorer.GoldEvent> one = List.of(gold(null, List.of(), true, "2025-03-02", null));
    forgiven.add("d", two, one, 1);
    counted.add("d", two, one, 0);

    assertThat(forgiven.spuriousEvents()).isZero();
    assertThat(forgiven.counts().get("hostCountry")).isEqualTo(new EventScorer.Counts(1, 1, 1));
    assertThat(counted.spuriousEvents()).isEqualTo(1);
    assertThat(counted.counts().get("hostCountry")).isEqualTo(new EventScorer.Counts(1, 2, 1));
    assertThat(counted.report()).contains("spurious 1").endsWith("event field F1: 0.667\n");
  }
}
