package io.github.hadath.event;

import io.github.hadath.ner.Link;
import io.github.hadath.text.ArabicTextNormalizer;
import java.util.Objects;

/**
 * The body that convenes an event: an entry of the knowledge base, or a named organization that
 * no list knows («الاتحاد الوطني لكرة اليد»).
 *
 * @param name the canonical English name when linked, else the name as written in the text
 * @param link the knowledge-base entry, or null when the organization is not linked
 */
public record Organizer(String name, Link link) {

  public Organizer {
    Objects.requireNonNull(name, "name");
  }

  /** A linked organizer, named by its entry. */
  public static Organizer linked(Link link) {
    return new Organizer(link.name(), link);
  }

  /** An organizer no list knows, named as in the text. */
  public static Organizer unlinked(String name) {
    return new Organizer(name, null);
  }

  /** What identifies the organizer: the entry's id, else the match key of its written name. */
  public String key() {
    return link != null ? link.id() : ArabicTextNormalizer.matchKey(name);
  }
}
