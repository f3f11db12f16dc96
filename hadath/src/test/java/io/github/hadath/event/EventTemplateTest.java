package io.github.hadath.event;

import static io.github.hadath.event.HandInputs.RABAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.Analysis;
import io.github.hadath.Hadath;
import io.github.hadath.Pipelines;
import io.github.hadath.WellFormed;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template and taxonomy file formats, and user templates adding event types. */
class EventTemplateTest {

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static Path signingTemplate() throws URISyntaxException {
    return Path.of(EventTemplateTest.class.getResource("agreement_signing.template").toURI());
  }

  @Test
  void bundledTemplateReads() {
    EventTemplate template = TemplateEventExtractor.bundledTemplates().get(0);
    assertThat(template.type()).isEqualTo("hosted_meeting");
    assertThat(template.start()).containsExactlyInAnyOrder("named_meeting", "edition_meeting", "numbered_meeting");
    assertThat(template.startWithEdition()).containsExactly("numbered_meeting");
    assertThat(template.rules()).extracting(SlotRule::id).contains("hosted_meeting#city.1", "hosted_meeting#hostCountry.3");
  }

  @Test
  void unknownKeyFailsWithFileAndLine() throws IOException {
    Path file = write("bad.template", "type = x\n# comment\ntriger.a = عقد\n");
    assertThatThrownBy(() -> EventTemplate.read(file))
        .isInstanceOf(TemplateFormatException.class)
        .hasMessageContaining(file.toString() + ":3")
        .hasMessageContaining("triger.a");
  }

  @Test
  void unknownConstraintFailsWithFileAndLine() throws IOException {
    Path file = write("bad.template", "type = x\ntrigger.a = قمة\nstart = a\nslot.city = link:CITY near:a posititon:after\n");
    assertThatThrownBy(() -> EventTemplate.read(file))
        .isInstanceOf(TemplateFormatException.class)
        .hasMessageContaining(":4")
        .hasMessageContaining("posititon");
  }

  @Test
  void unknownGroupFails() throws IOException {
    Path file = write("bad.template", "type = x\ntrigger.a = قمة\nstart = a\nslot.city = link:CITY near:b\n");
    assertThatThrownBy(() -> EventTemplate.read(file)).hasMessageContaining(":4").hasMessageContaining("«b»");
  }

  @Test
  void unknownSlotFails() throws IOException {
    Path file = write("bad.template", "type = x\ntrigger.a = قمة\nstart = a\nslot.venue = link:CITY\n");
    assertThatThrownBy(() -> EventTemplate.read(file)).hasMessageContaining(":4").hasMessageContaining("venue");
  }

  @Test
  void taxonomyIdMustBeSnakeCase() throws IOException {
    Path file = write("bad.taxonomy", "Cyber Crime = الجريمة الإلكترونية\n");
    assertThatThrownBy(() -> TopicTaxonomy.read(file)).hasMessageContaining(":1").hasMessageContaining("Cyber Crime");
  }

  @Test
  void bundledTaxonomyHasTheRequiredTopics() {
    assertThat(TopicTaxonomy.defaults().topics().keySet()).contains(
        "cybercrime", "terrorism", "organized_crime", "drug_trafficking", "human_trafficking",
        "money_laundering", "corruption", "border_security", "women_in_policing", "human_rights",
        "climate", "energy", "health", "economy_trade", "education", "culture", "sports",
        "technology_ai", "migration");
  }

  @Test
  void extendedTaxonomyAddsTopics() throws IOException {
    Path file = write("extra.taxonomy", "water = المياه | الموارد المائية\n");
    TopicTaxonomy taxonomy = TopicTaxonomy.defaults().extendedWith(TopicTaxonomy.read(file));
    String text = "تحتضن الرباط مؤتمرا دوليا يناقش الموارد المائية والتغير المناخي.";
    Event event = new HandInputs(text).extract(new TemplateEventExtractor(TemplateEventExtractor.bundledTemplates(), taxonomy)).get(0);
    assertThat(event.topics()).extracting(SlotFiller::value).containsExactly("water", "climate");
  }

  @Test
  void userTemplateAddsAgreementSigning() throws URISyntaxException {
    String text = "وقع المغرب وفرنسا اتفاقية للتعاون في مجال مكافحة الإرهاب في الرباط يوم 12 مارس 2025.";
    List<EventTemplate> templates = new java.util.ArrayList<>(TemplateEventExtractor.bundledTemplates());
    templates.add(EventTemplate.read(signingTemplate()));
    HandInputs inputs = new HandInputs(text).date("12 مارس 2025", LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 12));
    List<Event> events = inputs.extract(new TemplateEventExtractor(templates, TopicTaxonomy.defaults()));
    assertThat(events).hasSize(1);
    Event event = events.get(0);
    assertThat(event.type()).isEqualTo("agreement_signing");
    assertThat(event.participants()).extracting(p -> p.value().id()).containsExactly("MA", "FR");
    assertThat(event.city().value()).isEqualTo(RABAT);
    assertThat(event.hostCountry().value().id()).isEqualTo("MA");
    assertThat(event.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2025, 3, 12)));
    assertThat(event.topics()).extracting(SlotFiller::value).containsExactly("terrorism");
    assertThat(event.city().template()).isEqualTo("agreement_signing#city.1");
  }

  @Test
  void builderTakesUserTemplateFiles() throws URISyntaxException {
    String text = "وقع المغرب وفرنسا اتفاقية للتعاون في الرباط.";
    HandInputs inputs = new HandInputs(text);
    Hadath hadath = Hadath.builder()
        .tokenizer(Pipelines.tokenizer())
        .entityRecognizer(tokenized -> inputs.entities())
        .timeReader((tokenized, date) -> inputs.times())
        .eventTemplates(signingTemplate())
        .build();
    Analysis analysis = hadath.analyze(text);
    WellFormed.assertWellFormed(analysis);
    assertThat(analysis.events()).extracting(Event::type).containsExactly("agreement_signing");
  }

  @Test
  void builderRejectsBadTemplateFile() throws IOException {
    Path file = write("bad.template", "type = x\ncolour = blue\n");
    assertThatThrownBy(() -> Hadath.builder().tokenizer(Pipelines.tokenizer()).eventTemplates(file).build())
        .isInstanceOf(TemplateFormatException.class)
        .hasMessageContaining(file + ":2");
  }
}
