package io.github.hadath.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.hadath.Analysis;
import io.github.hadath.Pipelines;
import io.github.hadath.WellFormed;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.tokenize.TokenizedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule of the time stage, on the real CoreNLP tokenization. */
class ArabicTimeExpressionReaderTest {

  private static final LocalDate JUNE_1_2024 = LocalDate.of(2024, 6, 1);
  private static final TimeExpressionReader READER = new ArabicTimeExpressionReader();

  private static TimeAnalysis read(String text, LocalDate publicationDate) {
    TokenizedText tokenized = Pipelines.tokenizer().tokenize(new ArabicTextNormalizer().normalize(text));
    TimeAnalysis analysis = READER.read(tokenized, publicationDate);
    for (TimeExpression expression : analysis.expressions()) {
      assertThat(expression.span().coveredText(text)).isEqualTo(expression.text());
    }
    return analysis;
  }

  private static List<String> values(TimeAnalysis analysis) {
    return analysis.expressions().stream().map(TimeExpression::value).toList();
  }

  @Test
  void levantineShortFormsGiveBothDates() {
    TimeAnalysis analysis = read("يُفتتح المعرض في بيروت يوم 3 تشرين 2 ويستمر حتى 5 كانون 1 2024", JUNE_1_2024);

    assertThat(values(analysis)).containsExactly("2024-11-03", "2024-12-05");
    assertThat(analysis.expressions()).extracting(TimeExpression::text)
        .containsExactly("يوم 3 تشرين 2", "5 كانون 1 2024");
  }

  @Test
  void twoDaysAfterYawmayAreOneRange() {
    TimeAnalysis analysis = read("تحتضن الجزائر العاصمة الملتقى يومي 9 و10 جويلية 2024", JUNE_1_2024);

    TimeExpression range = analysis.expressions().get(0);
    assertThat(analysis.expressions()).hasSize(1);
    assertThat(range.value()).isEqualTo("2024-07-09/2024-07-10");
    assertThat(range.begin()).isEqualTo(LocalDate.of(2024, 7, 9));
    assertThat(range.end()).isEqualTo(LocalDate.of(2024, 7, 10));
    assertThat(range.isRange()).isTrue();
    assertThat(range.text()).isEqualTo("يومي 9 و10 جويلية 2024");
  }

  @Test
  void hijriDateAndItsGregorianTwinAreOneDate() {
    TimeAnalysis analysis = read("في 5 شوال 1445هـ الموافق 14 أبريل 2024م", JUNE_1_2024);

    assertThat(analysis.expressions()).singleElement().satisfies(date -> {
      assertThat(date.value()).isEqualTo("2024-04-14");
      assertThat(date.text()).isEqualTo("5 شوال 1445هـ الموافق 14 أبريل 2024م");
      assertThat(date.granularity()).isEqualTo(Granularity.DAY);
    });
  }

  @Test
  void hijriDateAloneIsConvertedWithUmmAlQura() {
    assertThat(values(read("بدأ الصيام في 1 رمضان 1445 هـ", JUNE_1_2024))).containsExactly("2024-03-11");
  }

  @Test
  void persianDigitsNumericDate() {
    assertThat(values(read("آخر موعد للتسجيل ۱۰/۱۰/۲۰۲۴", JUNE_1_2024))).containsExactly("2024-10-10");
  }

  @Test
  void bidiMarksInsideANumericDateAreIgnored() {
    TimeAnalysis analysis = read("بتاريخ 20\u200F/11\u200F/2024", JUNE_1_2024);

    assertThat(analysis.expressions()).singleElement().satisfies(date -> {
      assertThat(date.value()).isEqualTo("2024-11-20");
      assertThat(date.text()).isEqualTo("20\u200F/11\u200F/2024");
    });
  }

  @Test
  void nextMondayWithHamzaSpelling() {
    assertThat(values(read("يوم الأثنين المقبل", JUNE_1_2024))).containsExactly("2024-06-03");
  }

  @Test
  void rangeWithoutOpeningPreposition() {
    TimeAnalysis analysis = read("١٥ إلى ١٧ نوفمبر ٢٠٢٤", null);

    assertThat(values(analysis)).containsExactly("2024-11-15/2024-11-17");
  }

  @Test
  void rangeBeforeMonthCueAfterFrom() {
    TimeAnalysis analysis = read("تقام الدورة من 4 إلى 7 من شهر مارس", JUNE_1_2024);

    assertThat(analysis.expressions()).singleElement().satisfies(range -> {
      assertThat(range.value()).isEqualTo("2024-03-04/2024-03-07");
      assertThat(range.text()).isEqualTo("4 إلى 7 من شهر مارس");
    });
  }

