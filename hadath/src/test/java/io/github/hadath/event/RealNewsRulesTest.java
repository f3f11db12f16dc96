package io.github.hadath.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Analysis;
import io.github.hadath.Pipelines;
import io.github.hadath.WellFormed;
import io.github.hadath.ner.Link;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The rules issue 15 asked for, each on sentences written for this test in the way Arab news
 * sites write (none is taken from a real article), run through the whole default pipeline.
 */
class RealNewsRulesTest {

  private static List<Event> events(String text) {
    Analysis analysis = Pipelines.hadath().analyze(text);
    WellFormed.assertWellFormed(analysis);
    return analysis.events();
  }

  private static Event only(String text) {
    List<Event> events = events(text);
    assertThat(events).hasSize(1);
    return events.get(0);
  }

  @Test
  void yearlessRangeStaysYearlessInTheEvent() {
    Event event = only("تحتضن مدينة مراكش من 14 إلى 16 أكتوبر الدورة الخامسة لمهرجان الفنون الشعبية.");

    assertThat(event.startDate().value().timex()).isEqualTo("XXXX-10-14");
    assertThat(event.endDate().value().timex()).isEqualTo("XXXX-10-16");
    assertThat(event.startDate().text()).isEqualTo("14 إلى 16 أكتوبر");
    assertThat(event.edition().value()).isEqualTo(5);
  }

  @Test
  void theBodyWhoseMembersOrPartiesMeetConvenesTheMeeting() {
    Event ministers = only("توجه وزير الداخلية إلى مسقط للمشاركة في الاجتماع الـ 40 لوزراء الداخلية في دول "
        + "مجلس التعاون الخليجي. وقالت الوزارة في بيان إن الاجتماع يبحث أمن الحدود.");
    Event parties = only("تحتضن مدينة الرباط الدورة الخامسة لمؤتمر الأطراف في اتفاقية التنوع البيولوجي "
        + "من 3 إلى 6 مايو 2027.");
    Event desert = only("تنطلق في جدة يوم 3 مايو 2027 الدورة السادسة عشرة لمؤتمر الأطراف في "
        + "اتفاقية الرياض لمكافحة التصحر.");

    assertThat(ministers.organization().value().link().id()).isEqualTo("Q217172");
    assertThat(ministers.edition().value()).isEqualTo(40);
    assertThat(parties.organization().value()).isEqualTo(Organizer.unlinked("اتفاقية التنوع البيولوجي"));
    assertThat(parties.edition().value()).isEqualTo(5);
    // The name goes on with the convention, and so says what the meeting is about.
    assertThat(desert.name().value()).isEqualTo("مؤتمر الأطراف في اتفاقية الرياض لمكافحة التصحر");
    assertThat(desert.topics()).extracting(SlotFiller::value).containsExactly("climate");
  }

  @Test
  void aCityPreparingToHostHostsEvenFarFromTheHostingWord() {
    Event event = only("تستعد مدينة أكادير خلال الفترة الممتدة من 3 إلى 6 مايو 2027 لاحتضان الدورة الثانية "
        + "لمهرجان الموسيقى الشرقية.");

    assertThat(event.city().value().name()).isEqualTo("Agadir");
    assertThat(event.hostCountry().value().id()).isEqualTo("MA");
    assertThat(event.edition().value()).isEqualTo(2);
  }

  @Test
  void aCountryAfterAPointOfTheCompassIsNotItsCapital() {
    Event event = only("تستعد بلدة صغيرة في جنوب تونس لاستضافة المهرجان الدولي للواحات من 3 إلى 6 مايو 2027.");

    assertThat(event.city()).isNull();
    assertThat(event.hostCountry().value().id()).isEqualTo("TN");
  }

