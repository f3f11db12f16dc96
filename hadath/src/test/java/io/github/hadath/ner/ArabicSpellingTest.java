package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.ner.ArabicSpelling.Verdict;
import org.junit.jupiter.api.Test;

class ArabicSpellingTest {

  private final ArabicSpelling spelling = ArabicSpelling.shared();

  @Test
  void wordsWithCliticsAndInflectionsAreKnown() {
    assertThat(spelling.verdict("المدرسة")).isEqualTo(Verdict.KNOWN);
    assertThat(spelling.verdict("وبالمدرسة")).isEqualTo(Verdict.KNOWN);
    assertThat(spelling.verdict("الحكومة")).isEqualTo(Verdict.KNOWN);
  }

  @Test
  void diacriticsTatweelAndStretchedLettersAreRemovedFirst() {
    assertThat(spelling.verdict("رائعععع")).isEqualTo(Verdict.KNOWN);
    assertThat(spelling.verdict("المـــدرسة")).isEqualTo(Verdict.KNOWN);
    assertThat(spelling.verdict("المَدْرَسَة")).isEqualTo(Verdict.KNOWN);
  }

  @Test
  void transliteratedNamesAreUnknown() {
    assertThat(spelling.verdict("ساركوزي")).isEqualTo(Verdict.UNKNOWN);
    assertThat(spelling.verdict("فولكسفاغن")).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void digitsLatinPunctuationAndOverlongWordsAreOther() {
    assertThat(spelling.verdict("2024")).isEqualTo(Verdict.OTHER);
    assertThat(spelling.verdict("BBC")).isEqualTo(Verdict.OTHER);
    assertThat(spelling.verdict("،")).isEqualTo(Verdict.OTHER);
    assertThat(spelling.verdict("")).isEqualTo(Verdict.OTHER);
    assertThat(spelling.verdict("الاستراتيجيات".repeat(3))).isEqualTo(Verdict.OTHER);
  }
}
