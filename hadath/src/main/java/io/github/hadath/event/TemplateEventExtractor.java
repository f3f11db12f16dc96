package io.github.hadath.event;

import io.github.hadath.ner.EntityMention;
import io.github.hadath.time.TimeAnalysis;
import io.github.hadath.tokenize.TokenizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The rule-based event extractor: {@link EventTemplate}s matched on normalized tokens, slots filled
 * from the entity mentions and time expressions of the same sentence, and mentions of one event
 * merged across the document.
 *
 * <ul>
 *   <li>A sentence with a trigger of a template is a mention; each slot rule of the template looks
 *       for its filler in that sentence. A sentence that lists several named meetings, each with
 *       its own day, is split into one clause per meeting, each a mention.
 *   <li>Mentions are merged in text order: a mention joins the latest event of its type that no
 *       slot of it contradicts (different organization, city, country, edition, a date more than a
 *       week away, or a name of another kind); otherwise it starts a new event, but only when it
 *       has a {@code start} trigger and a body, place, edition or parties (a date or a name alone
 *       is too weak: «بلغت الأسعار أمس قمة جديدة»). A mention that names nothing («هذه الدورة»)
 *       joins the latest event; one before any event waits for the first. A mention that refers
 *       back («المؤتمر», «دورتها») or names a part of an event (a meeting word of the {@code
 *       words.part} group: «الجلسة الثانية») adds what the latest event lacks and never starts
 *       one of its own; a trigger group listed in {@code start_with_edition} starts an event only
 *       with an edition number. A sentence with no
 *       trigger (an agenda sentence: «وسيناقش المشاركون قضايا الإرهاب») adds to the latest event
 *       only within three sentences of its latest mention.
 *   <li>Each slot keeps the filler of the best-ranked rule (earlier template line), so an explicit
 *       host beats one derived from the city whatever sentence each came from.
 * </ul>
 *
 * <p>Cost is linear in the number of words (phrase lookups are hashed by first word). Immutable
 * and thread-safe.
 */
public final class TemplateEventExtractor implements EventExtractor {

  /** The bundled template resources, one per event type. */
  public static final List<String> BUNDLED_TEMPLATES =
      List.of("io/github/hadath/event/hosted_meeting.template");

  /** How many sentences after an event's latest mention a sentence without trigger may add to it. */
  private static final int FOLLOW_UP_SENTENCES = 3;
  /** How many of the latest events a mention is compared with. */
  private static final int MERGE_CANDIDATES = 16;

  private final List<EventTemplate> templates;
  private final List<MentionReader> readers;

  /**
   * An extractor for {@code templates}, with topics from {@code taxonomy}.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if two templates share a type
   */
  public TemplateEventExtractor(List<EventTemplate> templates, TopicTaxonomy taxonomy) {
    Objects.requireNonNull(taxonomy, "taxonomy");
    this.templates = List.copyOf(templates);
    if (this.templates.stream().map(EventTemplate::type).distinct().count() != this.templates.size()) {
      throw new IllegalArgumentException("two templates share a type: "
          + this.templates.stream().map(EventTemplate::type).toList());
    }
    this.readers = this.templates.stream().map(t -> new MentionReader(t, taxonomy)).toList();
  }

  /** The bundled templates and taxonomy. */
  public static TemplateEventExtractor defaults() {
    return new TemplateEventExtractor(bundledTemplates(), TopicTaxonomy.defaults());
  }

  /** The bundled templates, read from the classpath. */
  public static List<EventTemplate> bundledTemplates() {
    return BUNDLED_TEMPLATES.stream().map(EventTemplate::readResource).toList();
  }

  /** The templates in use. */
  public List<EventTemplate> templates() {
    return templates;
  }

  @Override
  public List<Event> extract(TokenizedText text, List<EntityMention> entities, TimeAnalysis times) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(times, "times");
    DocumentView doc = new DocumentView(text, entities, times);
    List<Event> events = new ArrayList<>();
    for (MentionReader reader : readers) {
      for (MentionDraft draft : merge(reader.read(doc))) {
        reader.completeFromDocument(doc, draft);
        events.add(draft.toEvent());
      }
    }
    events.sort(Comparator.comparing(e -> e.mentions().isEmpty() ? null : e.mentions().get(0),
        Comparator.nullsLast(Comparator.naturalOrder())));
    return List.copyOf(events);
  }

  /**
   * True when {@code mention} may start a new event: a start trigger; a name that says which
   * meeting it is, an edition or a body (or, for the first event, any meeting word); and a body,
   * place, edition or parties, or a name with a stated day range.
   */
  private static boolean canFound(MentionDraft mention, boolean first) {
    return mention.canStart
        && (mention.specificName || mention.edition != null || mention.organization != null
            || (first && mention.meetingWord))
        && (mention.isAnchored() || !mention.participants.isEmpty()
            || (mention.specificName && mention.hasStatedRange()));
  }

  /**
   * True when {@code mention} states another edition than {@code event} and another place or date:
   * the next edition announced, not a second number of the same sitting («دور الانعقاد الثاني من
   * الفصل التشريعي الـ16»).
   */
  private static boolean otherEdition(MentionDraft event, MentionDraft mention) {
    return event.edition != null && mention.edition != null && !mention.editionOfPart
        && !event.edition.filler().value().equals(mention.edition.filler().value())
        && event.apart(mention);
  }

  private static List<MentionDraft> merge(List<MentionDraft> mentions) {
    List<MentionDraft> events = new ArrayList<>();
    List<MentionDraft> pending = new ArrayList<>();
    for (MentionDraft mention : mentions) {
      if (mention.triggers.isEmpty()) {
        // A sentence without a trigger (an agenda sentence) continues only an event just mentioned.
        MentionDraft latest = events.isEmpty() ? null : events.get(events.size() - 1);
        if (latest != null && mention.sentence - latest.sentence <= FOLLOW_UP_SENTENCES) {
          latest.absorb(mention);
        }
        continue;
      }
      if (!mention.hasIdentity()) {
        if (events.isEmpty()) {
          pending.add(mention);
        } else {
          events.get(events.size() - 1).absorb(mention);
        }
        continue;
      }
      if (events.isEmpty() && !canFound(mention, true)) {
        pending.add(mention);
        continue;
      }
      MentionDraft target = null;
      // Only the latest events are candidates, which keeps merging linear in the document length.
      for (int i = events.size() - 1; i >= Math.max(0, events.size() - MERGE_CANDIDATES) && target == null; i--) {
        if (events.get(i).compatibleWith(mention)) {
          target = events.get(i);
        }
      }
      if (target != null) {
        target.absorb(mention);
      } else if (!events.isEmpty() && (mention.partOfEvent
          || (!mention.specificName && !otherEdition(events.get(events.size() - 1), mention)))) {
        // A mention that refers back («المؤتمر», «دورتها») is the latest event, whatever it misreads;
        // one that states another edition («وموعدنا في الدورة الثامنة») is another event.
        events.get(events.size() - 1).absorbMissing(mention);
      } else if (canFound(mention, events.isEmpty())) {
        // A new event needs a start trigger and a body, place, edition or parties.
        MentionDraft event = new MentionDraft(mention.type, mention.sentence);
        event.absorb(mention);
        pending.forEach(event::absorb);
        pending.clear();
        events.add(event);
      } else if (events.isEmpty()) {
        // «تحتضن الرباط ... لقاء للخبراء»: a place or body read before the sentence that starts the
        // event is its own, not lost.
        pending.add(mention);
      }
    }
    return events;
  }
}
