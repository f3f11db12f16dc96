package io.github.hadath.event;

import io.github.hadath.event.DocumentView.PlacedEntity;
import io.github.hadath.event.DocumentView.PlacedTime;
import io.github.hadath.event.PhraseIndex.Match;
import io.github.hadath.event.SlotRule.Position;
import io.github.hadath.event.SlotRule.Slot;
import io.github.hadath.ner.CrfEntityRecognizer;
import io.github.hadath.ner.EntityMention;
import io.github.hadath.ner.EntityType;
import io.github.hadath.ner.InstitutionPhrases;
import io.github.hadath.ner.Link;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.Span;
import io.github.hadath.time.ArabicNumberWords;
import io.github.hadath.time.Granularity;
import io.github.hadath.time.TimeExpression;
import io.github.hadath.time.TimexType;
import io.github.hadath.tokenize.Proclitics;
import io.github.hadath.tokenize.Sentence;
import io.github.hadath.tokenize.Token;
import io.github.hadath.tokenize.Word;
import io.github.hadath.tokenize.WordForms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the mentions of one template in a document: one {@link MentionDraft} per sentence that
 * holds a trigger (or, for rules placed near a word group, that group), with the slots its rules
 * fill inside that sentence.
 */
final class MentionReader {

  /** Edition numbers above this are years or counts, not editions. */
  private static final int MAX_EDITION = 999;
  /** Words that end a dateline when they follow its place name («الرباط - ...»). */
  private static final Set<String> DATELINE_MARKS = Set.of("-", "–", "—", ":", "(", "/");
  private static final char TATWEEL = 'ـ';
  private static final String CONJUNCTION_KEY = "ل";
  /** The word group of meeting words that name a part of another event («الجلسة الثانية»). */
  static final String PART_GROUP = "part";
  /** Words of distance a day range is preferred over a single day. */
  private static final int RANGE_BONUS = 3;

  private final EventTemplate template;
  private final PhraseIndex groups;
  private final PhraseIndex excludes;
  private final PhraseIndex background;
  private final PhraseIndex topics;
  private final Set<String> wordGroups;
  /** The trigger groups the name rule reads names after: the meetings a clause can be about. */
  private final Set<String> nameGroups;
  /** Ids of the rules whose topic the kind of meeting gives («topic:culture»). */
  private final Set<String> kindRules;

