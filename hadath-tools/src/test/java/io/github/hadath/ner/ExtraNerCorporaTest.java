package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExtraNerCorporaTest {

  @Test
  void aqmarPersonBecomesPers() {
    assertThat(ExtraNerCorpora.aqmarTag("B-PER")).isEqualTo("B-PERS");
    assertThat(ExtraNerCorpora.aqmarTag("I-PER")).isEqualTo("I-PERS");
  }

  @Test
  void aqmarMisspeltTagsAreReadAsMeant() {
    assertThat(ExtraNerCorpora.aqmarTag("I--ORG")).isEqualTo("I-ORG");
    assertThat(ExtraNerCorpora.aqmarTag("OO")).isEqualTo("O");
  }

  @Test
  void aqmarMiscellaneousClassDropsTheSentence() {
    assertThat(ExtraNerCorpora.aqmarTag("B-MIS1")).isNull();
    assertThat(ExtraNerCorpora.aqmarTag("B-MIS1`")).isNull();
  }

  @Test
  void wojoodPlacesAndFacilitiesBecomeLoc() {
    assertThat(ExtraNerCorpora.wojoodTag("B-GPE")).isEqualTo("B-LOC");
    assertThat(ExtraNerCorpora.wojoodTag("I-FAC")).isEqualTo("I-LOC");
  }

  @Test
  void wojoodNationalitiesAndDatesBecomeO() {
    assertThat(ExtraNerCorpora.wojoodTag("B-NORP")).isEqualTo("O");
    assertThat(ExtraNerCorpora.wojoodTag("I-DATE")).isEqualTo("O");
  }

  @Test
  void wojoodEventDropsTheSentence() {
    assertThat(ExtraNerCorpora.wojoodTag("B-EVENT")).isNull();
  }

  @Test
  void aqmarTeamOrMinistryOrganizationDropsTheSentence() {
    assertThat(ExtraNerCorpora.startsWithUntaggedHead("منتخب", "B-ORG")).isTrue();
    assertThat(ExtraNerCorpora.startsWithUntaggedHead("والمنتخب", "B-ORG")).isTrue();
    assertThat(ExtraNerCorpora.startsWithUntaggedHead("وزارة", "B-ORG")).isTrue();
    assertThat(ExtraNerCorpora.startsWithUntaggedHead("منتخب", "O")).isFalse();
    assertThat(ExtraNerCorpora.startsWithUntaggedHead("نادي", "B-ORG")).isFalse();
  }

  @Test
  void aLoneLeftToRightMarkIsNoToken() {
    assertThat(ExtraNerCorpora.isInvisible("\u200E")).isTrue();
    assertThat(ExtraNerCorpora.isInvisible("دمشق")).isFalse();
  }
}
