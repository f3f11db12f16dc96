package io.github.hadath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.ner.EntityMention;
import io.github.hadath.ner.EntityType;
import io.github.hadath.text.Span;
import io.github.hadath.tokenize.Token;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 6: every class of dirty input still yields the right entities with exact spans into the
 * original text.
 */
class DirtyInputTest {

  private static Analysis analyze(String text) {
    Analysis analysis = Pipelines.hadath().analyze(text);
    WellFormed.assertWellFormed(analysis);
    return analysis;
  }

  /** The one entity of {@code text}, checked to be {@code type}, linked to {@code id}, at {@code span}. */
  private static void assertOnlyEntity(String text, EntityType type, String id, Span span) {
    List<EntityMention> entities = analyze(text).entities();
    assertThat(entities).as("entities of «%s»", text).hasSize(1);
    EntityMention mention = entities.get(0);
    assertThat(mention.type()).isEqualTo(type);
    assertThat(mention.link().id()).isEqualTo(id);
    assertThat(mention.span()).isEqualTo(span);
    assertThat(mention.text()).isEqualTo(text.substring(span.begin(), span.end()));
  }

  @Test
  void pdfPresentationFormsWithLamAlefLigature() {
    // «زار الأردن» as copied from a PDF: every letter a presentation form, «لأ» one ligature.
    String text = "\uFEB9\uFE8E\uFEAD \uFE8D\uFEF7\uFEAE\uFEA9\uFEE6";

    assertOnlyEntity(text, EntityType.LOC, "JO", Span.of(4, 9));
  }

  @Test
  void lamAlefLigatureInsideOrdinaryText() {
    assertOnlyEntity("وصل الوفد إلى ا\uFEF7ردن أمس", EntityType.LOC, "JO", Span.of(14, 19));
  }

  @Test
  void bidiControlsAndZeroWidthCharsStayOutsideTheMention() {
    String text = "\u202Bزار الرئيس \u200Fالمغرب\u200F\u202C";

    assertOnlyEntity(text, EntityType.LOC, "MA", Span.of(13, 19));
  }

  @Test
  void zeroWidthNonJoinerInsideAWordIsSeenThrough() {
    assertOnlyEntity("زار الرئيس المغ\u200Cرب", EntityType.LOC, "MA", Span.of(11, 18));
  }

  @Test
  void bidiMarkBetweenTheWordsOfAName() {
    String text = "زار المملكة\u200F المغربية";

    assertOnlyEntity(text, EntityType.LOC, "MA", Span.of(4, 21));
  }

  @Test
  void persianAndUrduLetters() {
    // keheh and Farsi yeh in «الکویت», heh goal in «ترکیہ».
    Analysis analysis = analyze("وصل وفد الکویت إلى ترکیہ");

    assertThat(analysis.entities()).extracting(m -> m.link().id()).containsExactly("KW", "TR");
    assertThat(analysis.entities()).extracting(EntityMention::span)
        .containsExactly(Span.of(8, 14), Span.of(19, 24));
  }

  @Test
  void fullyVocalisedTextKeepsItsFinalVowelInTheMention() {
    String text = "زَارَ الرَّئِيسُ المَغْرِبَ";

    assertOnlyEntity(text, EntityType.LOC, "MA", Span.of(17, 27));
    assertThat(analyze(text).entities().get(0).text()).isEqualTo("المَغْرِبَ");
  }

  @Test
  void stretchedLettersAreFoldedForMatching() {
    String text = "زيارة رائعععع إلى مصرررر";
    Analysis analysis = analyze(text);

    assertOnlyEntity(text, EntityType.LOC, "EG", Span.of(18, 24));
    assertThat(analysis.tokens()).filteredOn(token -> token.text().equals("رائعععع"))
        .singleElement().extracting(Token::form).isEqualTo("رائع");
  }

