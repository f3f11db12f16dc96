package io.github.hadath.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArabicTextNormalizerTest {

  private final ArabicTextNormalizer normalizer = new ArabicTextNormalizer();

  @Test
  void tatweelAndDiacriticsAreRemovedAndMapBack() {
    NormalizedText text = normalizer.normalize("الـــمغربُ");

    assertThat(text.normalized()).isEqualTo("المغرب");
    assertThat(text.toOriginal(0, 6)).isEqualTo(Span.of(0, 9));
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
    assertThat(text.toOriginal(1, 2)).isEqualTo(Span.of(1, 2));
    assertThat(text.toOriginal(2, 3)).isEqualTo(Span.of(1, 2));
    assertThat(text.originalText(0, 6)).isEqualTo(original);
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
}
