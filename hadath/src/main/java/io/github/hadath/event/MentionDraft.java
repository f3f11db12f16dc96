package io.github.hadath.event;

import io.github.hadath.event.SlotRule.Slot;
import io.github.hadath.ner.Link;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.Span;
import io.github.hadath.tokenize.Proclitics;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One mention of an event (one sentence) or, after merging, the event being assembled from its
 * mentions. Each single-valued slot keeps the filler of the highest-ranked rule (lowest template
 * line); ties go to the earlier mention.
 */
final class MentionDraft {

  /** A filler with the rank of the rule that found it. */
  record Ranked<T>(SlotFiller<T> filler, int rank) {}

  final String type;
  /** Index of the sentence of the mention; for an event, of its latest mention. */
  int sentence;
  final List<Span> triggers = new ArrayList<>();
  boolean canStart;
  Ranked<String> name;
  Ranked<Organizer> organization;
  Ranked<Link> hostCountry;
  Ranked<Link> city;
  Ranked<EventDate> startDate;
  Ranked<EventDate> endDate;
  Ranked<Integer> edition;
  /** Length in days, for deriving a missing start or end. */
  Ranked<Integer> duration;
  final List<SlotFiller<Link>> participants = new ArrayList<>();
  final List<SlotFiller<String>> topics = new ArrayList<>();
  /** Words {@code [begin, end)} of the name, for topic rules that look inside it. */
  int[] nameWords;
  /** Time expressions already used for a date of this mention. */
  final java.util.Set<Span> usedTimes = new java.util.HashSet<>();
  /** True when the name says which meeting it is, rather than referring back («المؤتمر»). */
  boolean specificName;
  /** The edition was read right after a word that names a part of an event («الجلسة الثانية»). */
  boolean editionOfPart;
  /**
   * Evidence of numbers read after «جلسة» («الجلسة العامة الرابعة»): the sitting's number lets the
   * mention start an event, but it is no edition of the event.
   */
  final java.util.Set<Span> sittingNumbers = new java.util.HashSet<>();
  /** True when the name is a part of an event («الجلسة الثانية» of a conference). */
  boolean partOfEvent;
  /** True when a meeting word of the name rule was read, specific or not. */
  boolean meetingWord;
  /** Bare key of the meeting word the name begins with («قمه», «جمعيه»): what kind of meeting. */
  String nameKind;
  /** A year written right after the name («معرض الكتاب 2027»), or 0: the year of year-less dates. */
  int nameYear;

  MentionDraft(String type, int sentence) {
    this.type = type;
    this.sentence = sentence;
  }

  @SuppressWarnings("unchecked")
  void offer(Slot slot, SlotFiller<?> filler, int rank) {
    switch (slot) {
      case NAME -> name = better(name, (SlotFiller<String>) filler, rank);
      case ORGANIZATION -> organization = better(organization, (SlotFiller<Organizer>) filler, rank);
      case HOST_COUNTRY -> hostCountry = better(hostCountry, (SlotFiller<Link>) filler, rank);
      case CITY -> city = better(city, (SlotFiller<Link>) filler, rank);
      case EDITION -> edition = better(edition, (SlotFiller<Integer>) filler, rank);
      default -> throw new IllegalArgumentException("not a single-valued slot: " + slot);
    }
  }

  /** True when the single-valued entity slot {@code slot} is filled. */
  boolean has(Slot slot) {
    return switch (slot) {
      case ORGANIZATION -> organization != null;
      case HOST_COUNTRY -> hostCountry != null;
      case CITY -> city != null;
      default -> throw new IllegalArgumentException("not an entity slot: " + slot);
    };
  }

  void offerStart(SlotFiller<EventDate> start, int rank) {
    startDate = better(startDate, start, rank);
  }

  void offerEnd(SlotFiller<EventDate> end, int rank) {
    endDate = better(endDate, end, rank);
  }

  void offerDuration(SlotFiller<Integer> days, int rank) {
    duration = better(duration, days, rank);
  }

  private static <T> Ranked<T> better(Ranked<T> current, SlotFiller<T> filler, int rank) {
    return current == null || rank < current.rank() ? new Ranked<>(filler, rank) : current;
  }