  @Test
  void strayDiacriticAfterASpaceShiftsNothing() {
    assertOnlyEntity("زار \u064Eالمغرب", EntityType.LOC, "MA", Span.of(5, 11));
    assertOnlyEntity("زار \u0301المغرب", EntityType.LOC, "MA", Span.of(5, 11));
  }

  @Test
  void emojiAreKeptAsTokensAndNothingIsPrinted() {
    String text = "\uD83C\uDDF2\uD83C\uDDE6 المغرب يفوز \uD83D\uDC4D ☺ ✓ ×";
    PrintStream stderr = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Analysis analysis;
    System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      analysis = analyze(text);
    } finally {
      System.setErr(stderr);
    }

    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    assertOnlyEntity(text, EntityType.LOC, "MA", Span.of(5, 11));
    assertThat(analysis.tokens()).extracting(Token::text).contains("\uD83D\uDC4D", "☺", "✓", "×");
  }

  @Test
  void htmlTagsAndCharacterReferences() {
    String text = "<p>وصل الوفد إلى&nbsp;الرباط</p><br/>زار&#160;<b>المغرب</b>";
    List<EntityMention> entities = analyze(text).entities();

    assertThat(entities).extracting(m -> m.link().id()).containsExactly("2538475", "MA");
    assertThat(entities).extracting(EntityMention::text).containsExactly("الرباط", "المغرب");
    assertThat(entities.get(0).span()).isEqualTo(Span.of(22, 28));
  }

  @Test
  void controlCharsAndBrokenSurrogatesSeparateWords() {
    Analysis analysis = analyze("المغرب\u0007الجزائر\uD800مصر");

    assertThat(analysis.entities()).extracting(m -> m.link().id()).containsExactly("MA", "DZ", "EG");
    assertThat(analysis.entities()).extracting(EntityMention::span)
        .containsExactly(Span.of(0, 6), Span.of(7, 14), Span.of(15, 18));
  }

  @Test
  void emptyAndBlankTextGiveAnEmptyResult() {
    for (String text : new String[] {"", " \n\t ", "\u200F\u202B"}) {
      Analysis analysis = analyze(text);
      assertThat(analysis.tokens()).isEmpty();
      assertThat(analysis.entities()).isEmpty();
      assertThat(analysis.events()).isEmpty();
    }
  }

  @Test
  void otherLanguagesGiveNoEntities() {
    for (String text : new String[] {"The summit was held in Morocco.", "峰会在摩洛哥举行。", "Саммит прошёл в Марокко."}) {
      assertThat(analyze(text).entities()).as(text).isEmpty();
    }
  }

  @Test
  void longDocumentKeepsEveryMentionWithItsSpan() {
    String sentence = "وصل الوفد إلى المغرب.\n";
    String text = sentence.repeat(10_000);

    List<EntityMention> entities = analyze(text).entities();

    assertThat(entities).hasSize(10_000).allMatch(m -> m.link().id().equals("MA"));
    int last = text.length() - sentence.length() + 14;
    assertThat(entities.get(9_999).span()).isEqualTo(Span.of(last, last + 6));
  }

  @Test
  void nullTextIsRejectedNamingTheParameter() {
    assertThatThrownBy(() -> Pipelines.hadath().analyze(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> Pipelines.hadath().analyze(null, null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> Hadath.builder().tokenizer(null)).isInstanceOf(NullPointerException.class).hasMessage("tokenizer");
  }

  @Test
  void documentLongerThanTheMaximumIsRejectedNamingBothLengths() {
    Hadath hadath =
        Hadath.builder()
            .tokenizer(Pipelines.tokenizer())
            .entityRecognizer(text -> List.of())
            .maxDocumentLength(10)
            .build();

    assertThat(hadath.analyze("المغرب").tokens()).hasSize(1);
    assertThatThrownBy(() -> hadath.analyze("المغرب والجزائر"))
        .isInstanceOf(DocumentTooLongException.class)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("15 chars")
        .hasMessageContaining("maximum of 10");
    assertThatThrownBy(() -> Hadath.builder().maxDocumentLength(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 0");
  }
}
