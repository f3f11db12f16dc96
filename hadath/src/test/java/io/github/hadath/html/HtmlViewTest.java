package io.github.hadath.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.Analysis;
import io.github.hadath.Pipelines;
import io.github.hadath.event.Event;
import io.github.hadath.ner.EntityMention;
import io.github.hadath.ner.EntityType;
import io.github.hadath.ner.Link;
import io.github.hadath.text.Span;
import io.github.hadath.time.Granularity;
import io.github.hadath.time.TimeExpression;
import io.github.hadath.time.TimexType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class HtmlViewTest {

  private static final String HOSTED =
      "تحتضن مدينة مراكش المغربية الدورة 93 للجمعية العامة للأنتربول ما بين 24 و27 نوفمبر 2025"
          + " بمشاركة وفود من فرنسا وألمانيا.";
  private static final String MIXED =
      "قال الأمين العام لمنظمة الأمم المتحدة أنطونيو غوتيريش في نيويورك يوم 3 مارس 2024 إن"
          + " منظمة (WHO) ستعقد اجتماعا في جنيف.";

  private static Document render(List<HtmlView.Section> sections) {
    return Jsoup.parse(HtmlView.toHtml(sections));
  }

  private static Document render(Analysis analysis) {
    return render(List.of(HtmlView.Section.of("doc", analysis)));
  }

  /**
   * Every entity is one {@code ent} element with its span's text and offsets, every time
   * expression's parts join to its text, and the text element's content is the original text.
   */
  private static void assertShows(Element section, Analysis analysis) {
    Element text = section.selectFirst(".text");
    assertThat(text).isNotNull();
    assertThat(text.wholeText()).isEqualTo(analysis.text());

    Elements ents = text.select(".ent");
    List<String> shown = new ArrayList<>();
    for (Element ent : ents) {
      assertThat(ent.tagName()).isEqualTo("bdi");
      assertThat(ent.hasAttr("data-part")).as("entities are never cut").isFalse();
      shown.add(ent.attr("data-type") + " " + ent.attr("data-begin") + " " + ent.attr("data-end") + " " + ent.wholeText());
    }
    List<String> expected = new ArrayList<>();
    for (EntityMention mention : analysis.entities()) {
      expected.add(mention.type() + " " + mention.span().begin() + " " + mention.span().end() + " " + mention.text());
    }
    assertThat(shown).isEqualTo(expected);

    Map<String, StringBuilder> timexTexts = new TreeMap<>();
    for (Element timex : text.select(".timex")) {
      timexTexts.computeIfAbsent(timex.attr("data-begin") + "-" + timex.attr("data-end") + " " + timex.attr("data-value"),
          key -> new StringBuilder()).append(timex.wholeText());
    }
    Map<String, String> expectedTimexes = new TreeMap<>();
    for (TimeExpression timex : analysis.timexes()) {
      expectedTimexes.put(timex.span().begin() + "-" + timex.span().end() + " " + timex.value(), timex.text());
    }
    Map<String, String> joined = new TreeMap<>();
    timexTexts.forEach((key, value) -> joined.put(key, value.toString()));
    assertThat(joined).isEqualTo(expectedTimexes);

    assertThat(section.select(".event")).hasSize(analysis.events().size());
  }

  @Test
  void everyEntityAndTimeExpressionOfThePipelineIsMarkedWithItsSpan() {
    Analysis analysis = Pipelines.hadath().analyze(MIXED, LocalDate.of(2024, 3, 4));
    assertThat(analysis.entities()).hasSizeGreaterThanOrEqualTo(3);
    assertThat(analysis.timexes()).isNotEmpty();

    Document page = render(analysis);

    assertShows(page.selectFirst("section.document"), analysis);
  }

  @Test
  void linkedEntityShowsItsIdAndCanonicalNameOnHover() {
    Analysis analysis = Pipelines.hadath().analyze(HOSTED, LocalDate.of(2025, 11, 20));
    EntityMention linked = analysis.entities().stream().filter(m -> m.link() != null).findFirst().orElseThrow();

    Element ent = render(analysis).selectFirst(".ent[data-begin=" + linked.span().begin() + "]");

    assertThat(ent.attr("data-id")).isEqualTo(linked.link().id());
    assertThat(ent.attr("data-name")).isEqualTo(linked.link().name());
    assertThat(ent.attr("title")).contains(linked.link().id()).contains(linked.link().name());
  }

  @Test
  void everyEventHasACardWhoseFieldsPointAtTheirEvidence() {
    Analysis analysis = Pipelines.hadath().analyze(HOSTED, LocalDate.of(2025, 11, 20));
    assertThat(analysis.events()).isNotEmpty();
    Document page = render(analysis);

    Elements cards = page.select("section.document .event");
    assertShows(page.selectFirst("section.document"), analysis);
    for (int i = 0; i < cards.size(); i++) {
      Event event = analysis.events().get(i);
      Element card = cards.get(i);
      assertThat(card.attr("data-type")).isEqualTo(event.type());
      assertThat(card.select("dt").eachText()).containsExactly(
          "name", "organization", "hostCountry", "city", "startDate", "endDate", "edition",
          "participants", "topics", "mentions");
      if (event.city() != null) {
        Element city = card.selectFirst(".field[data-field=city]");
        assertThat(city.attr("data-begin")).isEqualTo(Integer.toString(event.city().span().begin()));
        assertThat(city.attr("data-end")).isEqualTo(Integer.toString(event.city().span().end()));
        assertThat(city.text()).contains(event.city().value().name()).contains(event.city().text());
      }
      assertThat(card.select(".field[data-field=mentions]")).hasSize(event.mentions().size());
      for (Element field : card.select(".field")) {
        int begin = Integer.parseInt(field.attr("data-begin"));
        int end = Integer.parseInt(field.attr("data-end"));
        assertThat(field.text()).contains(HOSTED.substring(begin, end));
      }
    }
  }

  @Test
  void pageIsRightToLeftArabicAndSelfContained() {
    String html = HtmlView.toHtml(List.of(HtmlView.Section.of("doc", Pipelines.hadath().analyze(HOSTED))));
    Document page = Jsoup.parse(html);

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("ar");
    assertThat(page.selectFirst("html").attr("dir")).isEqualTo("rtl");
    assertThat(page.select("script[src], link, img, iframe, object, embed")).isEmpty();
    assertThat(html).doesNotContain("url(").doesNotContain("@import").doesNotContain("http://")
        .doesNotContain("https://");
    assertThat(page.select("style")).hasSize(1);
    assertThat(page.select("script")).hasSize(1);
    assertThat(page.select(".legend li")).extracting(Element::text)
        .anyMatch(item -> item.startsWith("PERS")).anyMatch(item -> item.startsWith("LOC"))
        .anyMatch(item -> item.startsWith("ORG")).anyMatch(item -> item.startsWith("MISC"));
  }

  @Test
  void textAndAttributesAreEscaped() {
    String text = "<script>alert(1)</script> & \"منظمة\" 'x' <b>";
    int begin = text.indexOf("منظمة");
    Link link = new Link(Link.Kind.ORGANIZATION, "Q1\"><img src=x>", "A & B <i>", null);
    EntityMention mention = new EntityMention(EntityType.ORG, "منظمة", Span.of(begin, begin + 5), link, "gazetteer");
    Analysis analysis = analysis(text, List.of(mention), List.of());

    Document page = render(List.of(HtmlView.Section.of("<title> & \"t\"", analysis)));

    assertThat(page.select("section script, section b, section img, section i")).isEmpty();
    assertShows(page.selectFirst("section.document"), analysis);
    Element ent = page.selectFirst(".ent");
    assertThat(ent.attr("data-id")).isEqualTo("Q1\"><img src=x>");
    assertThat(ent.attr("data-name")).isEqualTo("A & B <i>");
    assertThat(page.selectFirst("section h2").text()).isEqualTo("<title> & \"t\"");
    assertThat(page.selectFirst("section").attr("data-title")).isEqualTo("<title> & \"t\"");
  }

  @Test
  void carriageReturnsSurviveSoOffsetsStayRight() {
    String text = "الرباط\r\nمراكش";
    int begin = text.indexOf("مراكش");
    EntityMention mention = new EntityMention(EntityType.LOC, "مراكش", Span.of(begin, begin + 5), null, "crf");
    Analysis analysis = analysis(text, List.of(mention), List.of());

    assertShows(render(analysis).selectFirst("section.document"), analysis);
  }

  @Test
  void twoDocumentsGiveTwoSectionsInOrderAndAFailureGetsItsOwn() {
    Analysis first = Pipelines.hadath().analyze(HOSTED);
    Analysis second = Pipelines.hadath().analyze(MIXED);

    Document page = render(List.of(
        HtmlView.Section.of("a.txt", first),
        HtmlView.Section.failed("bad.txt", "bad.txt: not valid UTF-8"),
        HtmlView.Section.of("b.txt", second)));

    Elements sections = page.select("section.document");
    assertThat(sections).extracting(section -> section.attr("data-title")).containsExactly("a.txt", "bad.txt", "b.txt");
    assertShows(sections.get(0), first);
    assertThat(sections.get(1).select(".text")).isEmpty();
    assertThat(sections.get(1).selectFirst(".failure").text()).isEqualTo("bad.txt: not valid UTF-8");
    assertShows(sections.get(2), second);
  }

  @Test
  void timeExpressionInsideAnEntityNestsInIt() {
    String text = "افتتح مهرجان 2024 للسينما أمس";
    Span festival = Span.of(text.indexOf("مهرجان"), text.indexOf(" أمس"));
    Span year = Span.of(text.indexOf("2024"), text.indexOf("2024") + 4);
    Analysis analysis = analysis(text,
        List.of(new EntityMention(EntityType.MISC, festival.coveredText(text), festival, null, "crf")),
        List.of(timex(text, year, "2024")));

    Document page = render(analysis);

    assertShows(page.selectFirst("section.document"), analysis);
    Element timex = page.selectFirst(".timex");
    assertThat(timex.parent().hasClass("ent")).isTrue();
    assertThat(timex.hasAttr("data-part")).isFalse();
  }

  @Test
  void entityInsideATimeExpressionNestsInIt() {
    String text = "منذ حرب أكتوبر 1973 تغير الكثير";
    Span expression = Span.of(text.indexOf("حرب"), text.indexOf(" تغير"));
    Span war = Span.of(text.indexOf("حرب"), text.indexOf(" 1973"));
    Analysis analysis = analysis(text,
        List.of(new EntityMention(EntityType.MISC, war.coveredText(text), war, null, "crf")),
        List.of(timex(text, expression, "1973-10")));

    Document page = render(analysis);

    assertShows(page.selectFirst("section.document"), analysis);
    assertThat(page.selectFirst(".ent").parent().hasClass("timex")).isTrue();
  }

  @Test
  void crossingTimeExpressionIsCutAtTheEntityBoundary() {
    String text = "وصل إلى دبي 2025 للمشاركة";
    Span entity = Span.of(text.indexOf("دبي"), text.indexOf("دبي") + 8); // «دبي 2025»
    Span date = Span.of(text.indexOf("2025"), text.indexOf(" للمشاركة") + 4); // «2025 للم»
    Analysis analysis = analysis(text,
        List.of(new EntityMention(EntityType.LOC, entity.coveredText(text), entity, null, "crf")),
        List.of(timex(text, date, "2025")));

    Document page = render(analysis);

    assertShows(page.selectFirst("section.document"), analysis);
    Elements parts = page.select(".timex");
    assertThat(parts).extracting(part -> part.attr("data-part")).containsExactly("1/2", "2/2");
    assertThat(parts.get(0).parent().hasClass("ent")).isTrue();
    assertThat(parts).extracting(Element::wholeText).containsExactly("2025", " للم");
  }

  @Test
  void spanStartingWithADigitOrALatinLetterIsIsolatedAndArabicLettersOnlyAreNot() {
    String text = "وصل وفد WHO Europe إلى للأنتربول يوم 3 مارس وفي ٢٤ نونبر";
    Span latin = Span.of(text.indexOf("WHO"), text.indexOf(" إلى"));
    Span arabic = Span.of(text.indexOf("لأنتربول"), text.indexOf(" يوم"));
    Span digits = Span.of(text.indexOf("3 مارس"), text.indexOf(" وفي"));
    Span indic = Span.of(text.indexOf("٢٤"), text.length());
    Analysis analysis = analysis(text,
        List.of(new EntityMention(EntityType.ORG, latin.coveredText(text), latin, null, "crf"),
            new EntityMention(EntityType.ORG, arabic.coveredText(text), arabic, null, "gazetteer")),
        List.of(timex(text, digits, "2025-03-03"), timex(text, indic, "2025-11-24")));

    Document page = render(analysis);

    assertShows(page.selectFirst("section.document"), analysis);
    assertThat(page.select(".text bdi")).extracting(Element::className)
        .containsExactly("ent", "ent arabic", "timex", "timex");
  }

  @Test
  void arabicOnlyMeansRightToLeftLettersWithSpacesAndMarksBetween() {
    assertThat(HtmlView.arabicOnly(Span.of(0, 13), "الأمم المتحدة")).isTrue();
    assertThat(HtmlView.arabicOnly(Span.of(0, 6), "مُراكش")).isTrue();
    assertThat(HtmlView.arabicOnly(Span.of(0, 9), "الدورة 93")).isFalse();
    assertThat(HtmlView.arabicOnly(Span.of(0, 7), "(مراكش)")).isFalse();
    assertThat(HtmlView.arabicOnly(Span.of(0, 3), "WHO")).isFalse();
  }

  @Test
  void noSectionsIsAnError() {
    assertThatThrownBy(() -> HtmlView.toHtml(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("sections is empty");
  }

  @Test
  void sectionNeedsExactlyOneOfAnalysisAndFailure() {
    assertThatThrownBy(() -> new HtmlView.Section("t", null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exactly one");
  }

  private static Analysis analysis(String text, List<EntityMention> entities, List<TimeExpression> timexes) {
    return new Analysis(text, null, List.of(), List.of(), List.of(), entities, timexes, List.<Event>of());
  }

  private static TimeExpression timex(String text, Span span, String value) {
    return new TimeExpression(span.coveredText(text), span, TimexType.DATE, value,
        LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), Granularity.YEAR);
  }
}
