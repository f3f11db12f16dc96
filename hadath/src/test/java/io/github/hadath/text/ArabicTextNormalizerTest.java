package io.github.hadath.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArabicTextNormalizerTest {

  private final ArabicTextNormalizer normalizer = new ArabicTextNormalizer();

  @Test
  void tatweelAndDiacriticsAreRemovedAndMapBack() {
    NormalizedText text = normalizer.normalize("الـــمغربُ");

    assertThat(text.normalized()).isEqualTo("المغرب");
    assertThat(text.toOriginal(0, 6)).isEqualTo(Span.of(0, 10));
  }

  @Test
  void tatweelBetweenDigitsIsADash() {
    NormalizedText text = normalizer.normalize("من ٢٣ـ30 ديسمبر ومصـر");

    assertThat(text.normalized()).isEqualTo("من 23-30 ديسمبر ومصر");
    assertThat(text.originalText(5, 6)).isEqualTo("ـ");
  }

  @Test
  void arabicIndicAndPersianDigitsBecomeAscii() {
    NormalizedText text = normalizer.normalize("٢٤ و۲۷");

    assertThat(text.normalized()).isEqualTo("24 و27");
    assertThat(text.originalText(3, 6)).isEqualTo("و۲۷");
  }

  @Test
  void lamAlefLigatureExpandsToTwoLettersMappingToOneChar() {
    String original = "ا\uFEF7ردن";
    NormalizedText text = normalizer.normalize(original);

    assertThat(text.normalized()).isEqualTo("الأردن");
    assertThat(text.toOriginal(1, 3)).isEqualTo(Span.of(1, 2));
    assertThat(text.originalText(0, 6)).isEqualTo(original);
  }

  @Test
  void splitInsideALigatureNeverMakesOverlappingSpans() {
    NormalizedText text = normalizer.normalize("\uFEF7ن"); // «لأن» with the lam-alef ligature

    assertThat(text.normalized()).isEqualTo("لأن");
    assertThat(text.toOriginal(0, 1)).isEqualTo(Span.of(0, 1));
    assertThat(text.toOriginal(1, 3)).isEqualTo(Span.of(1, 2));
  }

  @Test
  void pdfLineInPresentationFormsFoldsToLetters() {
    // «الأردن» as PDF extractors emit it: isolated alef, lam-alef ligature, final/initial forms.
    String original = "\uFE8D\uFEF7\uFEAE\uFEA9\uFEE6";
    NormalizedText text = normalizer.normalize(original);

    assertThat(text.normalized()).isEqualTo("الأردن");
    assertThat(text.toOriginal(0, 6)).isEqualTo(Span.of(0, 5));
  }

  @Test
  void stretchedLettersFoldToOneLetterMappingToTheWholeRun() {
    String original = "رائعععع جدااا";
    NormalizedText text = normalizer.normalize(original);

    assertThat(text.normalized()).isEqualTo("رائع جدا");
    assertThat(text.originalText(0, 4)).isEqualTo("رائعععع");
    assertThat(text.originalText(5, 8)).isEqualTo("جدااا");
  }

  @Test
  void stretchedLettersAreFoundThroughTatweelAndMarks() {
    NormalizedText text = normalizer.normalize("رائعـعـعَع");

    assertThat(text.normalized()).isEqualTo("رائع");
    assertThat(text.toOriginal(3, 4)).isEqualTo(Span.of(3, 10));
    assertThat(ArabicTextNormalizer.matchKey("\uFEF7")).isEqualTo("لا");
  }

  @Test
  void finalVowelStaysInsideItsLettersSpanButBidiMarksDoNot() {
    NormalizedText text = normalizer.normalize("مصرُ\u200F وقطرٌ");

    assertThat(text.normalized()).isEqualTo("مصر وقطر");
    assertThat(text.originalText(0, 3)).isEqualTo("مصرُ");
    assertThat(text.originalText(4, 8)).isEqualTo("وقطرٌ");
    assertThat(normalizer.normalize("مصر\u200F\u064F").originalText(0, 3)).isEqualTo("مصر");
  }

  @Test
  void doubledLettersAreKept() {
    assertThat(normalizer.normalize("ممثل الله").normalized()).isEqualTo("ممثل الله");
  }

  @Test
  void strayMarkAfterASpaceIsRemovedWithoutShiftingWhatFollows() {
    String original = "في \u0301المغرب \u064Eو";
    NormalizedText text = normalizer.normalize(original);

    assertThat(text.normalized()).isEqualTo("في المغرب و");
    assertThat(text.originalText(3, 9)).isEqualTo("المغرب");
    assertThat(text.toOriginal(3, 9)).isEqualTo(Span.of(4, 10));
  }

  @Test
  void markAfterALatinLetterIsKept() {
    assertThat(normalizer.normalize("e\u0301").normalized()).isEqualTo("e\u0301");
  }

  @Test
  void htmlTagsBecomeOneSpaceOrLineFeedMappingToTheWholeTag() {
    String original = "<p class=\"x\">مراكش</p><b>الرباط</b>";
    NormalizedText text = normalizer.normalize(original);

    assertThat(text.normalized()).isEqualTo("\nمراكش\n الرباط ");
    assertThat(text.originalText(0, 1)).isEqualTo("<p class=\"x\">");
    assertThat(text.originalText(8, 14)).isEqualTo("الرباط");
  }

  @Test
  void htmlCommentBecomesOneSpace() {
    assertThat(normalizer.normalize("أ<!-- x -->ب").normalized()).isEqualTo("أ ب");
  }

  @Test
  void lessThanThatStartsNoTagStaysText() {
    assertThat(normalizer.normalize("a < b <3 <").normalized()).isEqualTo("a < b <3 <");
  }

  @Test
  void characterReferencesAreDecodedAndNormalized() {
    String original = "مراكش&nbsp;&amp;&#1575;&#x644;رباط&#1600;&rlm;";
    NormalizedText text = normalizer.normalize(original);

    assertThat(text.normalized()).isEqualTo("مراكش &الرباط");
    assertThat(text.originalText(7, 13)).isEqualTo("&#1575;&#x644;رباط&#1600;");
  }

  @Test
  void unknownOrUnterminatedReferencesStayText() {
    assertThat(normalizer.normalize("&foo; & &amp").normalized()).isEqualTo("&foo; & &amp");
  }

  @Test
  void emojiIsKeptWhole() {
    String original = "\uD83D\uDC4D مراكش";
    NormalizedText text = normalizer.normalize(original);

    assertThat(text.normalized()).isEqualTo(original);
    assertThat(text.toOriginal(0, 2)).isEqualTo(Span.of(0, 2));
  }

  @Test
  void urduLettersFoldToArabic() {
    assertThat(normalizer.normalize("ہ ے ھ ۀ").normalized()).isEqualTo("ه ي ه ه");
  }

  @Test
  void noBreakAndOtherSpacesBecomeSpaces() {
    assertThat(normalizer.normalize("أ\u00A0ب\u2009ج\u2028د").normalized()).isEqualTo("أ ب ج\nد");
  }

  @Test
  void everyFormatCharIsRemoved() {
    assertThat(normalizer.normalize("\u2066أ\u2061ب\u180E\u0600").normalized()).isEqualTo("أب");
  }

  @Test
  void bidiAndZeroWidthCharsAreRemoved() {
    NormalizedText text = normalizer.normalize("\u202Bمراكش\u200D\u202C");

    assertThat(text.normalized()).isEqualTo("مراكش");
    assertThat(text.toOriginal(0, 5)).isEqualTo(Span.of(1, 6));
  }

  @Test
  void persianLettersFoldToArabic() {
    assertThat(normalizer.normalize("کی").normalized()).isEqualTo("كي");
  }

  @Test
  void brokenSurrogateAndControlCharBecomeSpaces() {
    NormalizedText text = normalizer.normalize("أ\uD800ب\u0007ج");

    assertThat(text.normalized()).isEqualTo("أ ب ج");
    assertThat(text.length()).isEqualTo(5);
  }

  @Test
  void matchKeyFoldsHamzaAlefMaksuraAndTehMarbuta() {
    assertThat(ArabicTextNormalizer.matchKey("ألبانيا")).isEqualTo(ArabicTextNormalizer.matchKey("البانيا"));
    assertThat(ArabicTextNormalizer.matchKey("دبى")).isEqualTo("دبي");
    assertThat(ArabicTextNormalizer.matchKey("الدورة")).isEqualTo("الدوره");
  }

  @Test
  void matchKeyFoldsMaghrebAndIraqiLettersToTheStandardSpelling() {
    assertThat(ArabicTextNormalizer.matchKey("ڤالمة")).isEqualTo(ArabicTextNormalizer.matchKey("قالمة"));
    assertThat(ArabicTextNormalizer.matchKey("ڨفصة")).isEqualTo(ArabicTextNormalizer.matchKey("قفصة"));
    assertThat(ArabicTextNormalizer.matchKey("أگادير")).isEqualTo(ArabicTextNormalizer.matchKey("أكادير"));
    assertThat(ArabicTextNormalizer.matchKey("پاريس")).isEqualTo("باريس");
    assertThat(ArabicTextNormalizer.matchKey("چاد")).isEqualTo("جاد");
  }

  @Test
  void nullIsRejectedNamingTheParameter() {
    assertThatThrownBy(() -> normalizer.normalize(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> ArabicTextNormalizer.matchKey(null)).isInstanceOf(NullPointerException.class).hasMessage("word");
  }
}