  boolean hasFillers() {
    return hasIdentity() || !participants.isEmpty() || !topics.isEmpty();
  }

  /** True when the mention says which event it is: a name, body, place, date or edition. */
  boolean hasIdentity() {
    return name != null || organization != null || hostCountry != null || city != null
        || startDate != null || endDate != null || edition != null;
  }

  /**
   * True when the mention can found an event: a body, place or edition. A date or a name alone is
   * too weak («بلغت الأسعار أمس قمة جديدة»).
   */
  boolean isAnchored() {
    return organization != null || hostCountry != null || city != null || edition != null;
  }

  /** Days after the opening day a closing day stated alone may lie. */
  private static final int CLOSING_DAY_WITHIN = 31;
  /** Days two dates of one event may lie apart (an opening and a closing day). */
  private static final int SAME_EVENT_DAYS = 7;

  /**
   * True when {@code other} may be a mention of this event: no slot contradicts, or the strong
   * slots (organization, edition) agree on at least one value and none of them nor the kind of
   * meeting contradicts — then a different place or date is a misreading, not another event.
   */
  boolean compatibleWith(MentionDraft other) {
    boolean weakConflict = apart(other);
    // Two kinds of meeting with one stated edition («الجلسة العادية الـ29 لقمة ...», then «القمة
    // الـ29»), or of one stated body with no place or date apart, are one event.
    boolean sameStatedEdition = edition != null && other.edition != null && sameEdition(other);
    boolean sameStatedBody = organization != null && other.organization != null && !weakConflict;
    boolean strongConflict = !sameOrganizer(organization, other.organization) || !sameEdition(other)
        || (!sameKind(other) && !sameStatedEdition && !sameStatedBody);
    if (strongConflict) {
      return false;
    }
    if (!weakConflict) {
      return true;
    }
    boolean strongAgreement = (organization != null && other.organization != null) || (edition != null && other.edition != null);
    // One specific name with no dates apart is one event read in two places: the place of a
    // side activity («عروض في دور الثقافة بتونس») does not make another festival.
    return strongAgreement || (sameSpecificName(other) && closeDates(other));
  }

  private boolean sameSpecificName(MentionDraft other) {
    return specificName && other.specificName && name != null && other.name != null
        && ArabicTextNormalizer.matchKey(name.filler().value()).equals(ArabicTextNormalizer.matchKey(other.name.filler().value()));
  }

  /** True when both state a host country, a city or dates, and these differ. */
  boolean apart(MentionDraft other) {
    return !sameLink(hostCountry, other.hostCountry) || !sameLink(city, other.city) || !closeDates(other);
  }

  private boolean sameEdition(MentionDraft other) {
    return edition == null || other.edition == null || edition.filler().value().equals(other.edition.filler().value());
  }

  /** Two names of one body agree when one contains the other («مجلس التعاون لدول الخليج العربية»). */
  private static boolean sameOrganizer(Ranked<Organizer> a, Ranked<Organizer> b) {
    if (a == null || b == null) {
      return true;
    }
    String x = a.filler().value().key();
    String y = b.filler().value().key();
    // A linked name and a shorter unlinked one («مجلس التعاون») compare by what the text wrote.
    String tx = ArabicTextNormalizer.matchKey(a.filler().text());
    String ty = ArabicTextNormalizer.matchKey(b.filler().text());
    String nx = ArabicTextNormalizer.matchKey(a.filler().value().name());
    String ny = ArabicTextNormalizer.matchKey(b.filler().value().name());
    return x.contains(y) || y.contains(x) || tx.contains(ty) || ty.contains(tx) || wordsWithin(nx, ny) || wordsWithin(ny, nx);
  }

  /**
   * True when every word of {@code shorter}, read without its proclitics and article, is a word of
   * {@code longer} («اتحاد الشغل» within «الاتحاد العام التونسي للشغل»).
   */
  private static boolean wordsWithin(String shorter, String longer) {
    Set<String> words = new HashSet<>();
    for (String word : longer.split(" ")) {
      words.add(content(word));
    }
    String[] parts = shorter.split(" ");
    if (parts.length < 2) {
      return false;
    }
    for (String word : parts) {
      if (!words.contains(content(word))) {
        return false;
      }
    }
    return true;
  }

