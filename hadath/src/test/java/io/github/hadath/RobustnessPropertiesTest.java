package io.github.hadath;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.ner.EntityMention;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;
import io.github.hadath.text.Span;
import io.github.hadath.tokenize.Token;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties over random Unicode and noisy Arabic: nothing throws, every span lies inside the text
 * in order and covers exactly the reported text, and invisible chars never start or end a token.
 */
class RobustnessPropertiesTest {

  private static final ArabicTextNormalizer NORMALIZER = new ArabicTextNormalizer();

  private static final String[] NAMES = {"المغرب", "الأردن", "مراكش", "الجزائر", "مصر", "الرباط", "المملكة المغربية"};
  private static final String[] WORDS = {"زار", "الرئيس", "وصل", "الوفد", "إلى", "يوم", "في", "الدورة", "نونبر"};
  private static final String[] PROCLITICS = {"", "", "و", "ب", "ل", "وب", "ف", "وال", "لل"};
  private static final String[] NOISE = {
    "\u064E", "\u064F", "\u0650", "\u0651", "\u0652", "\u064B", "\u0640", "\u0640\u0640",
    "\u200F", "\u200E", "\u202B", "\u202C", "\u2067", "\u2069", "\u200B", "\u200C", "\u200D",
    "\uFEFF", "\u00AD", "\u0301", "\uFEF7", "\uFEFB", "\uFE8D", "\uD83D\uDC4D", "\uD83C\uDDF2",
    "\uD800", "\uDC00", "\u0007", "&nbsp;", "<br>", "&#1575;", "&amp", "<", "\u00A0", "\r", "\n",
  };
  private static final String DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹";

  /** A word of noisy Arabic: maybe a proclitic, a word or a name, marks, stretching, noise. */
  @Provide
  Arbitrary<String> noisyArabic() {
    Arbitrary<String> word =
        Arbitraries.oneOf(
            Arbitraries.of(NAMES), Arbitraries.of(WORDS), Arbitraries.strings().withChars(DIGITS).ofMinLength(1).ofMaxLength(4));
    Arbitrary<String> noisyWord =
        net.jqwik.api.Combinators.combine(
                Arbitraries.of(PROCLITICS), word, Arbitraries.of(NOISE), Arbitraries.integers().between(0, 8), Arbitraries.integers().between(0, 3))
            .as((proclitic, w, noise, where, stretch) -> {
              String stretched = stretch == 0 || w.isEmpty() ? w : w + String.valueOf(w.charAt(w.length() - 1)).repeat(stretch + 1);
              String full = proclitic + stretched;
              int at = Math.min(where, full.length());
              return full.substring(0, at) + noise + full.substring(at);
            });
    return noisyWord.list().ofMinSize(0).ofMaxSize(12).map(words -> String.join(" ", words));
  }

  @Property(tries = 1000)
  void normalizedCharsMapToOrderedRangesInsideTheOriginal(@ForAll String text) {
    assertNormalizationWellFormed(text);
  }

  @Property(tries = 500)
  void normalizedNoisyArabicMapsToOrderedRanges(@ForAll("noisyArabic") String text) {
    assertNormalizationWellFormed(text);
  }

  private static void assertNormalizationWellFormed(String text) {
    NormalizedText normalized = NORMALIZER.normalize(text);
    int previousEnd = 0;
    for (int i = 0; i < normalized.length(); i++) {
      Span span = normalized.toOriginal(i, i + 1);
      assertThat(span.begin()).isGreaterThanOrEqualTo(previousEnd);
      assertThat(span.end()).isLessThanOrEqualTo(text.length());
      previousEnd = span.end();
    }
    assertThat(normalized.originalText(0, normalized.length()))
        .isEqualTo(normalized.length() == 0 ? "" : text.substring(normalized.toOriginal(0, 1).begin(), previousEnd));
  }

  @Property(tries = 150)
  void pipelineNeverThrowsOnRandomUnicode(@ForAll String text) {
    assertWellFormedAndClean(Pipelines.hadath().analyze(text));
  }

  @Property(tries = 250)
  void pipelineIsWellFormedOnNoisyArabic(@ForAll("noisyArabic") String text) {
    assertWellFormedAndClean(Pipelines.hadath().analyze(text));
  }

  @Property(tries = 100)
  void strayMarkOrBidiControlAfterASpaceOnlyShiftsLaterSpans(
      @ForAll("noisyArabic") String text, @ForAll @IntRange(min = 0, max = 40) int at, @ForAll("invisible") String inserted) {
    int space = text.indexOf(' ', Math.min(at, text.length()));
    if (space < 0) {
      return;
    }
    int cut = space + 1;
    String dirty = text.substring(0, cut) + inserted + text.substring(cut);
    Analysis clean = Pipelines.hadath().analyze(text);
    Analysis noisy = Pipelines.hadath().analyze(dirty);
    assertWellFormedAndClean(noisy);

    assertThat(noisy.tokens()).extracting(Token::form).isEqualTo(clean.tokens().stream().map(Token::form).toList());
    assertThat(noisy.tokens()).extracting(Token::span)
        .isEqualTo(clean.tokens().stream().map(t -> shifted(t.span(), cut, inserted.length())).toList());
    assertThat(noisy.entities()).extracting(EntityMention::span)
        .isEqualTo(clean.entities().stream().map(m -> shifted(m.span(), cut, inserted.length())).toList());
  }

  @Provide
  Arbitrary<String> invisible() {
    return Arbitraries.of("\u064E", "\u0651\u064F", "\u0301", "\u200F", "\u202B", "\u200B", "\uFEFF", "\u2066");
  }

  /** Where {@code span} lies after {@code by} chars are inserted at {@code at}. */
  private static Span shifted(Span span, int at, int by) {
    if (span.begin() >= at) {
      return Span.of(span.begin() + by, span.end() + by);
    }
    return span.end() > at ? Span.of(span.begin(), span.end() + by) : span;
  }

  private static void assertWellFormedAndClean(Analysis analysis) {
    WellFormed.assertWellFormed(analysis);
    for (Token token : analysis.tokens()) {
      assertEdgesVisible(token.text());
    }
    for (EntityMention mention : analysis.entities()) {
      assertEdgesVisible(mention.text());
    }
  }

  /** Bidi controls and zero-width chars never start or end a token or mention (nor make one up). */
  private static void assertEdgesVisible(String text) {
    if (text.isEmpty()) {
      return;
    }
    assertThat(Character.getType(text.charAt(0))).as("first char of «%s»", text).isNotEqualTo((int) Character.FORMAT);
    assertThat(Character.getType(text.charAt(text.length() - 1))).as("last char of «%s»", text).isNotEqualTo((int) Character.FORMAT);
  }
}
