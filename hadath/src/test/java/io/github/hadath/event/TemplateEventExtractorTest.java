package io.github.hadath.event;

import static io.github.hadath.event.HandInputs.CAIRO;
import static io.github.hadath.event.HandInputs.INTERPOL;
import static io.github.hadath.event.HandInputs.JEDDAH;
import static io.github.hadath.event.HandInputs.MARRAKESH;
import static io.github.hadath.event.HandInputs.MOROCCO;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled hosted-meeting template on real tokenizer output, with entities and dates given by hand. */
class TemplateEventExtractorTest {

  private static final TemplateEventExtractor EXTRACTOR = TemplateEventExtractor.defaults();

  static String bundledExample() throws IOException {
    try (InputStream in = TemplateEventExtractorTest.class.getResourceAsStream(
        "/io/github/hadath/examples/interpol-general-assembly.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Asserts that the filler's span covers exactly its text in {@code original}. */
  static void assertEvidence(String original, SlotFiller<?> filler, String expected) {
    assertThat(filler).isNotNull();
    assertThat(filler.text()).isEqualTo(expected);
    assertThat(original.substring(filler.span().begin(), filler.span().end())).isEqualTo(expected);
  }

  @Test
  void bundledExampleMergesIntoOneEventWithEveryField() throws IOException {
    String text = bundledExample();
    HandInputs inputs = new HandInputs(text)
        .dateline("25 نوفمبر 2025", LocalDate.of(2025, 11, 25))
        .date("ما بين ٢٤ و٢٧ نونبر", LocalDate.of(2025, 11, 24), LocalDate.of(2025, 11, 27));
    List<Event> events = inputs.extract(EXTRACTOR);

    assertThat(events).hasSize(1);
    Event event = events.get(0);
    assertThat(event.type()).isEqualTo("hosted_meeting");
    assertThat(event.organization().value()).isEqualTo(Organizer.linked(INTERPOL));
    assertThat(event.hostCountry().value().id()).isEqualTo("MA");
    assertEvidence(text, event.hostCountry(), "المملكة المغربية");
    assertThat(event.hostCountry().template()).isEqualTo("hosted_meeting#hostCountry.1");
    assertThat(event.city().value()).isEqualTo(MARRAKESH);
    assertEvidence(text, event.city(), "مراكش");
    assertThat(event.city().span().begin()).isEqualTo(text.indexOf("بمدينة مراكش") + "بمدينة ".length());
    assertThat(event.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2025, 11, 24)));
    assertThat(event.endDate().value()).isEqualTo(EventDate.of(LocalDate.of(2025, 11, 27)));
    assertEvidence(text, event.startDate(), "ما بين ٢٤ و٢٧ نونبر");
    assertThat(event.edition().value()).isEqualTo(93);
    assertEvidence(text, event.edition(), "الدورة 93");
    assertThat(event.name().value()).isEqualTo("الجمعية العامة لمنظمة الأنتربول");
    assertEvidence(text, event.name(), "لجمعية العامة لمنظمة الأنتربول");
    assertThat(event.topics()).extracting(SlotFiller::value).containsExactly("cybercrime", "women_in_policing");
    assertEvidence(text, event.topics().get(0), "الجريمة الإلكترونية");
    assertEvidence(text, event.topics().get(1), "المرأة في العمل الشرطي");
    assertThat(event.participants()).isEmpty();
    assertThat(event.mentions()).hasSizeGreaterThanOrEqualTo(4);
  }

  @Test
  void editionFromOrdinalWords() {
    HandInputs inputs = new HandInputs("افتتحت أمس في القاهرة أشغال الدورة الحادية عشرة لمنتدى الشباب العربي.");
    List<Event> events = inputs.extract(EXTRACTOR);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).edition().value()).isEqualTo(11);
    assertThat(events.get(0).edition().text()).isEqualTo("الدورة الحادية عشرة");
    assertThat(events.get(0).city().value()).isEqualTo(CAIRO);
  }

  @Test
  void editionFromDigitsWithArticle() {
    HandInputs inputs = new HandInputs("تنطلق النسخة الـ12 من معرض الكتاب في الرباط.");
    List<Event> events = inputs.extract(EXTRACTOR);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).edition().value()).isEqualTo(12);
    assertThat(events.get(0).name().value()).isEqualTo("معرض الكتاب");
    assertThat(events.get(0).topics()).extracting(SlotFiller::value).containsExactly("culture");
  }

  @Test
  void cityGivesTheHostCountry() {
    String text = "تستضيف جدة القمة العربية الثانية والثلاثين يوم 19 مايو.";
    HandInputs inputs = new HandInputs(text).date("19 مايو", LocalDate.of(2023, 5, 19), LocalDate.of(2023, 5, 19));
    Event event = inputs.extract(EXTRACTOR).get(0);
    assertThat(event.city().value()).isEqualTo(JEDDAH);
    assertThat(event.hostCountry().value().id()).isEqualTo("SA");
    assertThat(event.hostCountry().value().name()).isEqualTo("Saudi Arabia");
    assertEvidence(text, event.hostCountry(), "جدة");
    assertThat(event.hostCountry().template()).isEqualTo("hosted_meeting#hostCountry.3");
    assertThat(event.edition().value()).isEqualTo(32);
    assertThat(event.name().value()).isEqualTo("القمة العربية الثانية والثلاثين");
    assertThat(event.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2023, 5, 19)));
    assertThat(event.endDate().value()).isEqualTo(EventDate.of(LocalDate.of(2023, 5, 19)));
  }

  @Test
  void datelineCityIsNotTheVenue() {
    String text = "الرباط - تحتضن مدينة مراكش الأسبوع المقبل مؤتمرا دوليا حول الهجرة.";
    Event event = new HandInputs(text).extract(EXTRACTOR).get(0);
    assertThat(event.city().value()).isEqualTo(MARRAKESH);
    assertThat(event.topics()).extracting(SlotFiller::value).containsExactly("migration");
  }

  @Test
  void differentCitiesAreTwoEvents() {
    String text = "تحتضن الرباط مؤتمرا حول الإرهاب. وفي سياق آخر، تستضيف القاهرة معرضا للكتاب.";
    List<Event> events = new HandInputs(text).extract(EXTRACTOR);
    assertThat(events).hasSize(2);
    assertThat(events.get(0).city().value().name()).isEqualTo("Rabat");
    assertThat(events.get(0).topics()).extracting(SlotFiller::value).containsExactly("terrorism");
    assertThat(events.get(1).city().value()).isEqualTo(CAIRO);
  }

  @Test
  void pressConferenceIsNoEvent() {
    String text = "عقد وزير الخارجية مؤتمرا صحفيا في الرباط مع نظيره الفرنسي.";
    assertThat(new HandInputs(text).extract(EXTRACTOR)).isEmpty();
  }

  @Test
  void backgroundTopicWithoutAgendaWordIsNotCounted() {
    String text = "تحتضن مراكش مؤتمرا للشرطة. ومع تصاعد الإرهاب، يزداد التعاون بين الدول.";
    Event event = new HandInputs(text).extract(EXTRACTOR).get(0);
    assertThat(event.topics()).isEmpty();
  }

  @Test
  void agendaSentenceWithoutTriggerAddsTopicsToTheEvent() {
    String text = "انطلقت في جدة أشغال منتدى الأمن. وسيناقش المشاركون قضايا الاتجار بالبشر وغسل الأموال.";
    Event event = new HandInputs(text).extract(EXTRACTOR).get(0);
    assertThat(event.topics()).extracting(SlotFiller::value).containsExactly("human_trafficking", "money_laundering");
  }

  @Test
  void participantsAreNotTheConveningBody() {
    String text = "تحتضن المملكة المغربية منتدى الأنتربول بمشاركة فرنسا ومصر والأنتربول.";
    Event event = new HandInputs(text).extract(EXTRACTOR).get(0);
    assertThat(event.hostCountry().value()).isEqualTo(MOROCCO);
    assertThat(event.organization().value()).isEqualTo(Organizer.linked(INTERPOL));
    assertThat(event.participants()).extracting(p -> p.value().id()).containsExactly("FR", "EG");
  }

  @Test
  void noTriggerNoEvent() {
    assertThat(new HandInputs("قال وزير الداخلية إن الوضع الأمني مستقر في مراكش.").extract(EXTRACTOR)).isEmpty();
    assertThat(new HandInputs("").extract(EXTRACTOR)).isEmpty();
  }

  @Test
  void rangeBeatsReportingDay() {
    String text = "أعلنت جامعة الدول العربية، اليوم الاثنين، أن القمة ستعقد في جدة يومي 5 و6 مايو.";
    HandInputs inputs = new HandInputs(text)
        .date("اليوم الاثنين", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 1))
        .date("يومي 5 و6 مايو", LocalDate.of(2024, 5, 5), LocalDate.of(2024, 5, 6));
    Event event = inputs.extract(EXTRACTOR).get(0);
    assertThat(event.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2024, 5, 5)));
    assertThat(event.endDate().value()).isEqualTo(EventDate.of(LocalDate.of(2024, 5, 6)));
  }

  @Test
  void closingDayAndLengthGiveTheStart() {
    String text = "اختتمت أمس في الرباط أشغال المؤتمر الدولي للطاقة، الذي استمر ثلاثة أيام.";
    HandInputs inputs = new HandInputs(text)
        .date("أمس", LocalDate.of(2024, 4, 17), LocalDate.of(2024, 4, 17))
        .duration("ثلاثة أيام", "P3D");
    Event event = inputs.extract(EXTRACTOR).get(0);
    assertThat(event.endDate().value()).isEqualTo(EventDate.of(LocalDate.of(2024, 4, 17)));
    assertThat(event.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2024, 4, 15)));
    assertThat(event.startDate().text()).isEqualTo("ثلاثة أيام");
    assertThat(event.startDate().template()).isEqualTo("hosted_meeting#duration.1");
  }

  @Test
  void openingDayIsOnlyTheStart() {
    String text = "افتتحت أمس في الرباط الدورة الثالثة لمعرض الكتاب.";
    Event event = new HandInputs(text).date("أمس", LocalDate.of(2024, 4, 17), LocalDate.of(2024, 4, 17)).extract(EXTRACTOR).get(0);
    assertThat(event.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2024, 4, 17)));
    assertThat(event.endDate()).isNull();
  }

  @Test
  void organizationRightAfterHolding() {
    String text = "عقدت جامعة الدول العربية في القاهرة الدورة العادية الـ160 لمجلسها الوزاري.";
    Event event = new HandInputs(text).extract(EXTRACTOR).get(0);
    assertThat(event.organization().value().name()).isEqualTo("Arab League");
    assertThat(event.edition().value()).isEqualTo(160);
    assertThat(event.city().value()).isEqualTo(CAIRO);
  }

  @Test
  void agendaSentenceFarFromTheEventAddsNothing() {
    String text = "تحتضن جدة منتدى الأمن. وحضر الحفل وزراء. وألقيت كلمات. وقدمت عروض. "
        + "وفي موضوع آخر، يناقش البرلمان قانونا حول الهجرة.";
    Event event = new HandInputs(text).extract(EXTRACTOR).get(0);
    assertThat(event.topics()).isEmpty();
  }

  @Test
  void pastHostingIsBackground() {
    String text = "تحتضن الرباط الدورة 93 للجمعية العامة للأنتربول. وسبق أن احتضنت القاهرة الدورة 76 للجمعية العامة للأنتربول.";
    List<Event> events = new HandInputs(text).extract(EXTRACTOR);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).edition().value()).isEqualTo(93);
  }

  @Test
  void leagueRoundIsNoEdition() {
    String text = "فاز الفريق بهدفين برسم الدورة 12 من البطولة الاحترافية في الرباط.";
    List<Event> events = new HandInputs(text).extract(EXTRACTOR);
    assertThat(events).allSatisfy(e -> assertThat(e.edition()).isNull());
  }

  @Test
  void earlierEditionIsBackground() {
    String text = "تحتضن الرباط الدورة الخامسة لمنتدى الشباب. وكانت القاهرة قد احتضنت الدورة السابقة من المنتدى.";
    List<Event> events = new HandInputs(text).extract(EXTRACTOR);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).city().value().name()).isEqualTo("Rabat");
  }

  @Test
  void possessiveMeetingBelongsToTheBodyBefore() {
    String text = "أعلنت جامعة الدول العربية أن دورتها العادية ستعقد في القاهرة.";
    Event event = new HandInputs(text).extract(EXTRACTOR).get(0);
    assertThat(event.organization().value().name()).isEqualTo("Arab League");
    assertThat(event.organization().template()).isEqualTo("hosted_meeting#organization.7");
  }

  @Test
  void aBodyOnlyTheCrfReadOrganizesNothingFromAnotherSentence() {
    String text = "تنطلق الدورة الخامسة لمهرجان الربيع في مراكش.\nوقالت شركة بلوس إن البرنامج غني.";
    Event guessed = new HandInputs(text).unlinkedOrganization("بلوس", "crf").extract(EXTRACTOR).get(0);
    Event headed = new HandInputs(text).unlinkedOrganization("شركة بلوس", "crf").extract(EXTRACTOR).get(0);
    Event phrase = new HandInputs(text).unlinkedOrganization("بلوس", "institution").extract(EXTRACTOR).get(0);

    assertThat(guessed.organization()).isNull();
    assertThat(guessed.city().value()).isEqualTo(MARRAKESH);
    assertThat(headed.organization().value()).isEqualTo(Organizer.unlinked("شركة بلوس"));
    assertThat(phrase.organization().value()).isEqualTo(Organizer.unlinked("بلوس"));
  }

  @Test
  void editionAfterAnAcronym() {
    String text = "تستضيف مصر في شرم الشيخ قمة المناخ كوب 27 الشهر المقبل.";
    Event event = new HandInputs(text).extract(EXTRACTOR).get(0);
    assertThat(event.edition().value()).isEqualTo(27);
    assertThat(event.edition().text()).isEqualTo("كوب 27");
    assertThat(event.hostCountry().value().id()).isEqualTo("EG");
  }
}
