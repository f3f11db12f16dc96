package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import io.github.hadath.Analysis;
import io.github.hadath.event.Event;
import io.github.hadath.event.EventDate;
import io.github.hadath.event.Organizer;
import io.github.hadath.event.SlotFiller;
import io.github.hadath.ner.EntityMention;
import io.github.hadath.ner.EntityType;
import io.github.hadath.ner.Link;
import io.github.hadath.text.Span;
import io.github.hadath.time.Granularity;
import io.github.hadath.time.TimeExpression;
import io.github.hadath.time.TimexType;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON record of docs/cli.md, field by field, on a hand-built analysis. */
class AnalysisJsonTest {

  private static final String TEXT = "تحتضن مراكش الدورة 93 للجمعية العامة للأنتربول ما بين 24 و27 نونبر";
  private static final Link MARRAKESH = new Link(Link.Kind.CITY, "2542997", "Marrakesh", "MA");
  private static final Link MOROCCO = new Link(Link.Kind.COUNTRY, "MA", "Morocco", "MA");
  private static final Link INTERPOL = new Link(Link.Kind.ORGANIZATION, "Q8475", "INTERPOL", null);

  private static <T> SlotFiller<T> filler(T value, int begin, int end, String template) {
    return new SlotFiller<>(value, TEXT.substring(begin, end), Span.of(begin, end), template);
  }

  private static Analysis analysis() {
    EntityMention city = new EntityMention(EntityType.LOC, "مراكش", Span.of(6, 11), MARRAKESH, "gazetteer");
    EntityMention unlinked = new EntityMention(EntityType.PERS, "الدورة", Span.of(12, 18), null, "crf");
    TimeExpression range =
        new TimeExpression("24 و27 نونبر", Span.of(54, 66), TimexType.DATE, "2025-11-24/2025-11-27",
            LocalDate.of(2025, 11, 24), LocalDate.of(2025, 11, 27), Granularity.DAY);
    Event event =
        new Event(
            "hosted_meeting",
            List.of(Span.of(0, 5)),
            null,
            filler(Organizer.linked(INTERPOL), 38, 46, "t1"),
            filler(MOROCCO, 6, 11, "t1"),
            filler(MARRAKESH, 6, 11, "t1"),
            filler(EventDate.of(LocalDate.of(2025, 11, 24)), 54, 66, "t1"),
            filler(EventDate.of(LocalDate.of(2025, 11, 27)), 54, 66, "t1"),
            filler(93, 12, 21, "edition"),
            List.of(),
            List.of(filler("security", 38, 46, "topics")));
    return new Analysis(TEXT, LocalDate.of(2025, 11, 25), List.of(), List.of(), List.of(),
        List.of(city, unlinked), List.of(range), List.of(event));
  }

  @Test
  void documentRecordHasEveryDocumentedField() {
    JsonNode record = AnalysisJson.document("a.txt", null, analysis());

    assertThat(record.get("source").asText()).isEqualTo("a.txt");
    assertThat(record.has("id")).isFalse();
    assertThat(record.get("documentDate").asText()).isEqualTo("2025-11-25");
    JsonNode city = record.at("/entities/0");
    assertThat(city.get("type").asText()).isEqualTo("LOC");
    assertThat(city.get("text").asText()).isEqualTo("مراكش");
    assertThat(city.get("begin").asInt()).isEqualTo(6);
    assertThat(city.get("end").asInt()).isEqualTo(11);
    assertThat(city.get("id").asText()).isEqualTo("2542997");
    assertThat(city.get("kind").asText()).isEqualTo("CITY");
    assertThat(city.get("name").asText()).isEqualTo("Marrakesh");
    assertThat(city.get("countryCode").asText()).isEqualTo("MA");
    assertThat(city.get("source").asText()).isEqualTo("gazetteer");
    assertThat(record.at("/entities/1/id").isNull()).isTrue();
    JsonNode timex = record.at("/timexes/0");
    assertThat(timex.get("value").asText()).isEqualTo("2025-11-24/2025-11-27");
    assertThat(timex.get("type").asText()).isEqualTo("DATE");
    assertThat(timex.get("begin").asInt()).isEqualTo(54);
    assertThat(timex.get("beginDate").asText()).isEqualTo("2025-11-24");
    assertThat(timex.get("endDate").asText()).isEqualTo("2025-11-27");
  }

