package io.github.hadath.event;

import io.github.hadath.ner.Link;
import io.github.hadath.text.Span;
import java.util.List;
import java.util.Objects;

/**
 * A structured event: one real-world happening, merged from all its mentions in the document.
 *
 * <p>Every slot but {@code type} may be null (or empty, for lists) when the text does not state it.
 *
 * @param type the event type id of the template that found it («hosted_meeting»)
 * @param mentions spans of the trigger phrases of every merged mention, in text order
 * @param name the event's surface name («قمة المناخ»), when it has one
 * @param organization the convening body, linked to the knowledge base or as written
 * @param hostCountry the country where it takes place
 * @param city the city where it takes place
 * @param startDate the first day (or the month or year, when that is all the text gives); its
 *     year is unknown («XXXX-11-24») when neither the text nor the publication date gives it
 * @param endDate the last day, equal to {@code startDate} for a one-day event
 * @param edition the edition number («الدورة 93» is 93)
 * @param participants countries and organizations said to take part
 * @param topics taxonomy ids of what the event is about
 */
public record Event(
    String type,
    List<Span> mentions,
    SlotFiller<String> name,
    SlotFiller<Organizer> organization,
    SlotFiller<Link> hostCountry,
    SlotFiller<Link> city,
    SlotFiller<EventDate> startDate,
    SlotFiller<EventDate> endDate,
    SlotFiller<Integer> edition,
    List<SlotFiller<Link>> participants,
    List<SlotFiller<String>> topics) {

  public Event {
    Objects.requireNonNull(type, "type");
    mentions = List.copyOf(mentions);
    participants = List.copyOf(participants);
    topics = List.copyOf(topics);
  }
}