  MentionReader(EventTemplate template, TopicTaxonomy taxonomy) {
    this.template = template;
    java.util.Map<String, List<Phrase>> all = new java.util.LinkedHashMap<>(template.triggers());
    all.putAll(template.words());
    this.groups = new PhraseIndex(all);
    this.excludes = new PhraseIndex(java.util.Map.of("exclude", template.excludes()));
    this.background = new PhraseIndex(java.util.Map.of("background", template.background()));
    this.topics = new PhraseIndex(taxonomy.topics());
    this.wordGroups = template.words().keySet();
    this.nameGroups = template.rules().stream().filter(r -> r.slot() == Slot.NAME)
        .flatMap(r -> r.near().stream()).collect(java.util.stream.Collectors.toSet());
    this.kindRules = template.rules().stream().filter(r -> r.topic() != null).map(SlotRule::id)
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  List<MentionDraft> read(DocumentView doc) {
    List<MentionDraft> drafts = new ArrayList<>();
    List<Token> tokens = doc.text.tokens();
    Set<String> cancelled = cancelledWords(doc);
    for (Sentence sentence : doc.text.sentences()) {
      if (sentence.endToken() <= sentence.firstToken()) {
        continue;
      }
      int from = tokens.get(sentence.firstToken()).word();
      int to = tokens.get(sentence.endToken() - 1).word() + 1;
      List<Integer> cuts = clauseCuts(doc, from, to);
      for (int i = 0; i + 1 < cuts.size(); i++) {
        int end = cuts.get(i + 1);
        int endToken = end == to ? sentence.endToken() : doc.words.get(end - 1).endToken();
        MentionDraft draft = readSentence(doc, cuts.get(i), end, endToken, sentence.index(), cancelled);
        if (draft != null) {
          drafts.add(draft);
        }
      }
    }
    return drafts;
  }

  /** The word group of offices («رئيس», «الأمين العام»). */
  static final String OFFICE_GROUP = "office";

  /**
   * True when a meeting word is part of someone's title: an office word ends right before it, or
   * one word before it («الرئيس الحالي للجمعية العامة»): the body is named, no meeting is.
   */
  private static boolean inTitle(List<Match> found, Match trigger) {
    return found.stream().anyMatch(m -> m.group().equals(OFFICE_GROUP)
        && (m.end() == trigger.begin() || m.end() == trigger.begin() - 1));
  }

  /** Words that open a clause of their own («بينما ستقام ...», «في حين ...»). */
  private static final Set<String> CLAUSE_OPENERS = Set.of("بينما", "فيما", "حين", "وكذلك", "كذلك");

  /**
   * Where a sentence that lists several meetings, each with its own day, splits into one clause per
   * meeting («تقام بطولة العرب للطرق في تونس من 3 إلى 6 مارس، بينما تقام بطولة العرب للمضمار إلى 3 يوليو، بينما ستقام منافسات
   * كأس العرب للسيدات ... من 1 إلى 17 يوليو»): the words {@code from}, each cut, and {@code to}.
   * A cut lies at the last comma or clause opener before the next named meeting, and only between
   * two named meetings whose clauses each hold a day.
   */
  private List<Integer> clauseCuts(DocumentView doc, int from, int to) {
    List<Integer> cuts = new ArrayList<>(List.of(from));
    List<Match> named = new ArrayList<>();
    for (Match m : groups.find(doc, from, to)) {
      if (nameGroups.contains(m.group()) && (named.isEmpty() || m.begin() >= named.get(named.size() - 1).end())) {
        named.add(m);
      }
    }
    int clauseStart = from;
    for (int i = 1; i < named.size(); i++) {
      Match previous = named.get(i - 1);
      Match next = named.get(i);
      int cut = next.begin();
      for (int w = next.begin() - 1; w >= previous.end(); w--) {
        if (doc.full[w].equals("،") || doc.full[w].equals(",") || CLAUSE_OPENERS.contains(doc.full[w])) {
          cut = w;
          break;
        }
      }
      if (cut > clauseStart && hasDay(doc, clauseStart, cut) && hasDay(doc, cut, to)) {
        cuts.add(cut);
        clauseStart = cut;
      }
    }
    cuts.add(to);
    return cuts;
  }

  private static boolean hasDay(DocumentView doc, int from, int to) {
    for (PlacedTime time : doc.timesIn(from, to)) {
      if (time.wordEnd() <= to && days(time.timex()) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words that an exclude phrase cancels somewhere in the document («دورة» in «دورة
   * تدريبية»): the same word alone elsewhere in it («افتتاح الدورة») is that same non-event.
   */
  private Set<String> cancelledWords(DocumentView doc) {
    int n = doc.words.size();
    List<Match> cancel = excludes.find(doc, 0, n);
    Set<String> words = new HashSet<>();
    if (cancel.isEmpty()) {
      return words;
    }
    for (Match m : groups.find(doc, 0, n)) {
      if (!wordGroups.contains(m.group()) && m.end() - m.begin() == 1
          && cancel.stream().anyMatch(c -> c.begin() < m.end() && m.begin() < c.end())) {
        words.add(doc.bare[m.begin()]);
      }
    }
    return words;
  }

  private MentionDraft readSentence(DocumentView doc, int from, int to, int sentenceEndToken, int index, Set<String> cancelledWords) {
    List<Match> found = groups.find(doc, from, to);
    if (found.isEmpty()) {
      return null;
    }
    List<Match> past = background.find(doc, from, to);
    if (!past.isEmpty()) {
      // «... منذ الدورة السابقة»: from the background phrase on, the sentence speaks of an earlier
      // edition; before it, of this one. A sentence that opens on it is background throughout.
      int firstTrigger = found.stream().filter(m -> !wordGroups.contains(m.group())).mapToInt(Match::begin).min().orElse(to);
      int cut = past.get(0).begin();
      if (cut <= firstTrigger) {
        return null;
      }
      to = cut;
      int end = to;
      found = found.stream().filter(m -> m.end() <= end).toList();
      sentenceEndToken = doc.words.get(to - 1).endToken();
    }
    List<Match> cancel = excludes.find(doc, from, to);
    List<Match> matches = new ArrayList<>();
    for (Match match : found) {
      boolean isTrigger = !wordGroups.contains(match.group());
      boolean cancelled = isTrigger && (cancel.stream().anyMatch(c -> c.begin() < match.end() && match.begin() < c.end())
          || (match.end() - match.begin() == 1 && cancelledWords.contains(doc.bare[match.begin()]))
          || inTitle(found, match));
      if (!cancelled) {
        matches.add(match);
      }
    }
    List<Match> triggers = matches.stream().filter(m -> !wordGroups.contains(m.group())).toList();
    MentionDraft draft = new MentionDraft(template.type(), index);
    // Without a name rule a template cannot tell a reference from a new meeting: every mention may start one.
    draft.specificName = template.rules().stream().noneMatch(r -> r.slot() == Slot.NAME);
    boolean needsEdition = true;
    for (Match trigger : triggers) {
      draft.triggers.add(doc.span(trigger.begin(), trigger.end()));
      if (template.start().contains(trigger.group()) && !isCounted(doc, trigger.begin())) {
        draft.canStart = true;
        needsEdition &= template.startWithEdition().contains(trigger.group());
      }
    }
    Scope scope = Scope.of(doc, from, to, sentenceEndToken, matches, triggers);
    for (Slot slot : Slot.values()) {
      for (SlotRule rule : template.rules()) {
        if (rule.slot() == slot && !rule.wholeDocument()) {
          apply(rule, scope, draft);
        }
      }
    }
    if (draft.canStart && needsEdition && draft.edition == null) {
      draft.canStart = false;
    }
    if (draft.nameWords != null) {
      int nameStart = draft.nameWords[0];
      draft.partOfEvent = matches.stream().anyMatch(m -> m.group().equals(PART_GROUP) && m.begin() == nameStart);
    }
    return draft.triggers.isEmpty() && !draft.hasFillers() ? null : draft;
  }

  /** The sentence being read. */
  /**
   * Words {@code [from, to)} of a sentence or of the whole document, with their group matches
   * (in the order found) and, for lookups near a word, the same matches sorted by their first word.
   */
  private record Scope(
      DocumentView doc, int from, int to, int endToken, List<Match> matches, List<Match> triggers,
      List<Match> byBegin, int[] begins, int longest) {

    static Scope of(DocumentView doc, int from, int to, int endToken, List<Match> matches, List<Match> triggers) {
      List<Match> byBegin = new ArrayList<>(matches);
      byBegin.sort(java.util.Comparator.comparingInt(Match::begin));
      int[] begins = new int[byBegin.size()];
      int longest = 0;
      for (int i = 0; i < begins.length; i++) {
        begins[i] = byBegin.get(i).begin();
        longest = Math.max(longest, byBegin.get(i).end() - byBegin.get(i).begin());
      }
      return new Scope(doc, from, to, endToken, matches, triggers, byBegin, begins, longest);
    }

    /** The matches whose first word lies in {@code [first, end)}, by first word. */
    List<Match> beginningIn(int first, int end) {
      return end <= first ? List.of() : byBegin.subList(lowerBound(first), lowerBound(end));
    }

    private int lowerBound(int word) {
      int low = 0;
      int high = begins.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (begins[mid] < word) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }
  }

  private List<Match> references(SlotRule rule, Scope scope) {
    List<Match> refs = rule.near().isEmpty()
        ? scope.triggers
        : scope.matches.stream().filter(m -> rule.near().contains(m.group())).toList();
    if (rule.possessive()) {
      refs = refs.stream().filter(m -> hasEnclitic(scope.doc, m.begin())).toList();
    }
    return refs;
  }

  /** The match keys of the proclitics of {@code word} that end at or before {@code begin}. */
  private static List<String> cliticsBefore(DocumentView doc, int word, int begin) {
    List<String> keys = new ArrayList<>();
    Word w = doc.words.get(word);
    for (int t = w.firstToken(); t < doc.stem[word]; t++) {
      Token token = doc.text.tokens().get(t);
      if (token.span().end() <= begin) {
        keys.add(token.key());
      }
    }
    if (keys.isEmpty() && begin > w.span().begin()) {
      // The segmenter left «بوهران» whole and the gazetteer found «وهران» inside: the letters
      // before the name are its clitics.
      String prefix = ArabicTextNormalizer.matchKey(doc.text.original().substring(w.span().begin(), begin));
      prefix.chars().forEach(c -> keys.add(String.valueOf((char) c)));
    }
    return keys;
  }

  private static boolean hasEnclitic(DocumentView doc, int word) {
    Word w = doc.words.get(word);
    return doc.text.tokens().get(w.endToken() - 1).role() == Token.Role.ENCLITIC;
  }

  private void apply(SlotRule rule, Scope scope, MentionDraft draft) {
    int rank = rule.line();
    if (rule.derivedFrom() != null) {
      // The organizer's country is a last resort: it waits for the document rules (below).
      if (rule.derivedFrom() == Slot.CITY) {
        offerDerivedCountry(rule, draft);
      }
      return;
    }
    List<Match> refs = references(rule, scope);
    if (refs.isEmpty()) {
      return;
    }
    switch (rule.slot()) {
      case ORGANIZATION, HOST_COUNTRY, CITY, PARTICIPANTS -> applyEntities(rule, scope, refs, draft, rank);
      case DATE, START_DATE, END_DATE -> applyDate(rule, scope, refs, draft, rank);
      case DURATION -> applyDuration(rule, scope, refs, draft, rank);
      case EDITION -> applyEdition(rule, scope, refs, draft, rank);
      case NAME -> applyName(rule, scope, refs, draft, rank);
      case TOPICS -> applyTopics(rule, scope, refs, draft);
      default -> throw new IllegalStateException("slot " + rule.slot());
    }
  }

  /**
   * Offers the host country that {@code rule} derives from another slot of {@code draft}: the
   * country of its city, or the country its organizer is named for («مجلس الأمة الكويتي»).
   */
  private static void offerDerivedCountry(SlotRule rule, MentionDraft draft) {
    String code = null;
    SlotFiller<?> source = null;
    if (rule.derivedFrom() == Slot.CITY && draft.city != null) {
      source = draft.city.filler();
      code = draft.city.filler().value().countryCode();
    } else if (rule.derivedFrom() == Slot.ORGANIZATION && draft.organization != null) {
      source = draft.organization.filler();
      code = NationalityAdjectives.defaults().countryOf(source.text());
    }
    if (code != null) {
      Link country = new Link(Link.Kind.COUNTRY, code, englishCountryName(code), code);
      draft.offer(Slot.HOST_COUNTRY, new SlotFiller<>(country, source.text(), source.span(), rule.id()), rule.line());
    }
  }

  static String englishCountryName(String code) {
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  /** The words of {@code [from, to)} that lie in a time expression. */
  private static int timeWordsIn(DocumentView doc, int from, int to) {
    int count = 0;
    for (PlacedTime time : doc.timesIn(Math.max(0, from - MAX_TIME_WORDS), to)) {
      count += Math.max(0, Math.min(to, time.wordEnd()) - Math.max(from, time.wordBegin()));
    }
    return count;
  }

  /** The longest time expression looked back for, in words. */
  private static final int MAX_TIME_WORDS = 12;

  /**
   * Words between {@code ref} and {@code [begin, end)} if placed as the rule wants, else -1. For a
   * body or a place, words of a time expression between them do not count.
   */
  private static int distance(SlotRule rule, Match ref, int begin, int end, Scope scope) {
    int distance;
    if (begin < ref.end() && ref.begin() < end) {
      distance = 0;
    } else if (begin >= ref.end() && rule.position() != Position.BEFORE) {
      distance = begin - ref.end();
    } else if (end <= ref.begin() && rule.position() != Position.AFTER) {
      distance = ref.begin() - end;
    } else {
      return -1;
    }
    if (distance > 0 && rule.slot().takesEntities()) {
      // A time adverbial between a body or place and its trigger does not count («نظم اليوم
      // السبت 25 فبراير مركز الدراسات ندوة»).
      distance -= timeWordsIn(scope.doc, Math.min(ref.end(), end), Math.max(ref.begin(), begin));
    }
    if (distance > rule.window()) {
      return -1;
    }
    if (!rule.block().isEmpty()) {
      int gapBegin = Math.min(ref.end(), end);
      int gapEnd = Math.max(ref.begin(), begin);
      for (Match m : scope.beginningIn(gapBegin, gapEnd)) {
        if (rule.block().contains(m.group()) && m.end() <= gapEnd) {
          return -1;
        }
      }
    }
    return distance;
  }

  private static boolean prepositionBefore(SlotRule rule, PlacedEntity entity, Scope scope) {
    if (rule.prepositions().isEmpty()) {
      return true;
    }
    DocumentView doc = scope.doc;
    int w = entity.wordBegin();
    if (w - 2 >= scope.from && OPENING_BRACKETS.contains(doc.original(doc.span(w - 1, w)))) {
      // A place in brackets after a venue placed by the preposition («بقصر المعارض (الجزائر
      // العاصمة)», «في ملعب الشهداء (بغداد)») is where that venue is.
      for (int k = w - 2; k >= Math.max(scope.from, w - 2 - MAX_VENUE_WORDS) && !doc.isPunctuation(k); k--) {
        List<String> proclitics = doc.proclitics(k);
        if ((!proclitics.isEmpty() && rule.prepositions().contains(proclitics.get(proclitics.size() - 1)))
            || (k > scope.from && rule.prepositions().contains(doc.full[k - 1]))) {
          return true;
        }
      }
    }
    while (true) {
      // In the entity's own word only the clitics before the entity count: in «بوهران» the
      // segmenter may split «و» off the name, which is no preposition.
      List<String> proclitics = w == entity.wordBegin() ? cliticsBefore(doc, w, entity.mention().span().begin()) : doc.proclitics(w);
      if (!proclitics.isEmpty()) {
        return rule.prepositions().contains(proclitics.get(proclitics.size() - 1));
      }
      w--;
      if (w < scope.from) {
        return false;
      }
      if (rule.prepositions().contains(doc.full[w])) {
        return true;
      }
      if (!rule.skip().contains(doc.bare[w]) && !isAdjectiveOfSkipped(rule, doc, w, scope)) {
        return false;
      }
    }
  }

  /**
   * True when word {@code w} is a relative adjective with the article right after a skipped word
   * («بالعاصمة الكاميرونية ياوندي», «في المدينة الساحلية صفاقس»): it qualifies that word.
   */
  private static boolean isAdjectiveOfSkipped(SlotRule rule, DocumentView doc, int w, Scope scope) {
    String stemKey = doc.stemToken(w).key();
    return w > scope.from && doc.proclitics(w).isEmpty() && stemKey.startsWith(Proclitics.ARTICLE)
        && WordForms.hasRelativeEnding(stemKey) && rule.skip().contains(doc.bare[w - 1]);
  }

  /**
   * True for a place in the dateline: inside the document date's span, or opening a sentence and
   * followed by a dash, colon or bracket («الرباط - », «الدوحة (قنا)») or by the dateline's date.
   */
  private static boolean isDateline(PlacedEntity entity, Scope scope) {
    DocumentView doc = scope.doc;
    Span dateline = doc.datelineSpan;
    if (dateline != null && dateline.overlaps(entity.mention().span())) {
      return true;
    }
    if (entity.wordBegin() - scope.from > 1 || entity.wordEnd() >= scope.to) {
      return false;
    }
    // A tatweel used as a dash («أسوان ـ») is no word after normalization: look at the gap itself.
    String gap = doc.text.original().substring(entity.mention().span().end(),
        Math.max(entity.mention().span().end(), doc.words.get(entity.wordEnd()).span().begin()));
    if (DATELINE_MARKS.contains(doc.full[entity.wordEnd()]) || gap.indexOf(TATWEEL) >= 0) {
      return true;
    }
    // «الرباط 25 نوفمبر 2025 - ...»: a place directly followed by the dateline's date.
    for (PlacedTime time : doc.timesIn(entity.wordEnd(), entity.wordEnd() + 1)) {
      // At the very start of the text, a place and a date are the dateline even when the caller
      // gave the publication date (and no dateline span was recorded).
      if (time.wordBegin() == entity.wordEnd() && (time.timex().span().equals(dateline) || entity.wordBegin() == 0)) {
        return true;
      }
    }
    return false;
  }

  private void applyEntities(SlotRule rule, Scope scope, List<Match> refs, MentionDraft draft, int rank) {
    PlacedEntity best = null;
    int bestDistance = Integer.MAX_VALUE;
    boolean bestListed = false;
    Set<String> taken = new HashSet<>();
    for (PlacedEntity entity : scope.doc.entitiesIn(scope.from, scope.to)) {
      if (entity.wordBegin() < scope.from || entity.wordEnd() > scope.to) {
        continue;
      }
      Link link = entity.mention().link();
      if (!accepts(rule, entity, scope) || isDateline(entity, scope)
          || (entity.wordEnd() - entity.wordBegin() == 1 && rule.skip().contains(scope.doc.bare[entity.wordBegin()]))) {
        // A word the rule skips («مدينة» in «بمدينة مراكش») is never the filler itself.
        continue;
      }
      if (!prepositionBefore(rule, entity, scope)) {
        continue;
      }
      int nearest = nearest(rule, refs, entity.wordBegin(), entity.wordEnd(), scope);
      if (nearest < 0) {
        continue;
      }
      if (rule.slot() == Slot.PARTICIPANTS) {
        if (link != null && link.isListed() && taken.add(link.id())) {
          draft.participants.add(filler(link, entity, rule));
        }
      } else {
        // A place no list holds («مدينة إكسبو», a venue) yields to any listed one.
        boolean listed = link != null || rule.slot() == Slot.ORGANIZATION || reading(rule, entity, scope.doc).isListed();
        if ((listed && !bestListed) || (listed == bestListed && nearest < bestDistance)) {
          best = entity;
          bestDistance = nearest;
          bestListed = listed;
        }
      }
    }
    if (best != null) {
      // A place no list holds is a last resort: a listed one found by any later rule beats it.
      draft.offer(rule.slot(), rule.slot() == Slot.ORGANIZATION ? organizer(best, rule, scope.doc)
          : filler(reading(rule, best, scope.doc), best, rule), bestListed ? rank : rank + UNLISTED_RANK);
    }
  }

  /**
   * True when the mention can fill the rule's slot: a linked entry of a kind the rule accepts, or,
   * for the organization, any ORG mention (a ministry or a federation no list knows).
   */
  private boolean accepts(SlotRule rule, PlacedEntity entity, Scope scope) {
    EntityMention mention = entity.mention();
    Link link = reading(rule, entity, scope.doc);
    boolean kind = link != null
        ? rule.links().contains(link.kind())
        : rule.slot() == Slot.ORGANIZATION && mention.type() == EntityType.ORG && !overlapsTrigger(entity, scope)
            && !namedOnlyByTheMeeting(entity, scope)
            // A name only the CRF read, with no institution head nor link, is too weak a guess to
            // be taken from another sentence («إف إم», a person read as a body).
            && !(rule.wholeDocument() && mention.source().equals(CrfEntityRecognizer.SOURCE)
                && !INSTITUTIONS.isHead(scope.doc.bare[entity.wordBegin()]));
    return kind && !rejectedByUnless(rule, entity, scope)
        && !(rule.slot() == Slot.ORGANIZATION && (isVenue(entity, scope.doc) || isNewsAgency(entity, scope.doc)))
        && !(rule.slot() == Slot.CITY && !rule.prepositions().isEmpty() && isSeatOfBody(entity, scope));
  }

  /**
   * True for a city right after a body's name, with «في» or «بـ» between: the body's seat
   * («منظمة اليونسكو في باريس», «الاتحاد الدولي للمنتجين (FIAPF) بباريس»), not where the event is
   * held, when the body stands free: after «من», «عن», «لدى», «مع» or a comma. Not when the body
   * is placed or named in a phrase («بمقر الجامعة العربية بالقاهرة», «لقمة دول مجلس
   * التعاون في المنامة»).
   */
  private static boolean isSeatOfBody(PlacedEntity entity, Scope scope) {
    DocumentView doc = scope.doc;
    int w = entity.wordBegin();
    int before;
    if (!cliticsBefore(doc, w, entity.mention().span().begin()).isEmpty()) {
      before = w - 1;
    } else if (w > scope.from && doc.full[w - 1].equals(IN_WORD)) {
      before = w - 2;
    } else {
      return false;
    }
    for (int skipped = 0; skipped < 3 && before > scope.from && (doc.isPunctuation(before) || isForeignWord(doc, before)); skipped++) {
      before--; // an acronym in brackets after the name
    }
    if (before < scope.from) {
      return false;
    }
    for (PlacedEntity body : doc.entitiesIn(Math.max(scope.from, before - MAX_NAME_WORDS), before + 1)) {
      if (body.wordEnd() == before + 1 && body.mention().type() == EntityType.ORG) {
        // Only a body that stands free, after «من», «عن», «لدى», «مع» or a comma, has its seat
        // named: after «مقر», a meeting noun or «دول» the place is where the meeting is.
        int b = body.wordBegin();
        return cliticsBefore(doc, b, body.mention().span().begin()).isEmpty()
            && (b == scope.from || doc.isPunctuation(b - 1) || BODY_SOURCES.contains(doc.full[b - 1]));
      }
    }
    return false;
  }

  private static final Set<String> BODY_SOURCES = Set.of("من", "عن", "لدى", "مع").stream()
      .map(ArabicTextNormalizer::matchKey).collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static boolean isForeignWord(DocumentView doc, int w) {
    return doc.full[w].codePoints().noneMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
  }

  private static final String AT = "ب";
  private static final String AGENCY = Phrase.bare(ArabicTextNormalizer.matchKey("وكالة"));
  /** «أنباء» and «الأنباء»: bare keys drop the article. */
  private static final String NEWS = Phrase.bare(ArabicTextNormalizer.matchKey("الأنباء"));

  /**
   * True when «بـ» is glued to the body's name, or the body's headquarters («مقر») is named before
   * it: «بمركز الدوحة للمعارض», «بجامعة القاهرة», «بمقر الجامعة العربية» say where the meeting
   * is, not who convenes it.
   */
  private static boolean isVenue(PlacedEntity entity, DocumentView doc) {
    List<String> clitics = cliticsBefore(doc, entity.wordBegin(), entity.mention().span().begin());
    int w = entity.wordBegin();
    // «بمقر الجامعة العربية», «في مقر الأمانة العامة»: the body's headquarters is the venue.
    return (!clitics.isEmpty() && clitics.get(clitics.size() - 1).equals(AT))
        || (clitics.isEmpty() && w > 0 && doc.bare[w - 1].equals(HEADQUARTERS));
  }

  private static final String HEADQUARTERS = Phrase.bare(ArabicTextNormalizer.matchKey("مقر"));

  /**
   * True for a news agency («وكالة أنباء الشرق الأوسط», «وكالة المغرب العربي للأنباء»): the source
   * of the report, not its convener.
   */
  private static boolean isNewsAgency(PlacedEntity entity, DocumentView doc) {
    if (!doc.bare[entity.wordBegin()].equals(AGENCY)) {
      return false;
    }
    for (int w = entity.wordBegin() + 1; w < entity.wordEnd(); w++) {
      if (doc.bare[w].equals(NEWS)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The entry {@code entity} stands for when {@code rule} reads it: its own link, or, for a city
   * rule, the capital spelled like the linked country ({@link CapitalHomonyms}).
   */
  private static Link reading(SlotRule rule, PlacedEntity entity, DocumentView doc) {
    Link link = entity.mention().link();
    if (link == null && entity.mention().type() == EntityType.LOC && rule.links().contains(Link.Kind.CITY)
        && !rule.links().contains(Link.Kind.COUNTRY) && afterSettlementWord(entity, doc)
        && doc.entitiesIn(entity.wordEnd(), entity.wordEnd() + 1).stream().noneMatch(e -> e.mention().link() != null)) {
      // «بمدينة تاغيت»: a town no gazetteer holds is still the place the text names (but not a
      // part of a listed city: «مدينة إكسبو دبي» is Dubai's).
      return Link.unlistedPlace(entity.mention().text());
    }
    if (link != null && link.kind() == Link.Kind.COUNTRY && rule.links().contains(Link.Kind.CITY)
        && !rule.links().contains(Link.Kind.COUNTRY) && !afterDirection(entity, doc)) {
      Link capital = CapitalHomonyms.defaults().capital(link.id(), qualifiedAsCity(entity, doc));
      return capital == null ? link : capital;
    }
    return link;
  }

  /** Added to the rank of a place no list holds, so that every rule's listed place ranks before it. */
  private static final int UNLISTED_RANK = 1_000_000;

  /** True right after a word that says the next is a town («مدينة», «بلدة», «قرية», «واحة»). */
  private static boolean afterSettlementWord(PlacedEntity entity, DocumentView doc) {
    int before = entity.wordBegin() - 1;
    return before >= 0 && SETTLEMENT_WORDS.contains(doc.bare[before]) && !hasEnclitic(doc, before);
  }

  private static final Set<String> SETTLEMENT_WORDS = bareKeys("مدينة", "بلدة", "قرية", "واحة");

  /** True after a point of the compass («في جنوب تونس»): a part of the country, not its capital. */
  private static boolean afterDirection(PlacedEntity entity, DocumentView doc) {
    int before = entity.wordBegin() - 1;
    return before >= 0 && DIRECTIONS.contains(doc.bare[before]);
  }

  private static final Set<String> DIRECTIONS = bareKeys("جنوب", "شمال", "شرق", "غرب", "وسط");

  /** True when «العاصمة» stands next to the word or «مدينة» before it. */
  private static boolean qualifiedAsCity(PlacedEntity entity, DocumentView doc) {
    int before = entity.wordBegin() - 1;
    int after = entity.wordEnd();
    return (before >= 0 && (doc.bare[before].equals(CAPITAL) || doc.bare[before].equals(CITY_WORD)))
        || (after < doc.words.size() && doc.bare[after].equals(CAPITAL));
  }

  private static final String CAPITAL = Phrase.bare(ArabicTextNormalizer.matchKey("عاصمة"));
  /** «جلسة» in any form («الجلسة العامة الرابعة», «جلسته»): its number counts sittings, not editions. */
  private static final String SITTING = Phrase.bare(ArabicTextNormalizer.matchKey("جلسة"));
  private static final String CITY_WORD = Phrase.bare(ArabicTextNormalizer.matchKey("مدينة"));

  /**
   * True when an unlinked ORG is the meeting itself («الجمعية العامة»): it begins with a trigger. A
   * committee named after its meeting («اللجنة العليا لمهرجان الفنون الشعبية») only contains one.
   */
  private boolean overlapsTrigger(PlacedEntity entity, Scope scope) {
    for (Match m : scope.beginningIn(entity.wordBegin() - scope.longest(), entity.wordBegin() + 1)) {
      if (!wordGroups.contains(m.group()) && m.begin() <= entity.wordBegin() && entity.wordBegin() < m.end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when an unlinked ORG ends with a one-word meeting noun and so names no body of its own:
   * «اللجنة التحضيرية للمؤتمر», «لجنة تنظيم الطبعة» (while «اللجنة العليا لمهرجان الفنون الشعبية»
   * goes on to the festival's name, and «اللجنة المنظمة للألعاب العربية» names the games).
   */
  private boolean namedOnlyByTheMeeting(PlacedEntity entity, Scope scope) {
    for (Match m : scope.beginningIn(entity.wordBegin() + 1, entity.wordEnd())) {
      if (!wordGroups.contains(m.group()) && m.begin() > entity.wordBegin() && m.end() == entity.wordEnd()
          && m.end() - m.begin() == 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean rejectedByUnless(SlotRule rule, PlacedEntity entity, Scope scope) {
    int first = entity.wordBegin() - SlotRule.UNLESS_WINDOW - scope.longest();
    for (Match m : scope.beginningIn(first, entity.wordBegin() + 1)) {
      // A match inside the name («في» in «كلية الحقوق في جامعة ...») is part of it.
      if (rule.unless().contains(m.group()) && m.begin() <= entity.wordBegin()
          && entity.wordBegin() - m.end() <= SlotRule.UNLESS_WINDOW) {
        return true;
      }
    }
    return false;
  }

  private static SlotFiller<Organizer> organizer(PlacedEntity found, SlotRule rule, DocumentView doc) {
    PlacedEntity entity = found.mention().link() == null ? fullestName(found, doc) : found;
    Link link = entity.mention().link();
    int parent = link == null ? parentBody(doc, entity) : -1;
    if (parent >= 0) {
      Span span = Span.of(doc.stemToken(parent).span().begin(), entity.mention().span().end());
      String text = doc.original(span);
      return new SlotFiller<>(Organizer.unlinked(citationForm(doc, parent, text)), text, span, rule.id());
    }
    Organizer organizer = link != null
        ? Organizer.linked(link)
        : Organizer.unlinked(citationForm(doc, entity.wordBegin(), entity.mention().text()));
    return new SlotFiller<>(organizer, entity.mention().text(), entity.mention().span(), rule.id());
  }

  private static final InstitutionPhrases INSTITUTIONS = new InstitutionPhrases();
  private static final String OF = "ل";

  /**
   * The first word of the body an organ belongs to, inside the organ's name: «للرابطة» in
   * «الهيئة التنفيذية للرابطة العربية لمراكز البحوث» (the association convenes its board's
   * meeting); else -1. The body is «لـ» + an institution head with the article, and a word more.
   */
  private static int parentBody(DocumentView doc, PlacedEntity entity) {
    for (int w = entity.wordBegin() + 1; w + 1 < entity.wordEnd(); w++) {
      if (doc.proclitics(w).equals(List.of(OF)) && doc.stemToken(w).form().startsWith("ال")
          && INSTITUTIONS.isHead(doc.bare[w])) {
        return w;
      }
    }
    return -1;
  }

  /**
   * The longest unlinked ORG mention of the document that begins with the words of {@code entity}:
   * a body named in full once and shortened later («الأمانة العامة لمجلس وزراء العدل العرب»,
   * then «الأمانة العامة») is the same body, and its full name is the better evidence.
   */
  private static PlacedEntity fullestName(PlacedEntity entity, DocumentView doc) {
    String key = ArabicTextNormalizer.matchKey(citationForm(doc, entity.wordBegin(), entity.mention().text())) + " ";
    PlacedEntity best = entity;
    for (PlacedEntity other : doc.entities) {
      if (other.mention().link() == null && other.mention().type() == EntityType.ORG
          && other.mention().text().length() > best.mention().text().length()
          && ArabicTextNormalizer.matchKey(citationForm(doc, other.wordBegin(), other.mention().text())).startsWith(key)) {
        best = other;
      }
    }
    return best;
  }

  /**
   * Fills the slots of {@code event} that its sentences left empty from rules with {@code
   * scope:document}: among the fillers anywhere in the document, the one nearest to one of the
   * event's triggers.
   */
  void completeFromDocument(DocumentView doc, MentionDraft event) {
    // What the kind of meeting says («معرض» is a fair) yields to what the text says of this event
    // in any of its sentences («معرض الكتاب» is about books).
    if (event.topics.stream().anyMatch(t -> !kindRules.contains(t.template()))) {
      event.topics.removeIf(t -> kindRules.contains(t.template()));
    }
    Scope scope = null;
    for (SlotRule rule : template.rules()) {
      if (rule.derivedFrom() != null && !event.has(Slot.HOST_COUNTRY)) {
        // A city or organizer found by a document rule gives its country as well.
        offerDerivedCountry(rule, event);
      }
      if (!rule.wholeDocument() || event.has(rule.slot())) {
        continue;
      }
      if (scope == null) {
        // One document scope per document and template, shared by its events.
        scope = (Scope) doc.memo.computeIfAbsent(this, reader -> documentScope(doc));
      }
      List<int[]> triggers = new ArrayList<>();
      for (Span span : event.triggers) {
        int[] range = doc.wordRange(span);
        if (range != null) {
          triggers.add(range);
        }
      }
      PlacedEntity best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (PlacedEntity entity : doc.entities) {
        if (!accepts(rule, entity, scope) || isDateline(entity, scope) != rule.dateline()
            || !prepositionBefore(rule, entity, scope) || inAnotherCountry(rule, entity, event, doc)
            || (rule.slot() == Slot.CITY && !reading(rule, entity, doc).isListed())) {
          // A place no list holds is taken only in the event's own sentences.
          continue;
        }
        for (int[] trigger : triggers) {
          int d = Math.max(0, Math.max(entity.wordBegin() - trigger[1], trigger[0] - entity.wordEnd()));
          if (d < bestDistance) {
            best = entity;
            bestDistance = d;
          }
        }
      }
      if (best != null) {
        event.offer(rule.slot(), rule.slot() == Slot.ORGANIZATION ? organizer(best, rule, doc)
            : filler(reading(rule, best, doc), best, rule), rule.line());
      }
    }
  }

  /** True for a city found elsewhere in the document that lies outside the event's stated host country. */
  private static boolean inAnotherCountry(SlotRule rule, PlacedEntity entity, MentionDraft event, DocumentView doc) {
    if (rule.slot() != Slot.CITY || event.hostCountry == null) {
      return false;
    }
    Link city = reading(rule, entity, doc);
    return city != null && city.countryCode() != null
        && !city.countryCode().equals(event.hostCountry.filler().value().id());
  }

  private Scope documentScope(DocumentView doc) {
    int n = doc.words.size();
    List<Match> found = groups.find(doc, 0, n);
    List<Match> cancel = excludes.find(doc, 0, n);
    List<Match> matches = new ArrayList<>();
    for (Match match : found) {
      boolean isTrigger = !wordGroups.contains(match.group());
      if (!isTrigger || cancel.stream().noneMatch(c -> c.begin() < match.end() && match.begin() < c.end())) {
        matches.add(match);
      }
    }
    List<Match> triggers = matches.stream().filter(m -> !wordGroups.contains(m.group())).toList();
    return Scope.of(doc, 0, n, doc.text.tokens().size(), matches, triggers);
  }

  private static SlotFiller<Link> filler(Link link, PlacedEntity entity, SlotRule rule) {
    return new SlotFiller<>(link, entity.mention().text(), entity.mention().span(), rule.id());
  }

  private static int nearest(SlotRule rule, List<Match> refs, int begin, int end, Scope scope) {
    int best = -1;
    for (Match ref : refs) {
      int d = distance(rule, ref, begin, end, scope);
      if (d >= 0 && (best < 0 || d < best)) {
        best = d;
      }
    }
    return best;
  }

  private void applyDate(SlotRule rule, Scope scope, List<Match> refs, MentionDraft draft, int rank) {
    if (rule.slot() == Slot.DATE && (draft.startDate != null || draft.endDate != null)) {
      // An opening or closing day was found: another day in the sentence is not its other end.
      return;
    }
    PlacedTime best = null;
    EventDate[] bestDays = null;
    int bestDistance = Integer.MAX_VALUE;
    for (PlacedTime time : scope.doc.timesIn(scope.from, scope.to)) {
      TimeExpression timex = time.timex();
      EventDate[] days = days(timex);
      if (time.wordBegin() < scope.from || time.wordEnd() > scope.to || days == null
          || timex.span().equals(scope.doc.datelineSpan) || draft.usedTimes.contains(timex.span())) {
        continue;
      }
      int d = nearest(rule, refs, time.wordBegin(), time.wordEnd(), scope);
      if (d >= 0 && !days[0].equals(days[1])) {
        // A stated range is the event's span more surely than a nearby reporting day («اليوم»).
        d = Math.max(0, d - RANGE_BONUS);
      }
      if (d >= 0 && d < bestDistance) {
        best = time;
        bestDays = days;
        bestDistance = d;
      }
    }
    if (best != null) {
      TimeExpression timex = best.timex();
      draft.usedTimes.add(timex.span());
      boolean range = !bestDays[0].equals(bestDays[1]);
      if (rule.slot() != Slot.END_DATE || range) {
        draft.offerStart(new SlotFiller<>(bestDays[0], timex.text(), timex.span(), rule.id()), rank);
      }
      if (rule.slot() != Slot.START_DATE || range) {
        draft.offerEnd(new SlotFiller<>(bestDays[1], timex.text(), timex.span(), rule.id()), rank);
      }
    }
  }

  /**
   * The first and last day a date expression names, its year unknown («XXXX-11-24») when the
   * document gives none; null for anything but a day or a range of days.
   */
  static EventDate[] days(TimeExpression timex) {
    if (timex.type() != TimexType.DATE || timex.granularity() != Granularity.DAY) {
      return null;
    }
    if (timex.begin() != null && timex.end() != null) {
      return new EventDate[] {EventDate.of(timex.begin()), EventDate.of(timex.end())};
    }
    String[] ends = timex.value().split("/", -1);
    if (ends.length > 2) {
      return null;
    }
    Optional<EventDate> first = EventDate.parse(ends[0]);
    Optional<EventDate> last = EventDate.parse(ends[ends.length - 1]);
    if (first.isEmpty() || last.isEmpty() || !first.get().isDay() || !last.get().isDay()) {
      return null;
    }
    return new EventDate[] {first.get(), last.get()};
  }

  private static final java.util.regex.Pattern DAYS_OR_WEEKS = java.util.regex.Pattern.compile("P(\\d{1,3})([DW])");

  private void applyDuration(SlotRule rule, Scope scope, List<Match> refs, MentionDraft draft, int rank) {
    for (PlacedTime time : scope.doc.timesIn(scope.from, scope.to)) {
      TimeExpression timex = time.timex();
      java.util.regex.Matcher m = DAYS_OR_WEEKS.matcher(timex.value());
      if (time.wordBegin() < scope.from || time.wordEnd() > scope.to
          || timex.type() != TimexType.DURATION || !m.matches()) {
        continue;
      }
      if (nearest(rule, refs, time.wordBegin(), time.wordEnd(), scope) >= 0) {
        int days = Integer.parseInt(m.group(1)) * (m.group(2).equals("W") ? 7 : 1);
        if (days >= 1) {
          draft.offerDuration(new SlotFiller<>(days, timex.text(), timex.span(), rule.id()), rank);
          return;
        }
      }
    }
  }

  private void applyEdition(SlotRule rule, Scope scope, List<Match> refs, MentionDraft draft, int rank) {
    DocumentView doc = scope.doc;
    List<Token> tokens = doc.text.tokens();
    if (rule.withinName()) {
      applyEditionEndingTheName(rule, scope, draft, rank);
      return;
    }
    for (Match ref : refs) {
      int last = rule.window() == Integer.MAX_VALUE ? scope.to - 1 : Math.min(scope.to - 1, ref.end() + rule.window());
      for (int w = ref.end(); w <= last; w++) {
        if (doc.isPunctuation(w)) {
          break;
        }
        Word word = doc.words.get(w);
        int limit = Math.min(scope.endToken, word.firstToken() + 12);
        for (int start : new int[] {word.firstToken(), doc.stem[w]}) {
          Optional<ArabicNumberWords.Match> number = ArabicNumberWords.read(tokens.subList(start, limit), 0);
          if (number.isPresent()) {
            ArabicNumberWords.Match m = number.get();
            int after = tokens.get(start + m.endToken() - 1).word() + 1;
            // An ordinal a few words after the meeting word follows an adjective or another meeting
            // word («المؤتمر الدولي الثالث», «مؤتمر القمة الخامس عشر»), not a noun of the name
            // («مؤتمر تحديات القرن الحادي والعشرين»).
            boolean attached = !rule.ordinalOnly() || w == ref.end() || isRelativeAdjective(doc.bare[w - 1])
                || isTriggerWord(scope, w - 1);
            if (m.value() >= 1 && m.value() <= MAX_EDITION && (m.ordinal() || !rule.ordinalOnly())
                && !countsTimes(doc, w, after) && attached) {
              Span span = Span.of(doc.stemToken(ref.begin()).span().begin(), tokens.get(start + m.endToken() - 1).span().end());
              SlotFiller<Integer> edition = new SlotFiller<>(m.value(), doc.original(span), span, rule.id());
              draft.offer(Slot.EDITION, edition, rank);
              if (draft.edition.filler() == edition) {
                // «ورشة العمل الثانية», «الجلسة الثالثة»: maybe the number of a part of an event
                // under way (while «الجلسة العادية الـ29» is the 29th ordinary session).
                draft.editionOfPart = w == ref.end() && isPart(scope, ref);
                if (isSittingNumber(scope, ref, w, after)) {
                  draft.sittingNumbers.add(span);
                }
              }
              return;
            }
            break;
          }
        }
      }
    }
  }

  /**
   * An ordinal that ends the event's name right after a relative adjective: «مهرجان الربيع
   * الثقافي الدولي التاسع» is the ninth (while «تحديات القرن الحادي والعشرين» names a century).
   */
  private void applyEditionEndingTheName(SlotRule rule, Scope scope, MentionDraft draft, int rank) {
    if (draft.nameWords == null) {
      return;
    }
    DocumentView doc = scope.doc;
    List<Token> tokens = doc.text.tokens();
    for (int w = draft.nameWords[0] + 2; w < draft.nameWords[1]; w++) {
      Word word = doc.words.get(w);
      Optional<ArabicNumberWords.Match> number =
          ArabicNumberWords.read(tokens.subList(word.firstToken(), Math.min(scope.endToken, word.firstToken() + 12)), 0);
      if (number.isEmpty()) {
        continue;
      }
      ArabicNumberWords.Match m = number.get();
      int last = tokens.get(word.firstToken() + m.endToken() - 1).word();
      if (m.ordinal() && m.value() >= 1 && m.value() <= MAX_EDITION && last == draft.nameWords[1] - 1
          && isRelativeAdjective(doc.bare[w - 1]) && !isDigits(doc.full[w])) {
        Span span = doc.span(draft.nameWords[0], last + 1);
        draft.offer(Slot.EDITION, new SlotFiller<>(m.value(), doc.original(span), span, rule.id()), rank);
      }
      return;
    }
  }

  private static boolean isRelativeAdjective(String bare) {
    return bare.length() > 3 && WordForms.hasRelativeEnding(bare);
  }

  private boolean isTriggerWord(Scope scope, int word) {
    return scope.beginningIn(word - scope.longest(), word + 1).stream()
        .anyMatch(m -> !wordGroups.contains(m.group()) && word < m.end());
  }

  /**
   * True when the number at word {@code w} counts the sittings of {@code ref}, a «جلسة»
   * («الجلسة الثانية من الدورة الربيعية», «جلسته العامة الخامسة»): no other meeting word stands
   * between them, and no meeting follows the number, whose edition it would be («الجلسة العادية
   * الـ 29 لقمة الاتحاد» is the 29th summit).
   */
  private boolean isSittingNumber(Scope scope, Match ref, int w, int after) {
    if (!scope.doc.bare[ref.begin()].equals(SITTING) || (w > ref.end() && isTriggerWord(scope, w - 1))) {
      return false;
    }
    return scope.beginningIn(after, after + 1).stream().noneMatch(m -> template.start().contains(m.group()));
  }

  private static boolean isPart(Scope scope, Match ref) {
    return scope.beginningIn(ref.begin(), ref.begin() + 1).stream()
        .anyMatch(m -> m.group().equals(PART_GROUP) && m.end() == ref.end());
  }

  private static final String TIME_WORD = Phrase.bare(ArabicTextNormalizer.matchKey("مرة"));

  /**
   * True when the number at words {@code [first, after)} counts times, not editions: «لأول مرة»,
   * «للمرة الأولى» («القمة تعقد لأول مرة منذ ...» says nothing of its number).
   */
  private static boolean countsTimes(DocumentView doc, int first, int after) {
    return (after < doc.words.size() && doc.bare[after].equals(TIME_WORD))
        || (first > 0 && doc.bare[first - 1].equals(TIME_WORD));
  }

  private void applyName(SlotRule rule, Scope scope, List<Match> refs, MentionDraft draft, int rank) {
    DocumentView doc = scope.doc;
    Set<Integer> stopWords = new HashSet<>();
    Set<Integer> triggerStarts = new HashSet<>();
    for (Match m : scope.matches) {
      if (m.group().equals(rule.stop())) {
        stopWords.add(m.begin());
      } else if (!wordGroups.contains(m.group())) {
        triggerStarts.add(m.begin());
      }
    }
    Set<Integer> timeWords = new HashSet<>();
    for (PlacedTime time : doc.timesIn(scope.from, scope.to)) {
      for (int w = time.wordBegin(); w < time.wordEnd(); w++) {
        timeWords.add(w);
      }
    }
    boolean named = false;
    for (Match ref : refs) {
      int end = ref.end();
      boolean previousDefinite = isDefinite(doc, end - 1);
      while (end < scope.to && end - ref.end() < rule.window()
          && !doc.isPunctuation(end) && !stopWords.contains(end) && !triggerStarts.contains(end)
          && !timeWords.contains(end) && !isDigits(doc.full[end])) {
        int afterNumber = ordinalEnd(doc, end, scope);
        if (afterNumber > end) {
          end = afterNumber; // «المؤتمر الدولي الرابع للغة العربية», «القمة العربية الثانية والثلاثين»
          previousDefinite = true;
        } else if (doc.full[end].equals(AND_WORD) && end + 1 < scope.to && isDefinite(doc, end + 1)) {
          end++; // «و» written apart («للسينما و التلفزة») joins like the clitic
        } else if (doc.proclitics(end).equals(List.of(AND_WORD)) && isDefinite(doc, end)
            && doc.proclitics(end - 1).contains(CONJUNCTION_KEY)) {
          end++; // a second genitive after «ل» («للخضر والغلال», «للعلوم والتكنولوجيا»)
        } else if (gluedOnlyLam(doc, end)
            && !(previousDefinite && doc.proclitics(end).isEmpty() && !isDefinite(doc, end) && !isNamePart(doc, end))) {
          // After a word with the article, a word without it and without «ل» is neither its
          // adjective nor its genitive: the clause goes on («إدارة المهرجان حجبت الجوائز»), unless
          // it is a name in apposition («معرض الفنانة التشكيلية سلمى ...», «مؤتمر الأطراف COP»).
          previousDefinite = isDefinite(doc, end) || isNamePart(doc, end);
          end++;
        } else {
          break;
        }
      }
      end = quotedEnd(doc, end, scope);
      end = throughMembersBody(doc, end, scope);
      if (draft.nameYear == 0) {
        draft.nameYear = yearAfter(doc, end, scope);
      }
      if (named) {
        continue; // only a year is still looked for («... معرض الكتاب 2027»)
      }
      draft.specificName |= isSpecific(scope, ref, end);
      draft.meetingWord = true;
      if (end > ref.end() || ref.end() - ref.begin() > 1) {
        // A meeting word with words after it, or a name of several words on its own («الألعاب الأولمبية»).
        Span span = doc.span(ref.begin(), end);
        String text = doc.original(span);
        draft.offer(Slot.NAME, new SlotFiller<>(citationForm(doc, ref.begin(), text), text, span, rule.id()), rank);
        draft.nameWords = new int[] {ref.begin(), end};
        draft.nameKind = doc.bare[ref.begin()];
        named = true;
      }
    }
  }

  /**
   * The end of a name that goes on with the body or treaty its members or parties belong to
   * («مؤتمر الأطراف في اتفاقية التنوع البيولوجي»): the end of the ORG mention right after
   * «الأطراف في» or «الأعضاء في» at word {@code end}; else {@code end}.
   */
  private static int throughMembersBody(DocumentView doc, int end, Scope scope) {
    if (end < 1 || end + 1 >= scope.to || !doc.full[end].equals(IN_WORD) || !MEMBERS.contains(doc.bare[end - 1])) {
      return end;
    }
    for (PlacedEntity entity : doc.entitiesIn(end + 1, end + 2)) {
      if (entity.mention().type() == EntityType.ORG && entity.wordEnd() <= scope.to) {
        return entity.wordEnd();
      }
    }
    return end;
  }

  private static final String IN_WORD = "في";
  private static final Set<String> MEMBERS = bareKeys("الأطراف", "الأعضاء");

  /**
   * The year written right after a name ending before word {@code at} («معرض الرياض الدولي للكتاب
   * 2027», «كأس العالم 2030»): four digits from {@value #FIRST_NAME_YEAR} to {@value
   * #LAST_NAME_YEAR} not followed by a digit word or a dash (a count or a range), else 0.
   */
  private static int yearAfter(DocumentView doc, int at, Scope scope) {
    if (at >= scope.to || !isDigits(doc.full[at]) || doc.full[at].length() != 4) {
      return 0;
    }
    if (at + 1 < scope.to && (isDigits(doc.full[at + 1]) || doc.full[at + 1].equals("-"))) {
      return 0;
    }
    int year = Integer.parseInt(doc.full[at]);
    return year >= FIRST_NAME_YEAR && year <= LAST_NAME_YEAR ? year : 0;
  }

  private static final int FIRST_NAME_YEAR = 1950;
  private static final int LAST_NAME_YEAR = 2100;

  /**
   * True when a name says which meeting it is rather than referring back to one: a name of several
   * words («كأس العرب»), an indefinite meeting word with its genitive («مهرجان بابل»), or a definite
   * one with an adjective or a «ل» phrase («المؤتمر الدولي», «المهرجان الوطني للمسرح»), or an
   * indefinite meeting word alone, which introduces a meeting («تعقد ندوة حول ...»). «المؤتمر
   * إلقاء» (the meeting word and a word of the sentence) and «مؤتمرها» are references.
   */
  private static boolean isSpecific(Scope scope, Match ref, int end) {
    DocumentView doc = scope.doc;
    if (ref.end() - ref.begin() > 1) {
      return true;
    }
    if (hasEnclitic(doc, ref.begin())) {
      return false;
    }
    boolean definite = doc.stemToken(ref.begin()).form().startsWith("ال");
    if (!definite || end == ref.end()) {
      return !definite;
    }
    List<String> proclitics = doc.proclitics(ref.end());
    boolean next = doc.stemToken(ref.end()).form().startsWith("ال");
    return next && (proclitics.isEmpty() || proclitics.equals(List.of(CONJUNCTION_KEY)))
        || ordinalEnd(doc, ref.end(), scope) > ref.end();
  }

  /**
   * The name with the article the segmenter restored after «ل» put back: «للجمعية العامة» is
   * evidenced by «لجمعية العامة» but named «الجمعية العامة».
   */
  private static String citationForm(DocumentView doc, int word, String text) {
    Token stem = doc.stemToken(word);
    // «للمهرجان» split as «ل» + «لمهرجان»: the article's alef, elided after the preposition, is
    // restored (the text of an unsplit word still begins with «لل» and keeps it).
    boolean elided = !doc.alternative[word].equals(doc.bare[word]) && doc.full[word].startsWith(ELIDED_ARTICLE)
        && text.startsWith(CONJUNCTION_KEY) && !text.startsWith(Proclitics.ARTICLE) && !text.startsWith(ELIDED_ARTICLE);
    return Proclitics.restoredArticle(stem.text(), stem.form()) || elided ? "ا" + text : text;
  }

  /**
   * After a name ending before word {@code end}, the end of a quoted name that follows it
   * («لمهرجان "الواحات"», «مؤتمر «المياه والمستقبل»»): the word after the closing quote, at most
   * {@value #MAX_QUOTED_WORDS} words on; else {@code end}.
   */
  private static int quotedEnd(DocumentView doc, int end, Scope scope) {
    if (end >= scope.to || !OPENING_QUOTES.contains(doc.original(doc.span(end, end + 1)))) {
      return end;
    }
    // A straight quote after an odd number of them closes a quote the name stands in
    // («"مؤتمر الصراخ" تقدمه الفرقة»).
    int straight = 0;
    for (int k = scope.from; k < end; k++) {
      straight += doc.original(doc.span(k, k + 1)).chars().filter(c -> c == '"').count();
    }
    if (doc.original(doc.span(end, end + 1)).equals("\"") && straight % 2 == 1) {
      return end;
    }
    for (int k = end + 2; k < Math.min(scope.to, end + 2 + MAX_QUOTED_WORDS); k++) {
      if (doc.isPunctuation(k)) {
        return CLOSING_QUOTES.contains(doc.original(doc.span(k, k + 1))) ? k + 1 : end;
      }
    }
    return end;
  }

  private static final Set<String> OPENING_BRACKETS = Set.of("(", "[");
  /** The most words of a venue's name before a place in brackets. */
  private static final int MAX_VENUE_WORDS = 4;
  private static final Set<String> OPENING_QUOTES = Set.of("\"", "«", "“", "'");
  private static final Set<String> CLOSING_QUOTES = Set.of("\"", "»", "”", "'");
  private static final int MAX_QUOTED_WORDS = 6;

  private static final String ELIDED_ARTICLE = "لل";
  private static final String AND_WORD = "و";
  /** The longest entity mention looked back for, in words. */
  private static final int MAX_NAME_WORDS = 8;

  /** True when word {@code w} is written in another script or lies in an entity mention. */
  private static boolean isNamePart(DocumentView doc, int w) {
    return isForeignWord(doc, w)
        || doc.entitiesIn(Math.max(0, w - MAX_NAME_WORDS), w + 1).stream().anyMatch(e -> e.wordEnd() > w);
  }

  /**
   * True when word {@code w} has the article: its stem begins with «ال», or «لل» elided it after
   * the preposition («للمهرجان»).
   */
  private static boolean isDefinite(DocumentView doc, int w) {
    String stemKey = doc.stemToken(w).key();
    return stemKey.startsWith(Proclitics.ARTICLE) || doc.full[w].startsWith(ELIDED_ARTICLE)
        || !doc.alternative[w].equals(doc.bare[w]) && doc.alternative[w].length() > doc.bare[w].length();
  }

  /** Drops matches lying inside a longer match («المهاجرين» inside «تهريب المهاجرين»). */
  private static List<Match> longestOnly(List<Match> matches) {
    List<Match> kept = new ArrayList<>();
    for (Match m : matches) {
      boolean inside = false;
      for (Match other : matches) {
        if (other != m && other.begin() <= m.begin() && m.end() <= other.end()
            && other.end() - other.begin() > m.end() - m.begin()) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        kept.add(m);
      }
    }
    return kept;
  }

  /** The word after an ordinal number written in words that starts at {@code word}, else {@code word}. */
  private static int ordinalEnd(DocumentView doc, int word, Scope scope) {
    List<Token> tokens = doc.text.tokens();
    int first = doc.words.get(word).firstToken();
    int limit = Math.min(scope.endToken, first + 12);
    Optional<ArabicNumberWords.Match> number = ArabicNumberWords.read(tokens.subList(first, limit), 0);
    if (number.isEmpty() || !number.get().ordinal() || isDigits(doc.full[word])) {
      return word;
    }
    return tokens.get(first + number.get().endToken() - 1).word() + 1;
  }

  /**
   * True for an indefinite meeting noun right after a number that is not a year: a tally («نظمت
   * 12 مؤتمرا و30 ندوة»), not a meeting. «2025 المؤتمر» (a date's year, then the meeting) is none.
   */
  private static boolean isCounted(DocumentView doc, int word) {
    if (word == 0 || !isDigits(doc.full[word - 1]) || doc.stemToken(word).form().startsWith("ال")) {
      return false;
    }
    String number = doc.full[word - 1];
    return number.length() != 4 || Integer.parseInt(number) < FIRST_NAME_YEAR || Integer.parseInt(number) > LAST_NAME_YEAR;
  }

  /** The bare keys of {@code words}, as {@link DocumentView}'s {@code bare} holds them (no article). */
  private static Set<String> bareKeys(String... words) {
    Set<String> keys = new HashSet<>();
    for (String word : words) {
      keys.add(Phrase.bare(ArabicTextNormalizer.matchKey(word)));
    }
    return Set.copyOf(keys);
  }

  private static boolean isDigits(String key) {
    return !key.isEmpty() && key.chars().allMatch(Character::isDigit);
  }

  /** True when the word has no proclitic, or only «ل» (which joins a name: «معرض القاهرة للكتاب»). */
  private static boolean gluedOnlyLam(DocumentView doc, int word) {
    List<String> proclitics = doc.proclitics(word);
    return proclitics.isEmpty() || (proclitics.size() == 1 && proclitics.get(0).equals(CONJUNCTION_KEY));
  }

  private void applyTopics(SlotRule rule, Scope scope, List<Match> refs, MentionDraft draft) {
    DocumentView doc = scope.doc;
    if (rule.topic() != null) {
      // The kind of meeting says what it is about only when nothing else in the sentence does.
      if (draft.topics.isEmpty() && draft.nameWords != null) {
        for (Match ref : refs) {
          if (ref.begin() == draft.nameWords[0]) {
            Span span = doc.span(ref.begin(), ref.end());
            draft.topics.add(new SlotFiller<>(rule.topic(), doc.original(span), span, rule.id()));
            return;
          }
        }
      }
      return;
    }
    if (rule.withinName() && draft.nameWords == null) {
      return;
    }
    List<Match> found = longestOnly(topics.find(doc, scope.from, scope.to));
    for (Match topic : found) {
      if (rule.withinName()
          ? topic.begin() < draft.nameWords[0] || topic.begin() >= draft.nameWords[1]
          : nearest(rule, refs, topic.begin(), topic.end(), scope) < 0) {
        continue;
      }
      Span span = doc.span(topic.begin(), topic.end());
      draft.topics.add(new SlotFiller<>(topic.group(), doc.original(span), span, rule.id()));
    }
  }
}
