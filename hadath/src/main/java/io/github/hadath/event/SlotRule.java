package io.github.hadath.event;

import io.github.hadath.ner.Link;
import java.util.List;
import java.util.Set;

/**
 * One way of filling one slot, as read from a {@code slot.<name> = ...} line of a template file.
 *
 * <p>Rules of a slot are tried in file order; for single-valued slots the first rule that finds a
 * filler wins, for participants and topics every rule adds its fillers. Distances are counted in
 * whitespace words strictly between the reference word group and the filler, so the clitics of
 * «للأنتربول» do not count. Everything is looked for inside the sentence of the mention, except
 * by rules with {@code scope:document}.
 *
 * @param slot the slot this rule fills
 * @param id the rule's id, {@code <type>#<slot>.<n>} with n its 1-based order among the rules of
 *     the slot («hosted_meeting#city.1»); reported as {@link SlotFiller#template()}
 * @param line the line of the template file the rule was read from
 * @param links for entity slots, the kinds of linked entries accepted
 * @param near the trigger or word groups the filler is placed relative to; empty means every
 *     trigger group of the template
 * @param position where the filler lies relative to a {@code near} match
 * @param window the most words allowed between the {@code near} match and the filler, ≥ 0
 * @param prepositions match keys of which one must stand right before the filler, as a clitic
 *     («بمراكش») or a word («في مراكش»); empty means no condition
 * @param skip bare keys of words allowed between the preposition and the filler («بمدينة مراكش»);
 *     a mention that is one of these words alone is never the filler
 * @param block groups whose match between the {@code near} match and the filler rejects it
 * @param derivedFrom for the host country: the slot whose filler gives it, {@link Slot#CITY} (the
 *     country of the city) or {@link Slot#ORGANIZATION} (the country a national organizer is named
 *     for, «وزارة الثقافة المغربية»); null for a rule that reads the text
 * @param ordinalOnly for the edition: accept only ordinals («الثالثة», «الـ12»), not bare digits
 * @param stop for the name: the word group that ends a name
 * @param withinName for topics: look for topic terms inside the event name only
 * @param possessive the {@code near} word must carry a possessive pronoun («جمعيتها», «دورته»)
 * @param unless groups whose match ending at most {@value #UNLESS_WINDOW} words before the filler
 *     (or overlapping it) rejects it: a patron after «تحت رعاية» is not the organizer
 * @param wholeDocument the rule looks through the whole document, for an event its sentence rules
 *     left without this slot; the filler nearest to one of the event's triggers wins
 * @param topic for topics: the taxonomy id that the {@code near} word itself gives when it heads
 *     the event's name and nothing in the sentence says what the event is about («مهرجان» is
 *     cultural, «بطولة» sporting), or null
 * @param dateline the rule reads only the place of the dateline (only with {@code wholeDocument}:
 *     a report datelined where the event is held often names the place nowhere else)
 */
public record SlotRule(
    Slot slot,
    String id,
    int line,
    Set<Link.Kind> links,
    List<String> near,
    Position position,
    int window,
    Set<String> prepositions,
    Set<String> skip,
    List<String> block,
    Slot derivedFrom,
    boolean ordinalOnly,
    String stop,
    boolean withinName,
    boolean possessive,
    List<String> unless,
    boolean wholeDocument,
    boolean dateline,
    String topic) {

  /** Words between an {@code unless} match and the filler it rejects, at most. */
  public static final int UNLESS_WINDOW = 2;

  public SlotRule {
    unless = List.copyOf(unless);
    links = Set.copyOf(links);
    near = List.copyOf(near);
    prepositions = Set.copyOf(prepositions);
    skip = Set.copyOf(skip);
    block = List.copyOf(block);
  }

  /** The slots of {@link Event}, with the names template files use. */
  public enum Slot {
    NAME("name"),
    ORGANIZATION("organization"),
    /** Filled before the host country, which may be derived from it. */
    CITY("city"),
    HOST_COUNTRY("hostCountry"),
    /** The end date from one expression (a range gives both ends); tried before {@link #DATE}. */
    END_DATE("endDate"),
    /** The start date from one expression (a range gives both ends); tried before {@link #DATE}. */
    START_DATE("startDate"),
    /**
     * Both {@code startDate} and {@code endDate} from one expression not already used by an
     * {@code endDate} or {@code startDate} rule, for the ends still empty or ranked lower.
     */
    DATE("date"),
    /**
     * A length («تستمر ثلاثة أيام», TIMEX3 value PnD or PnW) that gives the missing end of an
     * event from the other one; not an {@link Event} field itself.
     */
    DURATION("duration"),
    EDITION("edition"),
    PARTICIPANTS("participants"),
    TOPICS("topics");

    private final String fileName;

    Slot(String fileName) {
      this.fileName = fileName;
    }

    /** The name used in template files («hostCountry»). */
    public String fileName() {
      return fileName;
    }

    boolean takesEntities() {
      return this == ORGANIZATION || this == HOST_COUNTRY || this == CITY || this == PARTICIPANTS;
    }

    static Slot byFileName(String name) {
      for (Slot slot : values()) {
        if (slot.fileName.equals(name)) {
          return slot;
        }
      }
      return null;
    }
  }

  /** Where a filler lies relative to its reference words. */
  public enum Position {
    BEFORE,
    AFTER,
    ANY
  }
}
