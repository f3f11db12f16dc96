package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.hadath.Analysis;
import io.github.hadath.Pipelines;
import io.github.hadath.WellFormed;
import io.github.hadath.text.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class CombinedEntityRecognizerTest {

  private static List<EntityMention> entities(String text) {
    Analysis analysis = Pipelines.hadath().analyze(text);
    WellFormed.assertWellFormed(analysis);
    return analysis.entities();
  }

  @Test
  void gazetteerLinksLocationsAndCrfAddsPersons() {
    List<EntityMention> entities = entities("وقال الرئيس الفرنسي جاك شيراك في باريس .");

    assertThat(entities)
        .extracting(EntityMention::type, EntityMention::text, EntityMention::source)
        .containsExactly(
            tuple(EntityType.PERS, "جاك شيراك", "crf"), tuple(EntityType.LOC, "باريس", "gazetteer"));
    assertThat(entities.get(1).link().kind()).isEqualTo(Link.Kind.CITY);
    assertThat(entities.get(1).link().countryCode()).isEqualTo("FR");
  }

  @Test
  void gluedCountryIsLinkedWithoutItsProclitics() {
    List<EntityMention> entities = entities("وعاد الوزير من بالأردن أمس .");

    assertThat(entities).extracting(EntityMention::type, EntityMention::text)
        .containsExactly(tuple(EntityType.LOC, "الأردن"));
    assertThat(entities.get(0).link().id()).isEqualTo("JO");
  }

  private static EntityMention mention(
      EntityType type, String text, int begin, Link link, String source) {
    return new EntityMention(type, text, Span.of(begin, begin + text.length()), link, source);
  }

  private static List<EntityMention> combine(EntityMention gazetteer, EntityMention crf) {
    return CombinedEntityRecognizer.combine(List.of(gazetteer), List.of(crf), m -> null);
  }

  @Test
  void linkedCityInsideACrfOrganizationOrMiscNameWins() {
    Link cairo = new Link(Link.Kind.CITY, "360630", "Cairo", "EG");
    EntityMention city = mention(EntityType.LOC, "القاهرة", 6, cairo, "gazetteer");
    EntityMention university = mention(EntityType.ORG, "جامعة القاهرة", 0, null, "crf");
    EntityMention fair = mention(EntityType.MISC, "معرض القاهرة الدولي للكتاب", 0, null, "crf");

    assertThat(combine(city, university)).containsExactly(city);
    assertThat(combine(mention(EntityType.LOC, "القاهرة", 5, cairo, "gazetteer"), fair))
        .extracting(EntityMention::text, EntityMention::link)
        .containsExactly(tuple("القاهرة", cairo));
  }

  @Test
  void crfPersonContainingACityWinsOverTheCity() {
    Link washington = new Link(Link.Kind.CITY, "4140963", "Washington", "US");
    EntityMention city = mention(EntityType.LOC, "واشنطن", 5, washington, "gazetteer");
    EntityMention person = mention(EntityType.PERS, "جورج واشنطن", 0, null, "crf");

    assertThat(combine(city, person)).containsExactly(person);
  }

  @Test
  void crfMentionOverlappingAGazetteerNameWithoutContainingItIsDropped() {
    Link us = new Link(Link.Kind.COUNTRY, "US", "United States", "US");
    EntityMention country = mention(EntityType.LOC, "الولايات المتحدة", 0, us, "gazetteer");
    EntityMention partial = mention(EntityType.ORG, "المتحدة", 9, null, "crf");

    assertThat(combine(country, partial)).containsExactly(country);
  }

  @Test
  void crfMentionExtendingAGazetteerNameOfTheSameTypeKeepsItsLink() {
    Link us = new Link(Link.Kind.COUNTRY, "US", "United States", "US");
    EntityMention country = mention(EntityType.LOC, "الولايات المتحدة", 0, us, "gazetteer");
    EntityMention longer = mention(EntityType.LOC, "الولايات المتحدة الأمريكية", 0, null, "crf");

    assertThat(combine(country, longer))
        .containsExactly(new EntityMention(EntityType.LOC, longer.text(), longer.span(), us, "crf"));
  }

  @Test
  void institutionPhraseAddsAnOrganizationTheCrfMisses() {
    List<EntityMention> entities = entities("وأعلنت الهيئة العامة للمعارض أمس برنامج الموسم .");

    assertThat(entities).extracting(EntityMention::type, EntityMention::text, EntityMention::source)
        .contains(tuple(EntityType.ORG, "الهيئة العامة للمعارض", InstitutionPhrases.SOURCE));
  }

  @Test
  void ministryAndCentralBankCommitteeAreOrganizationsOfThePipeline() {
    // the CRF leaves both heads O, as ANERcorp does; the institution-phrase rule adds them
    assertThat(entities("وأعلنت وزارة التربية والتعليم أمس عن موعد جديد لبدء العام الدراسي ."))
        .extracting(EntityMention::type, EntityMention::text)
        .contains(tuple(EntityType.ORG, "وزارة التربية والتعليم"));
    assertThat(entities("قررت لجنة السياسة النقدية في البنك المركزي المصري الإبقاء على أسعار الفائدة ."))
        .extracting(EntityMention::type, EntityMention::text)
        .contains(tuple(EntityType.ORG, "لجنة السياسة النقدية"), tuple(EntityType.ORG, "البنك المركزي المصري"));
  }

  @Test
  void institutionPhraseThatExtendsALinkedNameIsAnotherBody() {
    EntityMention linked = mention(EntityType.ORG, "الاتحاد الأوروبي", 0, new Link(Link.Kind.ORGANIZATION, "Q458", "European Union", null), "gazetteer");
    EntityMention phrase = mention(EntityType.ORG, "الاتحاد الأوروبي لكرة القدم", 0, null, InstitutionPhrases.SOURCE);
    EntityMention inside = mention(EntityType.ORG, "الاتحاد الأوروبي", 0, null, InstitutionPhrases.SOURCE);

    assertThat(CombinedEntityRecognizer.withInstitutions(List.of(linked), List.of(phrase))).containsExactly(phrase);
    assertThat(CombinedEntityRecognizer.withInstitutions(List.of(linked), List.of(inside))).containsExactly(linked);
  }

  @Test
  void institutionPhraseHoldsAPlaceNamedAfterItsHead() {
    EntityMention city = mention(EntityType.LOC, "إربد", 6, new Link(Link.Kind.CITY, "248946", "Irbid", "JO"), "gazetteer");
    EntityMention phrase = mention(EntityType.ORG, "جامعة إربد الأهلية", 0, null, InstitutionPhrases.SOURCE);
    EntityMention startingWithIt = mention(EntityType.ORG, "إربد الأهلية", 6, null, InstitutionPhrases.SOURCE);

    assertThat(CombinedEntityRecognizer.withInstitutions(List.of(city), List.of(phrase))).containsExactly(phrase);
    assertThat(CombinedEntityRecognizer.withInstitutions(List.of(city), List.of(startingWithIt))).containsExactly(city);
  }
}