  @Test
  void eventCarriesPlainValuesAndTheEvidenceOfEach() {
    JsonNode event = AnalysisJson.document("a.txt", null, analysis()).at("/events/0");

    assertThat(event.get("type").asText()).isEqualTo("hosted_meeting");
    assertThat(event.get("name").isNull()).isTrue();
    assertThat(event.at("/organization/id").asText()).isEqualTo("Q8475");
    assertThat(event.at("/organization/name").asText()).isEqualTo("INTERPOL");
    assertThat(event.at("/organization/text").asText()).isEqualTo("لأنتربول");
    assertThat(event.at("/organization/begin").asInt()).isEqualTo(38);
    assertThat(event.at("/hostCountry/id").asText()).isEqualTo("MA");
    assertThat(event.at("/city/id").asText()).isEqualTo("2542997");
    assertThat(event.get("startDate").asText()).isEqualTo("2025-11-24");
    assertThat(event.get("endDate").asText()).isEqualTo("2025-11-27");
    assertThat(event.get("edition").asInt()).isEqualTo(93);
    assertThat(event.get("topics")).containsExactly(com.fasterxml.jackson.databind.node.TextNode.valueOf("security"));
    assertThat(event.at("/mentions/0/end").asInt()).isEqualTo(5);
    assertThat(event.at("/evidence/name").isNull()).isTrue();
    assertThat(event.at("/evidence/edition/text").asText()).isEqualTo("الدورة 93");
    assertThat(event.at("/evidence/edition/begin").asInt()).isEqualTo(12);
    assertThat(event.at("/evidence/edition/end").asInt()).isEqualTo(21);
    assertThat(event.at("/evidence/edition/template").asText()).isEqualTo("edition");
    assertThat(event.at("/evidence/startDate/text").asText()).isEqualTo("24 و27 نونبر");
    assertThat(event.at("/evidence/topics/0/id").asText()).isEqualTo("security");
    assertThat(event.at("/evidence/topics/0/begin").asInt()).isEqualTo(38);
  }

  @Test
  void errorRecordCarriesTypeMessageOffsetAndId() {
    DocumentFailure failure =
        new DocumentFailure(DocumentFailure.Type.INVALID_UTF8, "x.jsonl:3: invalid UTF-8 at byte offset 70", 70, null);

    JsonNode record = AnalysisJson.error("x.jsonl:3", IntNode.valueOf(3), failure);

    assertThat(record.get("source").asText()).isEqualTo("x.jsonl:3");
    assertThat(record.get("id").asInt()).isEqualTo(3);
    assertThat(record.at("/error/type").asText()).isEqualTo("invalid-utf8");
    assertThat(record.at("/error/byteOffset").asLong()).isEqualTo(70);
    assertThat(record.has("entities")).isFalse();
  }

  @Test
  void yearlessDatesAndUnlinkedOrganizerInTheJson() {
    String text = "تنظم وزارة الشباب والرياضة بطولة الألعاب الشاطئية في مدينة أكادير من 3 إلى 5 يوليو.";
    JsonNode event = AnalysisJson.document("b.txt", null, io.github.hadath.Pipelines.hadath().analyze(text)).at("/events/0");

    assertThat(event.get("startDate").asText()).isEqualTo("XXXX-07-03");
    assertThat(event.get("endDate").asText()).isEqualTo("XXXX-07-05");
    assertThat(event.at("/organization/id").isNull()).isTrue();
    assertThat(event.at("/organization/name").asText()).isEqualTo("وزارة الشباب والرياضة");
    assertThat(event.at("/organization/text").asText()).isEqualTo("وزارة الشباب والرياضة");
  }
}