  @Test
  void dateThatNamesAPlaceIsNoTimeExpression() {
    TimeAnalysis analysis = read("تقام المباراة على ملعب 5 جويلية يوم 12 مايو، وينظم الحفل في جامعة \"8 ماي 1945\".", null);

    assertThat(values(analysis)).containsExactly("XXXX-05-12");
  }

  @Test
  void secondDayInTheSameMonth() {
    TimeAnalysis analysis = read("تقام الدورة ما بين الثامن من أبريل والثاني عشر من الشهر نفسه", null);

    assertThat(values(analysis)).containsExactly("XXXX-04-08/XXXX-04-12");
  }

  @Test
  void dayWordInAppositionToTheDateYieldsToIt() {
    TimeAnalysis analysis = read("انطلق المهرجان أمس الخميس 5 مارس 2026 ويستمر إلى غاية 8 مارس 2026",
        LocalDate.of(2026, 3, 7));

    assertThat(values(analysis)).containsExactly("2026-03-05", "2026-03-08");
  }

  @Test
  void rangeClosedByIlaGhaya() {
    TimeAnalysis analysis = read("يقام المعرض من 5 مارس إلى غاية 8 مارس 2026", null);

    assertThat(analysis.expressions()).singleElement().satisfies(range -> {
      assertThat(range.value()).isEqualTo("2026-03-05/2026-03-08");
      assertThat(range.text()).isEqualTo("5 مارس إلى غاية 8 مارس 2026");
    });
  }

  @Test
  void twoDaysWithoutAMonthAreInTheDocumentDatesMonth() {
    TimeAnalysis dated = read("ينعقد الملتقى يومي 14 و 15 بمدينة فاس", LocalDate.of(2026, 6, 10));
    TimeAnalysis undated = read("ينعقد الملتقى يومي 14 و 15 بمدينة فاس", null);

    assertThat(dated.expressions()).singleElement().satisfies(range -> {
      assertThat(range.value()).isEqualTo("2026-06-14/2026-06-15");
      assertThat(range.text()).isEqualTo("يومي 14 و 15");
    });
    assertThat(values(undated)).isEmpty();
  }

  @Test
  void secondDayOfItAndRangeOpenedByAGluedMaBayna() {
    TimeAnalysis ofIt = read("يقام المعرض في الفترة مابين الخامس من مارس والخامس عشر منه", null);
    TimeAnalysis glued = read("ينعقد المؤتمر مابين 3 و6 نوفمبر المقبل", LocalDate.of(2026, 9, 1));

    assertThat(values(ofIt)).containsExactly("XXXX-03-05/XXXX-03-15");
    assertThat(glued.expressions()).singleElement().satisfies(range -> {
      assertThat(range.value()).isEqualTo("2026-11-03/2026-11-06");
      assertThat(range.text()).isEqualTo("3 و6 نوفمبر المقبل");
    });
  }

  @Test
  void tatweelAsADashBetweenTwoDays() {
    TimeAnalysis analysis = read("يقام المعرض من 18ـ25 ديسمبر", LocalDate.of(2024, 11, 20));

    assertThat(values(analysis)).containsExactly("2024-12-18/2024-12-25");
  }

  @Test
  void rangeWithGluedConjunctionTakesYearFromDocumentDate() {
    TimeAnalysis analysis = read("المنعقدة ما بين ٢٤ و٢٧ نونبر بمدينة مراكش", LocalDate.of(2025, 11, 25));

    assertThat(analysis.expressions()).singleElement().satisfies(range -> {
      assertThat(range.value()).isEqualTo("2025-11-24/2025-11-27");
      assertThat(range.text()).isEqualTo("٢٤ و٢٧ نونبر");
    });
  }

  @Test
  void hyphenatedDayRangeTokenIsParsedInside() {
    assertThat(values(read("ينظم المهرجان 10-12 مارس 2025", null))).containsExactly("2025-03-10/2025-03-12");
  }

  @Test
  void rangeAcrossMonthsAndYears() {
    assertThat(values(read("من 28 فبراير إلى 2 مارس", JUNE_1_2024))).containsExactly("2024-02-28/2024-03-02");
    assertThat(values(read("من 28 ديسمبر إلى 3 يناير 2025", JUNE_1_2024)))
        .containsExactly("2024-12-28/2025-01-03");
  }