  @Test
  void aSittingsNumberIsNoEdition() {
    Event event = only("عقد المجلس الاستشاري المغاربي بالرباط يوم 5 مايو 2027 الجلسة الأولى من دورته الربيعية.");

    assertThat(event.edition()).isNull();
    assertThat(event.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2027, 5, 5)));
  }

  @Test
  void aRelativeAdjectiveInTheNameGivesItsTopic() {
    Event medical = only("ينطلق المؤتمر الطبي الدولي الخامس في وهران يوم 3 مايو 2027.");
    Event climate = only("تحتضن أكادير يوم 9 مايو 2027 الملتقى المتوسطي للعدالة المناخية.");

    assertThat(medical.topics()).extracting(SlotFiller::value).containsExactly("health");
    assertThat(climate.topics()).extracting(SlotFiller::value).containsExactly("climate");
  }

  @Test
  void aTownNoGazetteerHoldsIsTheCityAsWritten() {
    Event town = only("تستعد مدينة تاغيت الجزائرية لاحتضان الدورة الرابعة لمهرجان الرمال من 3 إلى 6 مارس 2027.");
    Event venue = only("انطلقت في مدينة المعارض بالرياض يوم 3 مارس 2027 الدورة الرابعة لمعرض الكتاب.");

    assertThat(town.city().value()).isEqualTo(Link.unlistedPlace("تاغيت"));
    assertThat(town.city().value().isListed()).isFalse();
    assertThat(town.city().text()).isEqualTo("تاغيت");
    assertThat(town.hostCountry()).isNull();
    assertThat(venue.city().value().name()).isEqualTo("Riyadh");
  }

  @Test
  void aCountedMeetingNounStartsNoEvent() {
    assertThat(events("تنظم الجامعة كل عام 12 مؤتمرا علميا و30 ندوة في مختلف التخصصات.")).isEmpty();
  }

  @Test
  void aCityThatWitnessesTheMeetingHostsIt() {
    Event event = only("تشهد مدينة وهران يوم 12 مايو 2027 انطلاق المعرض الدولي للفلاحة.");

    assertThat(event.city().value().id()).isEqualTo("2485926");
    assertThat(event.hostCountry().value().id()).isEqualTo("DZ");
  }

  @Test
  void yearAfterTheEventNameDatesItsYearlessDays() {
    Event event = only("يقام معرض صفاقس الدولي للكتاب بين 12 و20 مارس المقبل، وتحل تونس ضيف شرف على "
        + "معرض صفاقس الدولي للكتاب 2027.");

    assertThat(event.startDate().value().timex()).isEqualTo("2027-03-12");
    assertThat(event.endDate().value().timex()).isEqualTo("2027-03-20");
    assertThat(event.startDate().text()).isEqualTo("12 و20 مارس المقبل");
    // A day the name's year does not have keeps its year unknown.
    Event leap = only("يقام معرض صفاقس الدولي للكتاب يوم 29 فبراير، وتحل تونس ضيف شرف على معرض صفاقس الدولي للكتاب 2027.");
    assertThat(leap.startDate().value().timex()).isEqualTo("XXXX-02-29");
  }

  @Test
  void unlinkedBodyOrganizesAfterAnOrganizeCue() {
    Event event = only("تنظم وزارة الشباب والرياضة بطولة الألعاب الشاطئية في مدينة أكادير من 3 إلى 5 يوليو 2025.");

    assertThat(event.organization().value()).isEqualTo(Organizer.unlinked("وزارة الشباب والرياضة"));
    assertThat(event.organization().text()).isEqualTo("وزارة الشباب والرياضة");
    assertThat(event.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2025, 7, 3)));
  }

  @Test
  void aHeadOfGovernmentsCabinetOpensButDoesNotOrganize() {
    Event event = only("يفتتح غدا رئيس مجلس الوزراء الليبي الدورة العاشرة لمعرض بنغازي الدولي.\n"
        + "وقال مدير الشركة الليبية للمعارض الدولية إن الترتيبات اكتملت لاستقبال الزوار.");

    assertThat(event.organization().value()).isEqualTo(Organizer.unlinked("الشركة الليبية للمعارض الدولية"));
    assertThat(event.edition().value()).isEqualTo(10);
  }

  @Test
  void aCountryThatOrganizesHostsTheEvent() {
    Event given = only("شكر الوزير الاتحاد الإقليمي الذي منح لتونس تنظيم الدورة العاشرة للألعاب الشاطئية من 3 إلى 9 يوليو 2027.");
    Event object = only("أكد المسؤول جاهزية الملاعب قبل تنظيم المغرب لبطولة إفريقيا للكرة الطائرة يوم 3 مايو 2027.");

    assertThat(given.hostCountry().value().id()).isEqualTo("TN");
    assertThat(given.edition().value()).isEqualTo(10);
    assertThat(object.hostCountry().value().id()).isEqualTo("MA");
  }

  @Test
  void aNameEndsWhereItsClauseGoesOn() {
    Event anaphor = only("انطلقت مساء أمس في مدينة قابس الدورة السابعة للمهرجان الدولي للفنون و الحرف.\n"
        + "وقررت إدارة المهرجان حجب جائزة الإبداع هذا العام.");
    Event scheduled = only("تقرر تأجيل الدورة الرابعة لمهرجان ربيع الفنون المبرمج انطلاقه يوم 3 مايو 2027 في مدينة الكاف.");
    Event latin = only("تحتضن مدينة شرم الشيخ مؤتمر الأطراف COP27 من 6 إلى 18 نوفمبر 2022.");

    // «للمهرجان» is «ل» + «المهرجان»: the name is cited with its article.
    assertThat(anaphor.name().value()).isEqualTo("المهرجان الدولي للفنون و الحرف");
    assertThat(anaphor.edition().value()).isEqualTo(7);
    assertThat(scheduled.name().value()).isEqualTo("مهرجان ربيع الفنون");
    assertThat(latin.name().value()).isEqualTo("مؤتمر الأطراف COP27");
  }

  @Test
  void aNameGoesOnWithASecondGenitiveAndAQuotedName() {
    Event genitives = only("تنطلق اليوم في مدينة بنزرت فعاليات الصالون الجهوي للزيتون والتمور من 8 إلى 10 مارس 2027.");
    Event quoted = only("تنطلق يوم 3 مايو 2027 في مدينة المنستير الدورة 12 لمهرجان \"ربيع الفنون\" بمشاركة فرق أجنبية.");
    Event inQuotes = only("يعرض يوم 3 مايو 2027 في مدينة نابل عمل بعنوان \"مؤتمر الطيور\" تقدمه فرقة شابة.");

    assertThat(genitives.name().value()).isEqualTo("الصالون الجهوي للزيتون والتمور");
    assertThat(quoted.name().value()).isEqualTo("مهرجان \"ربيع الفنون\"");
    assertThat(quoted.edition().value()).isEqualTo(12);
    assertThat(inQuotes.name().value()).isEqualTo("مؤتمر الطيور");
  }

  @Test
  void aWorkingSessionIsNoEvent() {
    Event event = only("انعقدت بمقر الولاية جلسة عمل للاستعداد لتنظيم الدورة 20 لمهرجان \"الواحات\" بمدينة توزر.");

    assertThat(event.name().value()).isEqualTo("مهرجان \"الواحات\"");
    assertThat(event.edition().value()).isEqualTo(20);
  }

  @Test
  void aCapitalQualifiedByAnyAdjectiveIsTheVenue() {
    Event karate = only("تصدرت مصر قائمة المتوجين في البطولة الإفريقية للكاراتي التي دارت بالعاصمة الكاميرونية ياوندي.");
    Event film = only("فاز فيلم قصير بجائزة في الدورة 25 لمهرجان السينما الإفريقية الذي نظم في العاصمة البوركينية واغادوغو.");

    assertThat(karate.city().value().id()).isEqualTo("2220957");
    assertThat(karate.hostCountry().value().id()).isEqualTo("CM");
    assertThat(film.city().value().id()).isEqualTo("2357048");
    assertThat(film.edition().value()).isEqualTo(25);
  }

  @Test
  void aPlaceSomethingIsAboutIsNoVenue() {
    Event event = only("اختتمت مساء أمس الدورة 18 للمهرجان العربي للإذاعة.\n"
        + "وفاز برنامج تونسي بجائزة الأفلام القصيرة الخاصة بالقدس.");

    assertThat(event.city()).isNull();
    assertThat(event.hostCountry()).isNull();
    assertThat(event.edition().value()).isEqualTo(18);
  }

  @Test
  void oneNameWithNoDatesApartIsOneEventWhereverItsActivitiesTakePlace() {
    Event event = only("تنظم المندوبية الجهوية للشؤون الثقافية بصفاقس من 25 إلى 27 مارس 2027 الدورة الأولى "
        + "لمهرجان صفاقس العالمي للألعاب السحرية.\nوسيكون جمهور مهرجان صفاقس العالمي للألعاب السحرية على موعد "
        + "مع عروض في دور الثقافة بتونس.");

    assertThat(event.city().value().id()).isEqualTo("2467454");
    assertThat(event.startDate().value().timex()).isEqualTo("2027-03-25");
    assertThat(event.endDate().value().timex()).isEqualTo("2027-03-27");
  }

  @Test
  void theSeatOfABodyIsNoVenue() {
    Event event = only("تنطلق الدورة العاشرة لمهرجان الرباط السينمائي يوم 3 مايو 2027.\nويحمل مهرجان الرباط "
        + "السينمائي تصنيفا من الاتحاد الدولي لنقاد السينما (FIPRESCI) بجنيف.");
    Event seat = only("يستضيف مقر الجامعة العربية بالقاهرة يوم 3 مايو 2027 الاجتماع الطارئ لوزراء الخارجية العرب.");

    assertThat(event.city().value().id()).isEqualTo("2538475");
    assertThat(seat.city().value().id()).isEqualTo("360630");
  }

  @Test
  void theCurtainFallsOnTheLastDay() {
    Event event = only("يسدل الستار يوم الأحد 9 مايو 2027 على الدورة الخامسة لمعرض نابل للكتاب.");

    assertThat(event.endDate().value().timex()).isEqualTo("2027-05-09");
    assertThat(event.startDate()).isNull();
  }

  @Test
  void aFairgroundNamedAfterItsFairIsAVenue() {
    Event event = only("انطلقت يوم 3 مايو 2027 الدورة الرابعة لصالون صفاقس للكتاب بفضاء معرض صفاقس الدولي.");

    assertThat(event.name().value()).isEqualTo("صالون صفاقس للكتاب");
    assertThat(event.edition().value()).isEqualTo(4);
  }

  @Test
  void aNationalLeaguesRoundIsNoHostedEvent() {
    assertThat(events("تدور يوم الأحد 5 مارس 2027 مباريات الجولة العاشرة من بطولة الرابطة المحترفة الأولى "
        + "لكرة القدم في مدينة صفاقس.")).isEmpty();
  }

  @Test
  void aTimeAdverbialBetweenTheVerbAndItsSubjectDoesNotCount() {
    Event event = only("نظم اليوم السبت 25 فبراير 2027 مركز الدراسات الاستراتيجية ندوة حوارية مع الشباب.");

    assertThat(event.organization().value()).isEqualTo(Organizer.unlinked("مركز الدراسات الاستراتيجية"));
    assertThat(event.startDate().value().timex()).isEqualTo("2027-02-25");
  }

  @Test
  void aBodysHeadquartersIsTheVenueNotTheOrganizer() {
    Event event = only("تعقد الجلسة العامة الخامسة للمجلس يوم 3 مايو 2027 بمقر الجامعة العربية في القاهرة.");

    assertThat(event.organization()).isNull();
    assertThat(event.startDate().value().timex()).isEqualTo("2027-05-03");
    assertThat(event.city().value().id()).isEqualTo("360630");
  }

  @Test
  void aShortAndAFullNameOfOneBodyAgree() {
    List<Event> events = events("في مؤتمره الـ12 : اتحاد الفلاحين يرفض التأجيل\n"
        + "تنطلق غدا في صفاقس أشغال المؤتمر الـ12 للاتحاد العام التونسي للفلاحين.");

    assertThat(events).hasSize(1);
    assertThat(events.get(0).edition().value()).isEqualTo(12);
  }

  @Test
  void citiesAsTheRegionalPressSpellsThem() {
    Event prothetic = only("تحتضن انواكشوط يوم 3 مايو 2027 المؤتمر العربي للمياه.");
    Event glued = only("تحتضن الدارالبيضاء يوم 3 مايو 2027 المعرض الدولي للسيارات.");

    assertThat(prothetic.city().value().id()).isEqualTo("2377450");
    assertThat(glued.city().value().id()).isEqualTo("2553604");
  }

  @Test
  void aPlaceInBracketsAfterAVenueIsTheCity() {
    Event event = only("تنطلق يوم 3 مايو 2027 الدورة الخامسة للمعرض الدولي للكتاب بقصر المعارض (الجزائر العاصمة).");

    assertThat(event.city().value().id()).isEqualTo("2507480");
    assertThat(event.hostCountry().value().id()).isEqualTo("DZ");
  }

  @Test
  void numberedMeetingWithTheArticleApartFromItsNumber() {
    Event event = only("عقدت اللجنة التنفيذية للاتحاد العربي للنقل الجوي في الرباط أمس اجتماعها الـ 31 بحضور ممثلي الدول الأعضاء.");

    assertThat(event.edition().value()).isEqualTo(31);
    assertThat(event.edition().text()).isEqualTo("اجتماعها الـ 31");
  }

  @Test
  void twoKindsOfMeetingWithOneEditionAreOneEvent() {
    Event event = only("انطلقت في نيامي اليوم الجلسة العادية الـ 31 لقمة الاتحاد الأفريقي.\n"
        + "ويرأس القمة الـ 31 رئيس السنغال.");

    assertThat(event.edition().value()).isEqualTo(31);
    assertThat(event.organization().value().name()).isEqualTo("African Union");
  }

  @Test
  void venueAndNewsAgencyDoNotOrganize() {
    Event atVenue = only("انطلقت بمركز البحرين الدولي للمعارض أمس الدورة الخامسة لمعرض الحدائق والزهور.");
    Event reported = only("ذكرت وكالة الأنباء الليبية أن المؤتمر الدولي الثالث للطاقة سينطلق في طرابلس يوم 3 مايو 2025.");

    assertThat(atVenue.organization()).isNull();
    assertThat(atVenue.edition().value()).isEqualTo(5);
    assertThat(reported.organization()).isNull();
    assertThat(reported.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2025, 5, 3)));
  }

  @Test
  void theBodyAnOrganBelongsToConvenesItsMeeting() {
    Event event = only("عقدت الهيئة التنفيذية للرابطة العربية لمراكز البحوث اجتماعها الـ 12 في تونس يوم 4 مايو 2025.");

    assertThat(event.organization().value().name()).isEqualTo("الرابطة العربية لمراكز البحوث");
    assertThat(event.organization().text()).isEqualTo("لرابطة العربية لمراكز البحوث");
  }

  @Test
  void topicInTheMeetingsOwnPhrase() {
    Event football = only("يلتقي الفريقان في نهائي دورة الشهداء الخامسة لكرة القدم على ملعب المدينة في طرطوس.");
    Event film = only("افتتحت مساء السبت في مدينة وهران الدورة 12 لمهرجان الفيلم العربي.");

    assertThat(football.topics()).extracting(f -> f.value()).containsExactly("sports");
    assertThat(football.edition().value()).isEqualTo(5);
    assertThat(film.topics()).extracting(f -> f.value()).containsExactly("culture");
  }

  @Test
  void shortAndFullNameOfOneBodyAreOneEvent() {
    Event event = only("يسافر الوزير غدا إلى الكويت لحضور القمة الـ45 لمجلس التعاون.\n"
        + "وسيلقي الوزير أمام القمة الخامسة والأربعين كلمة بلاده، وهي قمة مجلس التعاون الخليجي.");

    assertThat(event.edition().value()).isEqualTo(45);
  }

  @Test
  void nextEditionNamedByItsNumberIsAnotherEvent() {
    List<Event> events = events("اختتمت مساء أمس في الرباط الدورة السابعة للألعاب المغاربية التي نظمها الاتحاد المغاربي للرياضة.\n"
        + "وودع رئيس الاتحاد الرياضيين وموعدنا في الدورة الثامنة بدولة تونس.");

    assertThat(events).hasSize(2);
    assertThat(events.get(0).edition().value()).isEqualTo(7);
    assertThat(events.get(0).city().value().id()).isEqualTo("2538475");
    assertThat(events.get(1).edition().value()).isEqualTo(8);
    assertThat(events.get(1).hostCountry().value().id()).isEqualTo("TN");
  }

  @Test
  void numberOfAWorkshopIsNoOtherEdition() {
    Event event = only("اختتم في مدينة خليفة المؤتمر الوطني الثالث للمكتبات الذي نظمته جمعية المكتبات الإماراتية.\n"
        + "وكان المؤتمر قد واصل أعماله في أبوظبي، حيث تناولت ورشة العمل الثانية رقمنة المخطوطات.");

    assertThat(event.edition().value()).isEqualTo(3);
    assertThat(event.organization().value().name()).isEqualTo("جمعية المكتبات الإماراتية");
  }

  @Test
  void cityWithAGluedPrepositionTheSegmenterKept() {
    Event event = only("تنطلق يوم 12 مارس 2025 بوهران الطبعة الخامسة للمهرجان الدولي لموسيقى الراي.");

    assertThat(event.city().value().id()).isEqualTo("2485926");
    assertThat(event.city().text()).isEqualTo("وهران");
    assertThat(event.hostCountry().value().id()).isEqualTo("DZ");
  }

  @Test
  void committeeNamedOnlyByTheMeetingIsNoOrganizer() {
    Event generic = only("أعلنت اللجنة التحضيرية للمؤتمر أن الدورة الرابعة لمؤتمر الطب الرياضي ستعقد في عمان يوم 9 مايو 2025.");
    Event named = only("أعلنت اللجنة العليا لمهرجان الفنون الشعبية أن الدورة الرابعة للمهرجان ستقام في مراكش يوم 9 مايو 2025.");

    assertThat(generic.organization()).isNull();
    assertThat(named.organization().value().name()).isEqualTo("اللجنة العليا لمهرجان الفنون الشعبية");
  }

  @Test
  void kindOfMeetingYieldsToATopicStatedInAnotherSentence() {
    Event event = only("ينطلق اليوم الأربعاء رسميا المعرض الدولي للكتاب في طبعته العاشرة بقصر المعارض بمدينة طنجة.\n\n"
        + "المعرض يسجل مشاركة ألف دار نشر (300 عربية - 700 أجنبية) من أربعين دولة.");

    assertThat(event.topics()).extracting(f -> f.value()).containsExactly("culture");
  }

  @Test
  void invitationNamesTheConvenerAndAnAgencyNever() {
    Event event = only("يعقد في الرباط يوم 4 مايو 2025 المؤتمر الإقليمي الثالث للأمن الغذائي بدعوة من الاتحاد الأفريقي، وقال مصدر رسمي لسونا إن المؤتمر سيناقش الزراعة.");

    assertThat(event.organization().value().name()).isEqualTo("African Union");
    assertThat(event.organization().template()).isEqualTo("hosted_meeting#organization.4");
  }

  @Test
  void federationHeadsAnOrganizerName() {
    Event event = only("أعلنت الكونفدرالية الإفريقية للملاكمة أن البطولة الإفريقية العاشرة للملاكمة ستجرى في داكار يوم 3 مايو 2025.");

    assertThat(event.organization().value().name()).isEqualTo("الكونفدرالية الإفريقية للملاكمة");
  }

  @Test
  void meetingNamedInSomeonesTitleIsNoEvent() {
    Event event = only("انطلقت صباح اليوم في جنيف أعمال الدورة الخمسين لمجلس حقوق الإنسان يوم 13 يونيو 2025.\n"
        + "ويستمع المجلس إلى كلمة الرئيس الحالي للجمعية العامة القادم من نيويورك.");

    assertThat(event.edition().value()).isEqualTo(50);
    assertThat(event.city().value().id()).isEqualTo("2660646");
  }

  @Test
  void consultativeMeetingIsAMeeting() {
    Event event = only("تحتضن نواكشوط الشهر المقبل اجتماعا تشاوريا بشأن أمن الساحل بدعوة من الاتحاد الأفريقي.");

    assertThat(event.organization().value().name()).isEqualTo("African Union");
    assertThat(event.city().value().id()).isEqualTo("2377450");
  }

  @Test
  void ordinalEndingTheNameIsTheEdition() {
    Event festival = only("اختتمت في مدينة كربلاء فعاليات مهرجان الربيع الثقافي الدولي التاسع يوم 9 يناير 2015.");
    Event century = only("انطلق في الرباط مؤتمر تحديات القرن الحادي والعشرين يوم 3 مايو 2025 بحضور خبراء.");

    assertThat(festival.edition().value()).isEqualTo(9);
    assertThat(century.edition()).isNull();
  }

  @Test
  void destinationOfADelegationIsTheHostCountry() {
    Event event = only("يغادر وزير الخارجية البلاد غدا متوجها إلى المملكة المغربية لترؤس وفد بلاده في مؤتمر القمة الخامس عشر لمنظمة التعاون الإسلامي.");

    assertThat(event.hostCountry().value().id()).isEqualTo("MA");
    assertThat(event.edition().value()).isEqualTo(15);
  }

  @Test
  void countryPreparingToHostIsTheHostCountry() {
    Event event = only("أكد مسؤول في الاتحاد الإفريقي أن السنغال أنهت كافة الاستعدادات الخاصة باستضافة الدورة الثالثة للقمة الإفريقية للزراعة.");

    assertThat(event.hostCountry().value().id()).isEqualTo("SN");
    assertThat(event.hostCountry().text()).isEqualTo("السنغال");
  }

  @Test
  void nationalOrganizerGivesTheHostCountryWhenNothingElseDoes() {
    Event national = only("تنظم وزارة الثقافة المغربية مهرجانا للموسيقى الأندلسية من 3 إلى 6 يونيو 2025.");
    Event abroad = only("تنظم وزارة الثقافة المغربية مهرجانا للموسيقى الأندلسية في باريس من 3 إلى 6 يونيو 2025.");

    assertThat(national.hostCountry().value().id()).isEqualTo("MA");
    assertThat(national.hostCountry().text()).isEqualTo("وزارة الثقافة المغربية");
    assertThat(national.hostCountry().template()).isEqualTo("hosted_meeting#hostCountry.10");
    assertThat(abroad.hostCountry().value().id()).isEqualTo("FR");
  }

  @Test
  void facultyOfAUniversityOrganizesInFull() {
    Event event = only("نظمت كلية الحقوق بجامعة اليرموك أمس مؤتمرا علميا حول حماية البيانات.");
    Event withIn = only("نظمت كلية الآداب في جامعة اليرموك أمس مؤتمرا علميا حول حماية البيانات.");

    assertThat(event.organization().value().name()).isEqualTo("كلية الحقوق بجامعة اليرموك");
    assertThat(withIn.organization().value().name()).isEqualTo("كلية الآداب في جامعة اليرموك");
  }

  @Test
  void firstTimeIsNoEdition() {
    Event event = only("تنعقد قمة المناخ الإفريقية لأول مرة منذ عشر سنوات في مدينة الرباط يوم 3 مايو 2025.");

    assertThat(event.edition()).isNull();
    assertThat(event.city().value().id()).isEqualTo("2538475");
  }

  @Test
  void patronIsNotTheOrganizer() {
    Event event = only("تحت رعاية وزارة الثقافة، ينظم اتحاد الكتاب العرب مؤتمره السنوي الثالث في الرباط يوم 12 مايو 2025.");

    assertThat(event.organization().value().name()).isEqualTo("اتحاد الكتاب العرب");
    assertThat(event.city().value().id()).isEqualTo("2538475");
  }

  @Test
  void organizeCueWithObjectPronounPointsAtTheOrganizer() {
    Event event = only("افتتحت في الرباط يوم 2 مارس 2025 الدورة العاشرة لمعرض الصناعات التقليدية التي تنظمها الغرفة الوطنية للحرف.");

    assertThat(event.organization().value().name()).isEqualTo("الغرفة الوطنية للحرف");
    assertThat(event.edition().value()).isEqualTo(10);
  }

  @Test
  void organizerNamedOutsideTheTriggerSentence() {
    Event event = only("أعلنت الجمعية المغربية للمسرح برنامج موسمها الجديد.\n"
        + "وتنطلق يوم 20 مارس 2025 في فاس فعاليات المهرجان الوطني للمسرح.");

    assertThat(event.organization().value().name()).isEqualTo("الجمعية المغربية للمسرح");
    assertThat(event.organization().template()).startsWith("hosted_meeting#organization.");
    assertThat(event.city().value().name()).isEqualTo("Fes");
  }

  @Test
  void capitalSpelledLikeItsCountryIsAlsoTheCity() {
    Event event = only("تحتضن تونس من 14 إلى 16 ديسمبر 2025 المؤتمر العربي الرابع للطاقة.");

    assertThat(event.city().value().id()).isEqualTo("2464470");
    assertThat(event.city().text()).isEqualTo("تونس");
    assertThat(event.hostCountry().value().id()).isEqualTo("TN");
  }

  @Test
  void capitalWithItsOwnFormIsTheCityOnlyWhenQualified() {
    Event country = only("تستضيف الجزائر يوم 4 فبراير 2026 المؤتمر الإفريقي الثاني للمياه.");
    Event city = only("تنطلق في العاصمة الجزائر يوم 4 فبراير 2026 أشغال المؤتمر الإفريقي الثاني للمياه.");

    assertThat(country.hostCountry().value().id()).isEqualTo("DZ");
    assertThat(country.city()).isNull();
    assertThat(city.city().value().id()).isEqualTo("2507480");
    assertThat(city.hostCountry().value().id()).isEqualTo("DZ");
  }

  @Test
  void cityAfterACommaApposition() {
    Event event = only("انطلقت في العاصمة الأوغندية، كمبالا، أشغال القمة الإفريقية الثالثة للمناخ يوم 2 سبتمبر 2025.");

    assertThat(event.city().value().id()).isEqualTo("232422");
    assertThat(event.hostCountry().value().id()).isEqualTo("UG");
  }

  @Test
  void statedLengthGivesTheLastDayFromOneStatedDay() {
    Event event = only("يفتتح يوم 10 نوفمبر 2025 في الدوحة المنتدى العربي الخامس للتعليم، على مدى ثلاثة أيام.");

    assertThat(event.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2025, 11, 10)));
    assertThat(event.endDate().value()).isEqualTo(EventDate.of(LocalDate.of(2025, 11, 12)));
    assertThat(event.endDate().text()).isEqualTo("ثلاثة أيام");
  }

  @Test
  void mentionThatRefersBackJoinsTheLatestEvent() {
    Event event = only("تنطلق في أكادير يوم 5 مايو 2025 الدورة الثامنة لمهرجان السينما الإفريقية.\n"
        + "وأوضح المدير أن المهرجان يستقبل هذا العام ضيوفا في الرباط.");

    assertThat(event.city().value().name()).isEqualTo("Agadir");
    assertThat(event.edition().value()).isEqualTo(8);
  }

  @Test
  void workshopOfAConferenceIsPartOfIt() {
    Event event = only("اختتم في مراكش يوم 8 مارس 2025 المؤتمر الدولي الرابع للأمن السيبراني.\n"
        + "وخصصت الجلسة الثانية لعرض تجارب في مكافحة الجرائم الإلكترونية.");

    assertThat(event.edition().value()).isEqualTo(4);
    assertThat(event.topics()).extracting(SlotFiller::value).containsExactly("cybercrime");
  }

  @Test
  void wordCancelledOnceIsCancelledInTheWholeDocument() {
    List<Event> events = events("انطلقت في الرباط يوم 3 يونيو 2025 دورة تدريبية لفائدة أطر الجمارك.\n"
        + "وتستمر الدورة الثانية أسبوعا بمشاركة خبراء من فرنسا.");

    assertThat(events).isEmpty();
  }

  @Test
  void numberedMeetingStartsAnEventOnlyWithItsNumber() {
    assertThat(events("عقد وزير الخارجية اجتماعا مع نظيره المصري في القاهرة يوم 4 مايو 2025.")).isEmpty();

    Event event = only("احتضنت الرياض يوم 4 مايو 2025 الاجتماع الـ40 لوزراء الصحة العرب.");
    assertThat(event.edition().value()).isEqualTo(40);
    assertThat(event.city().value().name()).isEqualTo("Riyadh");
  }

  @Test
  void backgroundPhraseCutsItsSentenceFromThereOn() {
    Event event = only("تقام الدورة العاشرة لمعرض الكتاب في وهران من 2 إلى 6 أبريل 2025، بعد أن احتضنت الدورة السابقة مدينة قسنطينة.");

    assertThat(event.city().value().id()).isEqualTo("2485926");
    assertThat(event.edition().value()).isEqualTo(10);
  }

  @Test
  void kindOfMeetingGivesItsTopicWhenNothingElseDoes() {
    Event festival = only("ينطلق في سوسة يوم 12 يوليو 2025 مهرجان سوسة الدولي.");
    Event championship = only("تحتضن الرباط يوم 3 أغسطس 2025 بطولة إفريقيا للشباب.");

    assertThat(festival.topics()).extracting(SlotFiller::value).containsExactly("culture");
    assertThat(festival.topics().get(0).text()).isEqualTo("مهرجان");
    assertThat(championship.topics()).extracting(SlotFiller::value).containsExactly("sports");
  }

  @Test
  void noEventInATrainingCourseNorABilateralTalk() {
    assertThat(events("استقبل وزير الداخلية اليوم في الرباط نظيره الإسباني، وبحث معه التعاون الأمني.")).isEmpty();
  }

  @Test
  void organizerLinkedStaysLinked() {
    Event event = only("تستضيف الدوحة من 4 إلى 6 نوفمبر 2025 الدورة 94 للجمعية العامة للأنتربول.");

    Link link = event.organization().value().link();
    assertThat(link).isNotNull();
    assertThat(link.name()).isEqualTo("INTERPOL");
    assertThat(event.organization().value().name()).isEqualTo("INTERPOL");
  }

  @Test
  void placeReadBeforeTheSentenceThatStartsTheEventIsKept() {
    Event event = only("تحتضن الرباط خلال الشهر المقبل لقاء للخبراء في شؤون الصيد.\n"
        + "ويعقد الاجتماع الـ12 لوزراء الصيد الأفارقة يوم 3 مارس 2025.");

    assertThat(event.city().value().id()).isEqualTo("2538475");
    assertThat(event.edition().value()).isEqualTo(12);
  }

  @Test
  void datelinePlaceWithATatweelDashIsTheLastResortCity() {
    Event event = only("أسوان ـ انطلقت مساء أمس أشغال المؤتمر الدولي الثالث للسياحة الثقافية بحضور خبراء من عشرين دولة.");

    assertThat(event.city().value().id()).isEqualTo("359792");
    assertThat(event.city().template()).isEqualTo("hosted_meeting#city.8");
    assertThat(event.hostCountry().value().id()).isEqualTo("EG");
  }

  @Test
  void closingDayStatedLaterBelongsToTheEvent() {
    Event event = only("افتتحت يوم 1 أبريل 2025 في مدينة بنغازي الدورة الخمسون لمعرض الصناعات الوطنية.\n"
        + "وأكد المنظمون أن الدورة تستمر حتى الخامس عشر من أبريل.");

    assertThat(event.startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2025, 4, 1)));
    assertThat(event.endDate().value()).isEqualTo(EventDate.of(LocalDate.of(2025, 4, 15)));
    assertThat(event.endDate().text()).isEqualTo("الخامس عشر من أبريل");
  }

  @Test
  void statedLengthAfterLamMuddat() {
    Event event = only("تنطلق في الرباط يوم 4 ديسمبر 2023 ولمدة ثلاثة أيام أشغال المؤتمر العربي الثالث للمياه.");

    assertThat(event.endDate().value()).isEqualTo(EventDate.of(LocalDate.of(2023, 12, 6)));
  }

  @Test
  void committeeNamedAfterItsMeetingOrganizesIt() {
    Event event = only("حددت اللجنة العليا للمهرجان الوطني للفنون الشعبية موعد الدورة الأربعين للمهرجان في مدينة مراكش من 20 إلى 30 يوليو 2025.");

    assertThat(event.organization().value().name()).isEqualTo("اللجنة العليا للمهرجان الوطني للفنون الشعبية");
    assertThat(event.edition().value()).isEqualTo(40);
  }

  @Test
  void sentenceListingTwoMeetingsWithTheirOwnDaysGivesTwoEvents() {
    List<Event> events = events("أعلن الاتحاد العربي للدراجات برنامج الموسم: "
        + "تقام بطولة العرب للطرق في تونس من 3 إلى 6 مارس 2026، بينما تقام بطولة العرب للمضمار في الدوحة من 10 إلى 14 أبريل 2026.");

    assertThat(events).hasSize(2);
    assertThat(events.get(0).hostCountry().value().id()).isEqualTo("TN");
    assertThat(events.get(0).startDate().value()).isEqualTo(EventDate.of(LocalDate.of(2026, 3, 3)));
    assertThat(events.get(1).city().value().name()).isEqualTo("Doha");
    assertThat(events.get(1).endDate().value()).isEqualTo(EventDate.of(LocalDate.of(2026, 4, 14)));
  }
}
