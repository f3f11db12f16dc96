package io.github.hadath.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.tokenize.Proclitics.ElidedArticle;
import io.github.hadath.tokenize.Proclitics.Reading;
import org.junit.jupiter.api.Test;

class ProcliticsTest {

  @Test
  void readingsStripConjunctionThenPreposition() {
    assertThat(Proclitics.readingKeys("وبطنجه")).containsExactly("وبطنجه", "بطنجه", "طنجه");
    assertThat(Proclitics.readings("وبطنجه"))
        .containsExactly(
            new Reading(0, "وبطنجه", false), new Reading(1, "بطنجه", false),
            new Reading(2, "طنجه", false));
  }

  @Test
  void readingsReadDoubleLamAsTheArticleAndAsAPreposition() {
    assertThat(Proclitics.readings("وللوليد"))
        .containsExactly(
            new Reading(0, "وللوليد", false), new Reading(1, "للوليد", false),
            new Reading(2, "لوليد", false), new Reading(2, "الوليد", true));
  }

  @Test
  void readingsOfAPrepositionBeforeTheArticleKeepTheArticle() {
    assertThat(Proclitics.readingKeys("بالاردن")).containsExactly("بالاردن", "الاردن");
  }

  @Test
  void readingsKeepThreeLetters() {
    assertThat(Proclitics.readingKeys("وفي")).containsExactly("وفي");
    assertThat(Proclitics.readingKeys("بحر")).containsExactly("بحر");
    assertThat(Proclitics.readingKeys("كلام")).containsExactly("كلام", "لام");
  }

  @Test
  void shorterStemsAreAParameter() {
    assertThat(Proclitics.readings("ويوم", 2, ElidedArticle.AT_ARTICLE))
        .extracting(Reading::key)
        .containsExactly("ويوم", "يوم");
    assertThat(Proclitics.readings("بعد", 2, ElidedArticle.AT_ARTICLE))
        .extracting(Reading::key)
        .containsExactly("بعد", "عد");
    assertThat(Proclitics.readings("ويوم", 3, ElidedArticle.AT_ARTICLE))
        .extracting(Reading::key)
        .containsExactly("ويوم", "يوم");
    assertThat(Proclitics.readings("بعد", 3, ElidedArticle.AT_ARTICLE))
        .extracting(Reading::key)
        .containsExactly("بعد");
  }

  @Test
  void elidedArticleWithPrepositionKeepsThePrepositionInTheStemSpan() {
    assertThat(Proclitics.readings("وللعام", 2, ElidedArticle.WITH_PREPOSITION))
        .last()
        .isEqualTo(new Reading(1, "العام", true));
    assertThat(Proclitics.readings("للعام", 2, ElidedArticle.WITH_PREPOSITION))
        .last()
        .isEqualTo(new Reading(0, "العام", true));
    assertThat(Proclitics.readings("للعام", 2, ElidedArticle.AT_ARTICLE))
        .last()
        .isEqualTo(new Reading(1, "العام", true));
  }

  @Test
  void minStemBelowOneIsRejected() {
    assertThatThrownBy(() -> Proclitics.readings("وبعد", 0, ElidedArticle.AT_ARTICLE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }

  private static Reading guess(String key) {
    return Proclitics.guess(Proclitics.readings(key));
  }

  @Test
  void guessReadsAPrepositionOffOnlyBeforeAnArticle() {
    assertThat(guess("وبالاردن")).isEqualTo(new Reading(2, "الاردن", false));
    assertThat(guess("وبطنجه")).isEqualTo(new Reading(1, "بطنجه", false));
    assertThat(guess("للوليد")).isEqualTo(new Reading(1, "الوليد", true));
    assertThat(guess("لبنان")).isEqualTo(new Reading(0, "لبنان", false));
  }

  @Test
  void withoutArticleKeepsMinStemLetters() {
    assertThat(Proclitics.withoutArticle("القمه", 2)).isEqualTo("قمه");
    assertThat(Proclitics.withoutArticle("الدب", 2)).isEqualTo("دب");
    assertThat(Proclitics.withoutArticle("الدب", 3)).isEqualTo("الدب");
    assertThat(Proclitics.withoutArticle("قمه", 2)).isEqualTo("قمه");
  }

  @Test
  void doubtfulStemRestoresAnElidedArticleAfterASplitDoubleLam() {
    assertThat(Proclitics.doubtfulStem("للمهرجان", "لمهرجان", true)).isEqualTo("المهرجان");
    assertThat(Proclitics.doubtfulStem("للمهرجان", "المهرجان", true)).isEqualTo("المهرجان");
    assertThat(Proclitics.doubtfulStem("بالمهرجان", "لمهرجان", true)).isEqualTo("لمهرجان");
  }

  @Test
  void doubtfulStemReadsOneProcliticOffAnUnsplitWord() {
    assertThat(Proclitics.doubtfulStem("لطاقه", "لطاقه", false)).isEqualTo("طاقه");
    assertThat(Proclitics.doubtfulStem("وزير", "وزير", false)).isEqualTo("زير");
    assertThat(Proclitics.doubtfulStem("بحر", "بحر", false)).isEqualTo("بحر");
    assertThat(Proclitics.doubtfulStem("مؤتمر", "مؤتمر", false)).isEqualTo("مؤتمر");
  }

  @Test
  void restoredArticleIsAFormWithTheArticleWrittenFromItsLam() {
    assertThat(Proclitics.restoredArticle("لجمعية", "الجمعية")).isTrue();
    assertThat(Proclitics.restoredArticle("الجمعية", "الجمعية")).isFalse();
    assertThat(Proclitics.restoredArticle("لجنة", "لجنة")).isFalse();
  }
}
