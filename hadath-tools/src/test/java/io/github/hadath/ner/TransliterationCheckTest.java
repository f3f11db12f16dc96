package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TransliterationCheckTest {

  @Test
  void sameConsonantsAgreeFully() {
    assertThat(TransliterationCheck.agreement("Douz", "دوز")).isEqualTo(1.0);
    assertThat(TransliterationCheck.agreement("Sidi Bennour", "سيدي بنور")).isEqualTo(1.0);
  }

  @Test
  void latinArticleAndArabicArticleAreBothSkipped() {
    assertThat(TransliterationCheck.agreement("Le Kram", "الكرم")).isEqualTo(1.0);
    assertThat(TransliterationCheck.agreement("El Hamma", "الحامة")).isEqualTo(1.0);
  }

  @Test
  void doubledLatinLettersAreReadOnce() {
    assertThat(TransliterationCheck.latinSkeleton("Bennour"))
        .isEqualTo(TransliterationCheck.latinSkeleton("Benour"));
  }

  @Test
  void diacriticsAreIgnoredOnBothSides() {
    assertThat(TransliterationCheck.agreement("Sétif", "سطيف")).isEqualTo(1.0);
    assertThat(TransliterationCheck.agreement("Setif", "سَطِيف")).isEqualTo(1.0);
  }

  @Test
  void maghrebGWritesQaf() {
    assertThat(TransliterationCheck.agreement("Guelma", "قالمة")).isEqualTo(1.0);
  }

  @Test
  void digraphsAreOneConsonant() {
    assertThat(TransliterationCheck.agreement("Khenchela", "خنشلة")).isEqualTo(1.0);
    assertThat(TransliterationCheck.agreement("Ghardaia", "غرداية")).isEqualTo(1.0);
    assertThat(TransliterationCheck.latinSkeleton("Chlef")).hasSize(3);
  }

  @Test
  void chineseTehSheenIsOneConsonant() {
    assertThat(TransliterationCheck.agreement("Changsha", "تشانغشا")).isEqualTo(1.0);
  }

  @Test
  void finalTehMarbutaAndFinalLatinHAreSilent() {
    assertThat(TransliterationCheck.agreement("Jeddah", "جدة")).isEqualTo(1.0);
    assertThat(TransliterationCheck.agreement("Abomey", "أبوميه")).isEqualTo(1.0);
  }

  @Test
  void theWordMadinaIsSkipped() {
    assertThat(TransliterationCheck.agreement("Quezon City", "مدينة كيزون")).isEqualTo(1.0);
  }

  @Test
  void anotherNameAgreesWithNothing() {
    assertThat(TransliterationCheck.agrees("Granada", "سقوط الأندلس")).isFalse();
    assertThat(TransliterationCheck.agrees("Nabeul", "الوطن القبلي")).isFalse();
  }

  @Test
  void anExtraArabicWordNamesAnotherThing() {
    // the airport, the football club: one word aligns with nothing
    assertThat(TransliterationCheck.agreement("Tozeur", "مطار توزر")).isZero();
    assertThat(TransliterationCheck.agreement("Kairouan", "نادي القيروان")).isZero();
  }

  @Test
  void aLongerNameWithTheSameStartIsAnotherPlace() {
    // «منزل» shares two consonants of five with Monastir; «بن» one of three with Ben Arous
    assertThat(TransliterationCheck.agrees("Monastir", "منزل")).isFalse();
    assertThat(TransliterationCheck.agrees("Ben Arous", "بن")).isFalse();
  }

  @Test
  void threeConsonantsInFourAreEnough() {
    assertThat(TransliterationCheck.agreement("Kasserine", "القصرين")).isEqualTo(1.0);
    assertThat(TransliterationCheck.agreement("Beja", "باجة")).isEqualTo(1.0);
    assertThat(TransliterationCheck.agreement("Seliana", "سليانة")).isEqualTo(1.0);
    assertThat(TransliterationCheck.agrees("Mahdia", "المهدية")).isTrue();
  }

  @Test
  void emptyOrVowelOnlyNamesNeverAgree() {
    assertThat(TransliterationCheck.agreement("", "دوز")).isZero();
    assertThat(TransliterationCheck.agreement("Douz", "")).isZero();
    assertThat(TransliterationCheck.agreement("Aioua", "أوي")).isZero();
  }
}
