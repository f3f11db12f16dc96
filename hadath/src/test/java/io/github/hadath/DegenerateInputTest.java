package io.github.hadath;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.ner.EntityMention;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19: long runs of particles, digits or tatweel are no names. Whatever the CRF makes of
 * them, no entity may run across thousands of function words: at most ten entities, none longer
 * than 100 chars.
 */
class DegenerateInputTest {

  private static List<EntityMention> entities(String text) {
    Analysis analysis = Pipelines.hadath().analyze(text);
    WellFormed.assertWellFormed(analysis);
    return analysis.entities();
  }

  private static void assertNoRunawayEntity(String text) {
    List<EntityMention> entities = entities(text);
    assertThat(entities).as("entities").hasSizeLessThanOrEqualTo(10);
    assertThat(entities).allSatisfy(
        mention -> assertThat(mention.span().end() - mention.span().begin()).isLessThanOrEqualTo(100));
  }

  private static String repeat(String word, String separator, int times) {
    return String.join(separator, java.util.Collections.nCopies(times, word));
  }

  @Test
  void tenThousandArticlesSeparatedBySpacesGiveNoEntity() {
    assertThat(entities(repeat("ال", " ", 10_000))).isEmpty();
  }

  @Test
  void tenThousandArticlesSeparatedByNewlinesGiveNoEntity() {
    assertThat(entities(repeat("ال", "\n", 10_000))).isEmpty();
  }

  @Test
  void repeatedPrepositionsGiveNoEntity() {
    assertThat(entities(repeat("في من على", " ", 2_000))).isEmpty();
  }

  @Test
  void repeatedConjunctionsAndPrepositionsWithArticleGiveNoEntity() {
    assertNoRunawayEntity(repeat("و ال ب ال ل", " ", 2_000));
  }

  @Test
  void repeatedDigitsInThreeScriptsGiveNoEntity() {
    assertThat(entities(repeat("12 ١٢ ۱۲", " ", 3_000))).isEmpty();
  }

  @Test
  void tatweelRunsGiveNoEntity() {
    assertThat(entities(repeat("ـــــ", " ", 5_000))).isEmpty();
    assertThat(entities("ـ".repeat(20_000))).isEmpty();
  }

  @Test
  void articlesAroundANameLeaveTheNameAlone() {
    String text = repeat("ال", " ", 500) + " محمد بن سلمان " + repeat("ال", " ", 500);
    assertNoRunawayEntity(text);
  }

  @Test
  void aRealNameIsStillFoundAfterTheFix() {
    List<EntityMention> entities = entities("التقى الرئيس عبد الفتاح السيسي في القاهرة.");
    assertThat(entities).extracting(EntityMention::text).contains("القاهرة");
  }
}
