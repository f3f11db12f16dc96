package io.github.hadath.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Pipelines;
import io.github.hadath.text.ArabicTextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoreNlpArabicTokenizerTest {

  private static TokenizedText tokenize(String text) {
    return Pipelines.tokenizer().tokenize(new ArabicTextNormalizer().normalize(text));
  }

  @Test
  void procliticsAreSplitOffTheirHostWord() {
    TokenizedText tokenized = tokenize("وبالمغرب");

    assertThat(tokenized.tokens()).extracting(Token::text).containsExactly("و", "ب", "المغرب");
    assertThat(tokenized.tokens()).extracting(Token::role)
        .containsExactly(Token.Role.PROCLITIC, Token.Role.PROCLITIC, Token.Role.STEM);
    assertThat(tokenized.tokens().get(2).span().begin()).isEqualTo(2);
    assertThat(tokenized.words()).singleElement().extracting(Word::text).isEqualTo("وبالمغرب");
  }

  @Test
  void eachWordCarriesItsFormsFromTheWordLayer() {
    TokenizedText tokenized = tokenize("وبالأردن وللوليد");

    assertThat(tokenized.words()).extracting(Word::forms)
        .containsExactly(WordForms.of("وبالأردن"), WordForms.of("وللوليد"));
    assertThat(tokenized.words().get(1).forms().stem()).isEqualTo("الوليد");
    assertThat(tokenized.words().get(1).forms().readings())
        .containsExactly("وللوليد", "للوليد", "لوليد", "الوليد");
  }

  @Test
  void spansPointIntoTheOriginalThroughTatweelAndDiacritics() {
    String text = "قال الوزيرُ إنّ الـــمغرب";
    TokenizedText tokenized = tokenize(text);

    Token morocco = tokenized.tokens().get(tokenized.tokens().size() - 1);
    assertThat(morocco.text()).isEqualTo("الـــمغرب");
    assertThat(morocco.form()).isEqualTo("المغرب");
    assertThat(morocco.span().coveredText(text)).isEqualTo("الـــمغرب");
  }

  @Test
  void bidiMarksNeverBecomeTokens() {
    String text = "\u200F24\u200F نونبر";
    TokenizedText tokenized = tokenize(text);

    assertThat(tokenized.tokens()).extracting(Token::text).containsExactly("24", "نونبر");
    assertThat(tokenized.tokens().get(0).span().begin()).isEqualTo(1);
  }

  @Test
  void newlineAndArabicQuestionMarkEndSentencesButArabicCommaDoesNot() {
    TokenizedText tokenized = tokenize("هل تحضر المغرب؟ نعم، تحضر\nسطر جديد");

    List<String> sentences = tokenized.sentences().stream()
        .map(s -> tokenized.originalText(s.span())).toList();
    assertThat(sentences).containsExactly("هل تحضر المغرب؟", "نعم، تحضر", "سطر جديد");
  }

  @Test
  void punctuationStandsAsItsOwnWord() {
    TokenizedText tokenized = tokenize("بمراكش، المغرب");

    assertThat(tokenized.words()).extracting(Word::text).containsExactly("بمراكش", "،", "المغرب");
  }

  @Test
  void emptyTextHasNoTokens() {
    TokenizedText tokenized = tokenize("");

    assertThat(tokenized.tokens()).isEmpty();
    assertThat(tokenized.sentences()).isEmpty();
  }
}