  @Test
  void ordinalDayAndYearInWords() {
    assertThat(values(read("في الرابع والعشرين من أبريل عام ألفين وخمسة وعشرين", JUNE_1_2024)))
        .containsExactly("2025-04-24");
  }

  @Test
  void numeralWithSingularNounIsSixHours() {
    TimeAnalysis analysis = read("قبل 6 ساعة أعلنت الشرطة", JUNE_1_2024);

    assertThat(analysis.expressions()).singleElement().satisfies(duration -> {
      assertThat(duration.type()).isEqualTo(TimexType.DURATION);
      assertThat(duration.value()).isEqualTo("PT6H");
      assertThat(duration.granularity()).isEqualTo(Granularity.HOUR);
    });
  }

  @Test
  void relativeExpressionsAnchorOnDocumentDate() {
    TimeAnalysis analysis = read(
        "أعلن أمس أن اللجنة تجتمع غدا والأسبوع المقبل كما اجتمعت الشهر الماضي ومنذ يومين خلال العام الجاري",
        JUNE_1_2024);

    assertThat(values(analysis)).containsExactly("2024-05-31", "2024-06-02", "2024-W23", "2024-05", "2024-05-30", "2024");
  }

  @Test
  void yearAloneIsAYearGranularityDate() {
    TimeAnalysis analysis = read("تأسست المنظمة عام 2002", JUNE_1_2024);

    assertThat(analysis.expressions()).singleElement().satisfies(year -> {
      assertThat(year.value()).isEqualTo("2002");
      assertThat(year.granularity()).isEqualTo(Granularity.YEAR);
      assertThat(year.begin()).isEqualTo(LocalDate.of(2002, 1, 1));
      assertThat(year.end()).isEqualTo(LocalDate.of(2002, 12, 31));
    });
  }

  @Test
  void datelineGivesTheDocumentDate() {
    TimeAnalysis analysis = read("الدورة 93 للأنتربول\n\n25 نوفمبر 2025\nالمنعقدة ما بين ٢٤ و٢٧ نونبر", null);

    assertThat(analysis.documentDate()).isEqualTo(LocalDate.of(2025, 11, 25));
    assertThat(analysis.documentDateSpan().coveredText("الدورة 93 للأنتربول\n\n25 نوفمبر 2025\nالمنعقدة ما بين ٢٤ و٢٧ نونبر"))
        .isEqualTo("25 نوفمبر 2025");
    assertThat(values(analysis)).containsExactly("2025-11-25", "2025-11-24/2025-11-27");
  }

  @Test
  void editionNumberIsNeverADatelineYear() {
    TimeAnalysis analysis = read("الدورة 93 للأنتربول\nالمنعقدة ما بين ٢٤ و٢٧ نونبر", null);

    assertThat(analysis.documentDate()).isNull();
    assertThat(values(analysis)).containsExactly("XXXX-11-24/XXXX-11-27");
    assertThat(analysis.expressions().get(0).begin()).isNull();
  }

  @Test
  void publicationDateWinsOverDateline() {
    TimeAnalysis analysis = read("25 نوفمبر 2025\nوصل الوفد أمس", JUNE_1_2024);

    assertThat(analysis.documentDate()).isEqualTo(JUNE_1_2024);
    assertThat(analysis.documentDateSpan()).isNull();
    assertThat(values(analysis)).containsExactly("2025-11-25", "2024-05-31");
  }

  @Test
  void missingYearComesFromNearestEarlierFullDate() {
    assertThat(values(read("وقع الاتفاق في 3 مارس 2023 ثم عدل في 5 أبريل", JUNE_1_2024)))
        .containsExactly("2023-03-03", "2023-04-05");
  }

  @Test
  void missingYearIsTheNearestToTheDocumentDate() {
    assertThat(values(read("تنطلق الدورة في 14 يناير", LocalDate.of(2024, 12, 20)))).containsExactly("2025-01-14");
  }

  @Test
  void doubledMonthIsOneMonth() {
    assertThat(values(read("صدر في 15 تشرين الثاني/نوفمبر 2023", JUNE_1_2024))).containsExactly("2023-11-15");
  }

  @Test
  void noExpressionInAnEditionNumberOrAnAmbiguousMonthVerb() {
    assertThat(read("مارس الرياضة في الدورة 93", JUNE_1_2024).expressions()).isEmpty();
  }

  @Test
  void dayOfRelativeMonth() {
    assertThat(values(read("يعقد المؤتمر في العاشر من الشهر الجاري", JUNE_1_2024))).containsExactly("2024-06-10");
  }

