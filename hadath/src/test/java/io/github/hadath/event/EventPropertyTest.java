package io.github.hadath.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Analysis;
import io.github.hadath.Pipelines;
import io.github.hadath.WellFormed;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Events from noisy news-like Arabic: fragments with triggers, places, dates and editions, joined
 * with diacritics, tatweel, digits in three scripts, bidi marks and stray punctuation.
 */
class EventPropertyTest {

  private static final List<String> FRAGMENTS = List.of(
      "تحتضن", "مدينة مراكش", "بمراكش", "الدورة 93", "الدورة الثالثة والتسعين", "للجمعية العامة",
      "للأنتربول", "ما بين ٢٤ و٢٧ نونبر", "يوم 12 مارس 2025", "بمشاركة", "المغرب", "قمة المناخ",
      "ملفات", "الجريمة الإلكترونية", "الدورة السابقة", "مؤتمر صحفي", "اختتمت", "أمس", "حتى",
      "تستمر ثلاثة أيام", "كوب 28", "في جدة", "النسخة الـ12", "جمعيتها العامة", "الرباط -", "،", ".",
      "\n", "(", ")", "-", "۱۲", "١٩", "وبالدار البيضاء", "لـ", "بـ", "في");

  private static final List<String> NOISE = List.of("", "", "", "\u0651", "\u0640", "\u064E", "\u200F", "\u200B");

  @Provide
  Arbitrary<String> noisyNews() {
    Arbitrary<String> piece = Combinators.combine(Arbitraries.of(FRAGMENTS), Arbitraries.of(NOISE), Arbitraries.of(" ", "", "  ", "\n"))
        .as((fragment, noise, space) -> fragment + noise + space);
    return piece.list().ofMinSize(0).ofMaxSize(30).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 80)
  void eventsAreAlwaysWellFormed(@ForAll("noisyNews") String text) {
    Analysis analysis = Pipelines.hadath().analyze(text);
    WellFormed.assertWellFormed(analysis);
    for (Event event : analysis.events()) {
      assertThat(event.mentions()).isNotEmpty();
      if (event.startDate() != null && event.endDate() != null) {
        assertThat(event.startDate().value().daysUntil(event.endDate().value())).isNotNegative();
      }
      if (event.edition() != null) {
        assertThat(event.edition().value()).isBetween(1, 999);
      }
    }
  }
}