  /** A word's key read without its proclitics (one guess) and article. */
  private static String content(String word) {
    return Phrase.bare(Proclitics.guess(Proclitics.readings(word)).key());
  }

  private static boolean sameLink(Ranked<Link> a, Ranked<Link> b) {
    return a == null || b == null || sameEntry(a.filler().value(), b.filler().value());
  }

  /** The same knowledge-base entry, or two unlisted places of one name. */
  private static boolean sameEntry(Link a, Link b) {
    return a.isListed() || b.isListed() ? java.util.Objects.equals(a.id(), b.id())
        : ArabicTextNormalizer.matchKey(a.name()).equals(ArabicTextNormalizer.matchKey(b.name()));
  }

  private boolean closeDates(MentionDraft other) {
    if ((startDate == null && endDate == null) || (other.startDate == null && other.endDate == null)) {
      return true;
    }
    if (other.startDate == null && other.endDate != null && startDate != null) {
      // «تستمر حتى 12 أبريل»: a closing day within a month after the opening day is this event's.
      Long days = startDate.filler().value().daysUntil(other.endDate.filler().value());
      if (days != null && days >= 0 && days <= CLOSING_DAY_WITHIN) {
        return true;
      }
    }
    EventDate aBegin = first(startDate, endDate);
    EventDate aEnd = first(endDate, startDate);
    EventDate bBegin = first(other.startDate, other.endDate);
    EventDate bEnd = first(other.endDate, other.startDate);
    Long afterA = aEnd.daysUntil(bBegin);
    Long afterB = bEnd.daysUntil(aBegin);
    if (afterA == null || afterB == null) {
      // A month or a year: close when one contains the other's text («2024-05» and «2024-05-14»).
      return aBegin.timex().startsWith(bBegin.timex()) || bBegin.timex().startsWith(aBegin.timex());
    }
    return afterA <= SAME_EVENT_DAYS && afterB <= SAME_EVENT_DAYS;
  }

  private static EventDate first(Ranked<EventDate> a, Ranked<EventDate> b) {
    return (a != null ? a : b).filler().value();
  }

  /** True when a name of its own and a stated day range («من 25 أكتوبر إلى 3 نوفمبر») are read. */
  boolean hasStatedRange() {
    return name != null && isRange();
  }

  private boolean isRange() {
    return startDate != null && endDate != null && !startDate.filler().value().equals(endDate.filler().value());
  }

  /** Two names of different kinds («قمة …» and «معرض …») are two events. */
  private boolean sameKind(MentionDraft other) {
    return nameKind == null || other.nameKind == null || nameKind.equals(other.nameKind);
  }

  /**
   * Adds what {@code other} says and this event does not: its empty slots, topics, participants
   * and triggers. For a mention that refers back to the event («المؤتمر») whose other slots are
   * misreadings rather than another event.
   */
  void absorbMissing(MentionDraft other) {
    sentence = Math.max(sentence, other.sentence);
    triggers.addAll(other.triggers);
    name = name == null ? other.name : name;
    organization = organization == null ? other.organization : organization;
    if (hostCountry == null && city == null) {
      hostCountry = other.hostCountry;
      city = other.city;
    }
    edition = edition == null ? other.edition : edition;
    sittingNumbers.addAll(other.sittingNumbers);
    duration = duration == null ? other.duration : duration;
    nameYear = nameYear == 0 ? other.nameYear : nameYear;
    if (startDate == null && endDate == null) {
      startDate = other.startDate;
      endDate = other.endDate;
    }
    MentionDraft rest = new MentionDraft(type, other.sentence);
    rest.participants.addAll(other.participants);
    rest.topics.addAll(other.topics);
    absorb(rest);
  }

