package io.github.hadath.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** The time reader never throws and always reports exact spans, whatever the input. */
class TimeReaderPropertyTest {

  private static final List<String> PIECES = List.of(
      "نوفمبر", "نونبر", "جويلية", "كانون", "الثاني", "تشرين", "2", "1", "شوال", "هـ", "م", "الموافق",
      "من", "إلى", "بين", "و", "يومي", "الرابع", "والعشرين", "عام", "ألفين", "منذ", "قبل", "ساعة",
      "يومين", "الأسبوع", "المقبل", "الأثنين", "اليوم", "أمس", "غدا", "الساعة", "كل", "سنويا",
      "١٥", "۲۰۲۴", "2024", "1445", "10-12", "/", "-", ".", ":", "(", ")", "،", "\n", " ", "  ",
      "\u200F", "\u061C", "\u202B", "\u2069", "\u0640", "\u064B", "ً", "لل", "\uD800", "x");

  @Provide
  Arbitrary<String> arabicWithDates() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join(" ", pieces))
        .injectDuplicates(0.1);
  }

  @Provide
  Arbitrary<String> gluedPieces() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 400)
  void neverThrowsOnArabicWithDates(@ForAll("arabicWithDates") String text) {
    assertWellFormed(text, LocalDate.of(2024, 6, 1));
    assertWellFormed(text, null);
  }

  @Property(tries = 300)
  void neverThrowsWhateverThePublicationDate(
      @ForAll("arabicWithDates") String text, @ForAll @LongRange(min = -400_000, max = 400_000) long epochDay) {
    assertWellFormed(text, LocalDate.ofEpochDay(epochDay));
  }

  @Property(tries = 400)
  void neverThrowsOnGluedPieces(@ForAll("gluedPieces") String text) {
    assertWellFormed(text, null);
  }

  @Property(tries = 400)
  void neverThrowsOnRandomUnicode(@ForAll String text) {
    assertWellFormed(text, LocalDate.of(2024, 6, 1));
  }

  @Test
  void longRunOfDatePiecesIsReadInOnePass() {
    String text = "من 15 إلى 17 نوفمبر ٢٠٢٤ و 10-12 مارس وبين الرابع والعشرين ".repeat(20_000);

    TimeAnalysis analysis = TimeExpressionTableTest.read(text, LocalDate.of(2024, 6, 1));

    assertThat(analysis.expressions()).hasSize(40_000);
  }

  private static void assertWellFormed(String text, LocalDate documentDate) {
    TimeAnalysis analysis = TimeExpressionTableTest.read(text, documentDate);
    int previousEnd = 0;
    for (TimeExpression expression : analysis.expressions()) {
      if (expression.begin() != null) {
        assertThat(expression.end()).isAfterOrEqualTo(expression.begin());
      }
      assertThat(expression.span().begin()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(expression.span().end()).isLessThanOrEqualTo(text.length());
      assertThat(text.substring(expression.span().begin(), expression.span().end())).isEqualTo(expression.text());
      previousEnd = expression.span().end();
    }
  }
}
