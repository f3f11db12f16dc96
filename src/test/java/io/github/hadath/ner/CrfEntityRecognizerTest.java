package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Pipelines;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.tokenize.TokenizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrfEntityRecognizerTest {

  private static List<EntityMention> recognize(String text) {
    TokenizedText tokenized = Pipelines.tokenizer().tokenize(new ArabicTextNormalizer().normalize(text));
    List<EntityMention> mentions = Pipelines.crf().recognize(tokenized);
    for (EntityMention mention : mentions) {
      assertThat(mention.span().coveredText(text)).isEqualTo(mention.text());
      assertThat(mention.source()).isEqualTo("crf");
    }
    return mentions;
  }

  private static List<String> tag(String sentence) {
    return Pipelines.crf().tag(List.of(sentence.split(" ")));
  }

  @Test
  void personNameIsTaggedOnTheCorpusTokens() {
    assertThat(tag("وقال الرئيس الأمريكي جورج بوش إن"))
        .containsExactly("O", "O", "O", "B-PERS", "I-PERS", "O");
  }

  @Test
  void locationGluedToPrepositionIsTaggedWholeOnCorpusTokens() {
    assertThat(tag("وصل الوزير إلى بيروت قادما من بالأردن"))
        .element(3).isEqualTo("B-LOC");
  }

  @Test
  void multiwordOrganizationIsOneMention() {
    List<EntityMention> mentions = recognize("وقالت الأمم المتحدة في بيان إن");

    assertThat(mentions).extracting(EntityMention::type, EntityMention::text)
        .contains(org.assertj.core.groups.Tuple.tuple(EntityType.ORG, "الأمم المتحدة"));
  }

  @Test
  void mentionStartsAfterTheProclitics() {
    String text = "وصل الوفد إلى القاهرة ثم توجه وبالأردن";
    List<EntityMention> mentions = recognize(text);

    assertThat(mentions).extracting(EntityMention::type, EntityMention::text)
        .contains(org.assertj.core.groups.Tuple.tuple(EntityType.LOC, "القاهرة"));
  }

  @Test
  void sentenceWithoutNamesHasNoMentions() {
    assertThat(recognize("وقال إن الاجتماع سيعقد في الأسبوع المقبل لمناقشة الوضع الاقتصادي.")).isEmpty();
  }
}
