package io.github.hadath.event;

import io.github.hadath.text.Span;
import java.util.Objects;

/**
 * The value of one event slot with the evidence it was read from.
 *
 * @param <T> the value type: {@link io.github.hadath.ner.Link} for organization, host country,
 *     city and participants; {@link java.time.LocalDate} for dates; {@link Integer} for the
 *     edition; {@link String} for topic ids and the event name
 * @param value the normalized value
 * @param text the evidence exactly as in the original text
 * @param span where the evidence lies in the original text
 * @param template the id of the template (or rule) that filled the slot
 */
public record SlotFiller<T>(T value, String text, Span span, String template) {

  public SlotFiller {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(template, "template");
  }
}