  @Test
  void listOfDaysIsOneRange() {
    assertThat(values(read("تنظم التظاهرة أيام 9 و10 و11 مارس 2025", JUNE_1_2024)))
        .containsExactly("2025-03-09/2025-03-11");
  }

  @Test
  void bareYearAfterPrepositionButNotBeforeANoun() {
    assertThat(values(read("في 2024، ارتفعت الأسعار", JUNE_1_2024))).containsExactly("2024");
    assertThat(read("سجلت في 2024 حالة", JUNE_1_2024).expressions()).isEmpty();
  }

  @Test
  void maghrebFirstOfTheMonth() {
    assertThat(values(read("يحتفل المغرب في فاتح يناير 2025", JUNE_1_2024))).containsExactly("2025-01-01");
  }

  @Test
  void clockTimeInWordsWithPartOfDay() {
    TimeAnalysis analysis = read("تنطلق الجلسة على الساعة الثامنة مساء", JUNE_1_2024);

    assertThat(analysis.expressions()).singleElement().satisfies(time -> {
      assertThat(time.type()).isEqualTo(TimexType.TIME);
      assertThat(time.value()).isEqualTo("2024-06-01T20");
      assertThat(time.text()).isEqualTo("الساعة الثامنة مساء");
    });
  }

  @Test
  void recurrenceIsASet() {
    TimeAnalysis analysis = read("تنعقد الجمعية العامة سنويا", JUNE_1_2024);

    assertThat(analysis.expressions()).singleElement().satisfies(set -> {
      assertThat(set.type()).isEqualTo(TimexType.SET);
      assertThat(set.value()).isEqualTo("P1Y");
    });
  }

  @Test
  void titleWithGeneralIsNotThisYear() {
    assertThat(read("قال الأمين العام الحالي للأنتربول", JUNE_1_2024).expressions()).isEmpty();
  }

  @Test
  void emptyAndNonArabicTextHaveNoExpressions() {
    assertThat(read("", JUNE_1_2024).expressions()).isEmpty();
    assertThat(read("hello world 42", null).expressions()).isEmpty();
  }

  @Test
  void defaultPipelineReadsTimes() {
    Analysis analysis = Pipelines.hadath().analyze("تحتضن الجزائر الملتقى يومي 9 و10 جويلية 2024", JUNE_1_2024);

    WellFormed.assertWellFormed(analysis);
    assertThat(analysis.timexes()).extracting(TimeExpression::value).containsExactly("2024-07-09/2024-07-10");
  }

  @Test
  void interpolArticleDatelineAndRange() throws IOException {
    String shared = System.getProperty("hadath.sharedDir");
    Path article = shared == null ? null : Path.of(shared, "articles", "interpol-marrakech-2025.txt");
    assumeThat(article != null && Files.isRegularFile(article)).as("shared article available").isTrue();
    String text = Files.readString(article, StandardCharsets.UTF_8);

    Analysis analysis = Pipelines.hadath().analyze(text);

    WellFormed.assertWellFormed(analysis);
    assertThat(analysis.documentDate()).isEqualTo(LocalDate.of(2025, 11, 25));
    assertThat(analysis.timexes())
        .filteredOn(TimeExpression::isRange)
        .singleElement()
        .satisfies(range -> {
          assertThat(range.value()).isEqualTo("2025-11-24/2025-11-27");
          assertThat(range.text()).isEqualTo("٢٤ و٢٧ نونبر");
        });
    assertThat(analysis.timexes()).extracting(TimeExpression::value).doesNotContain("93", "0093");
  }

  @Test
  void yearStatedAloneAnchorsLaterYearlessDates() {
    TimeAnalysis analysis = read("في عام 2024 تقام الدورة الجديدة للمهرجان من 3 إلى 5 مايو في المدينة القديمة.", null);

    assertThat(values(analysis)).containsExactly("2024", "2024-05-03/2024-05-05");
  }

  @Test
  void laterFullDateGivesItsYearToEarlierYearlessDates() {
    TimeAnalysis analysis = read("يقام المعرض من 9 إلى 19 فبراير في الدار البيضاء.\nوأعلنت الوزارة يوم 6 فبراير 2017 برنامجه.", null);

    assertThat(values(analysis)).containsExactly("2017-02-09/2017-02-19", "2017-02-06");
  }

  @Test
  void shortSentenceWithADateIsNoDateline() {
    TimeAnalysis analysis = read("تحتضن الرباط يوم 3 أغسطس 2025 بطولة إفريقيا للشباب.", null);

    assertThat(analysis.documentDate()).isNull();
    assertThat(analysis.documentDateSpan()).isNull();
  }
}