  /** Adds the slots and evidence of {@code other} to this event. */
  void absorb(MentionDraft other) {
    sentence = Math.max(sentence, other.sentence);
    sittingNumbers.addAll(other.sittingNumbers);
    triggers.addAll(other.triggers);
    canStart |= other.canStart;
    specificName |= other.specificName;
    if (other.name != null) {
      // The longer surface name is the more specific one.
      if (name == null || other.name.filler().text().length() > name.filler().text().length()) {
        name = other.name;
        nameKind = other.nameKind;
      }
    }
    organization = merge(organization, other.organization);
    hostCountry = merge(hostCountry, other.hostCountry);
    city = merge(city, other.city);
    edition = merge(edition, other.edition);
    nameYear = nameYear == 0 ? other.nameYear : nameYear;
    duration = merge(duration, other.duration);
    // A stated range beats single days from other mentions; otherwise each end keeps its best rule.
    if (other.isRange() && !isRange()) {
      startDate = other.startDate;
      endDate = other.endDate;
    } else if (!isRange()) {
      startDate = merge(startDate, other.startDate);
      endDate = merge(endDate, other.endDate);
    }
    for (SlotFiller<Link> participant : other.participants) {
      if (participants.stream().noneMatch(p -> p.value().id().equals(participant.value().id()))) {
        participants.add(participant);
      }
    }
    for (SlotFiller<String> topic : other.topics) {
      if (topics.stream().noneMatch(t -> t.value().equals(topic.value()))) {
        topics.add(topic);
      }
    }
  }

  private static <T> Ranked<T> merge(Ranked<T> mine, Ranked<T> theirs) {
    if (theirs == null) {
      return mine;
    }
    return mine == null || theirs.rank() < mine.rank() ? theirs : mine;
  }

  Event toEvent() {
    String orgId = organization == null || organization.filler().value().link() == null
        ? null : organization.filler().value().link().id();
    // The convening body is often named again among those taking part («بمشاركة ... المنظمة»).
    List<SlotFiller<Link>> others = participants.stream().filter(p -> !p.value().id().equals(orgId)).toList();
    List<SlotFiller<String>> uniqueTopics = new ArrayList<>();
    for (SlotFiller<String> topic : topics) {
      if (uniqueTopics.stream().noneMatch(t -> t.value().equals(topic.value()))) {
        uniqueTopics.add(topic);
      }
    }
    SlotFiller<EventDate> start = withNameYear(value(startDate));
    SlotFiller<EventDate> end = withNameYear(value(endDate));
    if (duration != null && start != null && end != null && start.value().equals(end.value())
        && duration.filler().value() > 1 && start.value().isDay()) {
      // «يوم 10 نوفمبر ... على مدى ثلاثة أيام»: one stated day and a length; the day is the first.
      end = null;
    }
    if (duration != null && (start == null) != (end == null)) {
      // «تستمر ثلاثة أيام»: the stated end and the length give the other end, evidenced by the length.
      SlotFiller<Integer> days = duration.filler();
      if (start != null) {
        if (start.value().isDay()) {
          end = new SlotFiller<>(start.value().plusDays(days.value() - 1L), days.text(), days.span(), days.template());
        }
      } else if (end.value().isDay()) {
        start = new SlotFiller<>(end.value().plusDays(1L - days.value()), days.text(), days.span(), days.template());
      }
    }
    Long length = start == null || end == null ? null : start.value().daysUntil(end.value());
    if (length != null && length < 0) {
      // Two readings that contradict each other: keep the first day, which is more often stated.
      end = null;
    }
    return new Event(
        type,
        triggers.stream().distinct().sorted().toList(),
        value(name),
        value(organization),
        value(hostCountry),
        value(city),
        start,
        end,
        edition == null || sittingNumbers.contains(edition.filler().span()) ? null : edition.filler(),
        others,
        uniqueTopics);
  }

  /**
   * A year-less date in the year the event's name states («بين 12 و20 مارس ... معرض الكتاب 2027»),
   * evidenced by the date as written; any other date unchanged.
   */
  private SlotFiller<EventDate> withNameYear(SlotFiller<EventDate> date) {
    if (date == null || nameYear == 0 || date.value().year() != 0) {
      return date;
    }
    EventDate value = date.value();
    if (value.month() == 2 && value.day() == 29 && !java.time.Year.isLeap(nameYear)) {
      return date; // «29 فبراير» and a name year without that day: the year stays unknown
    }
    return new SlotFiller<>(new EventDate(nameYear, value.month(), value.day()), date.text(), date.span(), date.template());
  }

  private static <T> SlotFiller<T> value(Ranked<T> ranked) {
    return ranked == null ? null : ranked.filler();
  }
}
