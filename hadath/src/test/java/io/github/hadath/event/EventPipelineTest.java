package io.github.hadath.event;

import static io.github.hadath.event.TemplateEventExtractorTest.assertEvidence;
import static io.github.hadath.event.TemplateEventExtractorTest.bundledExample;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Analysis;
import io.github.hadath.Pipelines;
import io.github.hadath.WellFormed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Events from the whole default pipeline: tokenizer, gazetteer, time reader and templates. */
class EventPipelineTest {

  @Test
  void startAndEndFromTwoLevantineDatesAroundAVerb() {
    String text = "يُفتتح المعرض في بيروت يوم 3 تشرين 2 ويستمر حتى 5 كانون 1 2024";
    Analysis analysis = Pipelines.hadath().analyze(text, LocalDate.of(2024, 6, 1));
    WellFormed.assertWellFormed(analysis);

    assertThat(analysis.events()).hasSize(1);
    Event event = analysis.events().get(0);
    assertThat(event.city().value().name()).isEqualTo("Beirut");
    assertThat(event.hostCountry().value().id()).isEqualTo("LB");
    assertThat(event.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2024, 11, 3)));
    assertThat(event.endDate().value()).isEqualTo(EventDate.of(LocalDate.of(2024, 12, 5)));
    assertThat(event.endDate().text()).isEqualTo("5 كانون 1 2024");
  }

  @Test
  void bundledExampleYieldsOneEventWithEveryField() throws IOException {
    String text = bundledExample();
    Analysis analysis = Pipelines.hadath().analyze(text);
    WellFormed.assertWellFormed(analysis);

    assertThat(analysis.events()).hasSize(1);
    Event event = analysis.events().get(0);
    assertThat(event.type()).isEqualTo("hosted_meeting");

    assertThat(event.organization().value().name()).isEqualTo("INTERPOL");
    // «للأنتربول» is «ل» + «الأنتربول» with the article's alef elided: the span starts after «ل».
    assertEvidence(text, event.organization(), "لأنتربول");
    assertThat(event.organization().span().begin()).isEqualTo(text.indexOf("للأنتربول") + 1);
    assertThat(event.organization().template()).isEqualTo("hosted_meeting#organization.1");

    assertThat(event.hostCountry().value().id()).isEqualTo("MA");
    assertEvidence(text, event.hostCountry(), "المملكة المغربية");
    assertThat(event.hostCountry().span().begin()).isEqualTo(text.indexOf("تحتضن المملكة المغربية") + "تحتضن ".length());

    assertThat(event.city().value().id()).isEqualTo("2542997");
    assertEvidence(text, event.city(), "مراكش");
    assertThat(event.city().span().begin()).isEqualTo(text.indexOf("بمدينة مراكش") + "بمدينة ".length());
    assertThat(event.city().span().begin()).isNotEqualTo(text.indexOf("الرباط"));

    assertThat(event.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2025, 11, 24)));
    assertThat(event.endDate().value()).isEqualTo(EventDate.of(LocalDate.of(2025, 11, 27)));
    assertThat(event.startDate().text()).endsWith("٢٤ و٢٧ نونبر");
    assertEvidence(text, event.startDate(), event.startDate().text());
    assertThat(event.endDate().span()).isEqualTo(event.startDate().span());

    assertThat(event.edition().value()).isEqualTo(93);
    assertEvidence(text, event.edition(), "الدورة 93");
    assertThat(event.edition().span().begin()).isEqualTo(text.indexOf("الدورة 93"));

    assertThat(event.name().value()).isEqualTo("الجمعية العامة لمنظمة الأنتربول");
    assertEvidence(text, event.name(), "لجمعية العامة لمنظمة الأنتربول");

    assertThat(event.topics()).extracting(SlotFiller::value).containsExactly("cybercrime", "women_in_policing");
    assertEvidence(text, event.topics().get(0), "الجريمة الإلكترونية");
    assertEvidence(text, event.topics().get(1), "المرأة في العمل الشرطي");
    assertThat(event.participants()).extracting(p -> p.value().name()).doesNotContain("INTERPOL");
    for (var mention : event.mentions()) {
      assertThat(mention.length()).isPositive();
    }
  }

  @Test
  void realArticleYieldsTheOneInterpolEvent() throws IOException {
    String shared = System.getProperty("hadath.sharedDir");
    Path article = shared == null ? null : Path.of(shared, "articles", "interpol-marrakech-2025.txt");
    Assumptions.assumeTrue(article != null && Files.isRegularFile(article), "shared article absent");
    String text = Files.readString(article, StandardCharsets.UTF_8);
    Analysis analysis = Pipelines.hadath().analyze(text);
    WellFormed.assertWellFormed(analysis);

    List<Event> events = analysis.events();
    assertThat(events).hasSize(1);
    Event event = events.get(0);
    assertThat(event.organization().value().name()).isEqualTo("INTERPOL");
    assertThat(event.hostCountry().value().id()).isEqualTo("MA");
    assertEvidence(text, event.hostCountry(), "المغرب");
    assertThat(event.city().value().id()).isEqualTo("2542997");
    assertEvidence(text, event.city(), "مراكش");
    assertThat(event.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2025, 11, 24)));
    assertThat(event.endDate().value()).isEqualTo(EventDate.of(LocalDate.of(2025, 11, 27)));
    assertThat(event.edition().value()).isEqualTo(93);
    assertThat(event.topics()).extracting(SlotFiller::value).contains("cybercrime", "women_in_policing");
    assertEvidence(text, event.topics().get(0), "الإجرام السيبراني");
  }

  @Test
  void publicationDateGivesTheYear() {
    String text = "تحتضن مدينة جدة يوم 19 مايو القمة العربية الثانية والثلاثين.";
    Analysis analysis = Pipelines.hadath().analyze(text, LocalDate.of(2023, 5, 10));
    WellFormed.assertWellFormed(analysis);
    Event event = analysis.events().get(0);
    assertThat(event.city().value().id()).isEqualTo("105343");
    assertThat(event.hostCountry().value().id()).isEqualTo("SA");
    assertThat(event.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2023, 5, 19)));
    assertThat(event.edition().value()).isEqualTo(32);
  }
}
