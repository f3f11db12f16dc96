package io.github.hadath.event;

import io.github.hadath.Pipelines;
import io.github.hadath.ner.EntityMention;
import io.github.hadath.ner.EntityType;
import io.github.hadath.ner.Link;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.Span;
import io.github.hadath.time.Granularity;
import io.github.hadath.time.TimeAnalysis;
import io.github.hadath.time.TimeExpression;
import io.github.hadath.time.TimexType;
import io.github.hadath.tokenize.Token;
import io.github.hadath.tokenize.TokenizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the event extractor's inputs by hand on real tokenizer output: entity mentions from a small
 * name list (matched on token keys, as a gazetteer would) and time expressions at given surfaces.
 */
final class HandInputs {

  static final Link MOROCCO = new Link(Link.Kind.COUNTRY, "MA", "Morocco", "MA");
  static final Link SAUDI_ARABIA = new Link(Link.Kind.COUNTRY, "SA", "Saudi Arabia", "SA");
  static final Link FRANCE = new Link(Link.Kind.COUNTRY, "FR", "France", "FR");
  static final Link EGYPT = new Link(Link.Kind.COUNTRY, "EG", "Egypt", "EG");
  static final Link MARRAKESH = new Link(Link.Kind.CITY, "2542997", "Marrakesh", "MA");
  static final Link RABAT = new Link(Link.Kind.CITY, "2538475", "Rabat", "MA");
  static final Link JEDDAH = new Link(Link.Kind.CITY, "105343", "Jeddah", "SA");
  static final Link CAIRO = new Link(Link.Kind.CITY, "360630", "Cairo", "EG");
  static final Link INTERPOL = new Link(Link.Kind.ORGANIZATION, "Q8025", "INTERPOL", null);
  static final Link ARAB_LEAGUE = new Link(Link.Kind.ORGANIZATION, "Q7172", "Arab League", null);

  private static final Map<String, Link> NAMES = new LinkedHashMap<>();

  static {
    NAMES.put("المغرب", MOROCCO);
    NAMES.put("المملكة المغربية", MOROCCO);
    NAMES.put("السعودية", SAUDI_ARABIA);
    NAMES.put("فرنسا", FRANCE);
    NAMES.put("مصر", EGYPT);
    NAMES.put("شرم الشيخ", new Link(Link.Kind.CITY, "349340", "Sharm el-Sheikh", "EG"));
    NAMES.put("مراكش", MARRAKESH);
    NAMES.put("الرباط", RABAT);
    NAMES.put("جدة", JEDDAH);
    NAMES.put("القاهرة", CAIRO);
    NAMES.put("الأنتربول", INTERPOL);
    NAMES.put("منظمة الأنتربول", INTERPOL);
    NAMES.put("المنظمة الدولية ل الشرطة الجنائية", INTERPOL);
    NAMES.put("جامعة الدول العربية", ARAB_LEAGUE);
  }

  private final TokenizedText text;
  private final List<TimeExpression> times = new ArrayList<>();
  private LocalDate documentDate;
  private Span datelineSpan;
  private final List<EntityMention> extra = new ArrayList<>();

  HandInputs(String text) {
    this.text = Pipelines.tokenizer().tokenize(new ArabicTextNormalizer().normalize(text));
  }

  TokenizedText text() {
    return text;
  }

  /** Adds a day or a range of days at the first occurrence of {@code surface}. */
  HandInputs date(String surface, LocalDate begin, LocalDate end) {
    int at = text.original().indexOf(surface);
    if (at < 0) {
      throw new IllegalArgumentException("not in text: " + surface);
    }
    String value = begin.equals(end) ? begin.toString() : begin + "/" + end;
    times.add(new TimeExpression(surface, Span.of(at, at + surface.length()), TimexType.DATE, value, begin, end, Granularity.DAY));
    times.sort((a, b) -> a.span().compareTo(b.span()));
    return this;
  }

  /** Adds a duration («ثلاثة أيام», TIMEX3 value «P3D») at the first occurrence of {@code surface}. */
  HandInputs duration(String surface, String value) {
    int at = text.original().indexOf(surface);
    times.add(new TimeExpression(surface, Span.of(at, at + surface.length()), TimexType.DURATION, value, null, null, Granularity.DAY));
    times.sort((a, b) -> a.span().compareTo(b.span()));
    return this;
  }

  /** Adds an unlinked ORG mention at the first occurrence of {@code surface}, as {@code source} found it. */
  HandInputs unlinkedOrganization(String surface, String source) {
    int at = text.original().indexOf(surface);
    if (at < 0) {
      throw new IllegalArgumentException("not in text: " + surface);
    }
    extra.add(new EntityMention(EntityType.ORG, surface, Span.of(at, at + surface.length()), null, source));
    return this;
  }

  /** Marks the first occurrence of {@code surface} as the dateline giving the document date. */
  HandInputs dateline(String surface, LocalDate date) {
    date(surface, date, date);
    documentDate = date;
    int at = text.original().indexOf(surface);
    datelineSpan = Span.of(at, at + surface.length());
    return this;
  }

  TimeAnalysis times() {
    return new TimeAnalysis(documentDate, datelineSpan, times);
  }

  /** Mentions of the names above, longest first, matched on token keys and never starting at a clitic. */
  List<EntityMention> entities() {
    List<Token> tokens = text.tokens();
    List<EntityMention> mentions = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      int bestEnd = -1;
      Link best = null;
      if (!tokens.get(i).isClitic()) {
        for (Map.Entry<String, Link> name : NAMES.entrySet()) {
          List<String> keys = Arrays.stream(name.getKey().split(" ")).map(ArabicTextNormalizer::matchKey).toList();
          int end = i + keys.size();
          if (end <= tokens.size() && end > bestEnd
              && keys.equals(tokens.subList(i, end).stream().map(Token::key).toList())) {
            bestEnd = end;
            best = name.getValue();
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      Span span = Span.of(tokens.get(i).span().begin(), tokens.get(bestEnd - 1).span().end());
      EntityType type = best.kind() == Link.Kind.ORGANIZATION ? EntityType.ORG : EntityType.LOC;
      mentions.add(new EntityMention(type, span.coveredText(text.original()), span, best, "test"));
      i = bestEnd;
    }
    mentions.addAll(extra);
    mentions.sort((a, b) -> a.span().compareTo(b.span()));
    return mentions;
  }

  List<Event> extract(TemplateEventExtractor extractor) {
    return extractor.extract(text, entities(), times());
  }
}
