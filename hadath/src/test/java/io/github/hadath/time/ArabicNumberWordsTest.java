package io.github.hadath.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Pipelines;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.time.ArabicNumberWords.Match;
import io.github.hadath.tokenize.Token;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArabicNumberWordsTest {

  private static List<Token> tokens(String text) {
    return Pipelines.tokenizer().tokenize(new ArabicTextNormalizer().normalize(text)).tokens();
  }

  /** Reads at the first token whose text is {@code first}. */
  private static Optional<Match> readAt(List<Token> tokens, String first) {
    for (Token token : tokens) {
      if (token.text().equals(first)) {
        return ArabicNumberWords.read(tokens, token.index());
      }
    }
    throw new AssertionError(first + " not among " + tokens.stream().map(Token::text).toList());
  }

  private static String coveredText(List<Token> tokens, String first, Match match) {
    int start = 0;
    for (Token token : tokens) {
      if (token.text().equals(first)) {
        start = token.index();
        break;
      }
    }
    return String.join(
        "|", tokens.subList(start, match.endToken()).stream().map(Token::text).toList());
  }

  @Test
  void ordinalUnitAndTensJoinedBySplitConjunction() {
    List<Token> tokens = tokens("أشغال الدورة الثالثة والتسعين للجمعية العامة");

    Match match = readAt(tokens, "الثالثة").orElseThrow();

    assertThat(match.value()).isEqualTo(93);
    assertThat(match.ordinal()).isTrue();
    assertThat(coveredText(tokens, "الثالثة", match)).isEqualTo("الثالثة|و|التسعين");
  }

  @Test
  void feminineOrdinalTeen() {
    List<Token> tokens = tokens("انطلقت النسخة الحادية عشرة من المهرجان");

    Match match = readAt(tokens, "الحادية").orElseThrow();

    assertThat(match).isEqualTo(new Match(11, true, match.endToken()));
    assertThat(coveredText(tokens, "الحادية", match)).isEqualTo("الحادية|عشرة");
  }

  @Test
  void masculineOrdinalTeen() {
    List<Token> tokens = tokens("المؤتمر الثالث عشر للحزب");

    Match match = readAt(tokens, "الثالث").orElseThrow();

    assertThat(match.value()).isEqualTo(13);
    assertThat(match.ordinal()).isTrue();
  }

  @Test
  void yearInWordsWithDualThousand() {
    List<Token> tokens = tokens("في عام ألفين وخمسة وعشرين");

    Match match = readAt(tokens, "ألفين").orElseThrow();

    assertThat(match.value()).isEqualTo(2025);
    assertThat(match.ordinal()).isFalse();
    assertThat(match.endToken()).isEqualTo(tokens.size());
  }

  @Test
  void yearInWordsWithThousandAndHundreds() {
    List<Token> tokens = tokens("منذ عام ألف وتسعمائة وتسعة وتسعين");

    assertThat(readAt(tokens, "ألف").orElseThrow().value()).isEqualTo(1999);
  }

  @Test
  void pluralThousandsAfterUnit() {
    List<Token> tokens = tokens("شارك ثلاثة آلاف وخمسمئة شرطي");

    Match match = readAt(tokens, "ثلاثة").orElseThrow();

    assertThat(match.value()).isEqualTo(3500);
    assertThat(coveredText(tokens, "ثلاثة", match)).isEqualTo("ثلاثة|آلاف|و|خمسمئة");
  }

  @Test
  void ordinalDayOfMonth() {
    List<Token> tokens = tokens("في الرابع والعشرين من أبريل");

    Match match = readAt(tokens, "الرابع").orElseThrow();

    assertThat(match.value()).isEqualTo(24);
    assertThat(match.ordinal()).isTrue();
    assertThat(coveredText(tokens, "الرابع", match)).isEqualTo("الرابع|و|العشرين");
  }

  @Test
  void definiteTensAloneIsOrdinal() {
    List<Token> tokens = tokens("يوم العشرين من الشهر");

    assertThat(readAt(tokens, "العشرين")).contains(new Match(20, true, 2));
  }

  @Test
  void firstInBothGenders() {
    assertThat(readAt(tokens("للمرة الأولى"), "الأولى").orElseThrow().value()).isEqualTo(1);
    assertThat(readAt(tokens("الفصل الأول"), "الأول").orElseThrow().value()).isEqualTo(1);
    assertThat(readAt(tokens("الدورة الثانية"), "الثانية").orElseThrow()).isEqualTo(new Match(2, true, 2));
  }

  @Test
  void digitsWithArticleAreOrdinal() {
    List<Token> tokens = tokens("النسخة الـ12 من المعرض");

    assertThat(ArabicNumberWords.read(tokens, 1)).contains(new Match(12, true, 2));
  }

  @Test
  void articleWrittenApartFromDigitsIsOrdinal() {
    List<Token> tokens = tokens("الاجتماع الـ 25 للجنة");

    assertThat(readAt(tokens, "الـ")).contains(new Match(25, true, 3));
    assertThat(ArabicNumberWords.valueOf("الـ 7")).hasValue(7);
  }

  @Test
  void masculineOneWithTheArticleOpensACompoundOrdinal() {
    assertThat(ArabicNumberWords.valueOf("الواحد والأربعون")).hasValue(41);
    assertThat(ArabicNumberWords.valueOf("الواحد")).isEmpty();
  }

  @Test
  void compoundOnlyWordsAreNotReadAlone() {
    assertThat(ArabicNumberWords.valueOf("أحد")).isEmpty();
    assertThat(ArabicNumberWords.valueOf("الحادي")).isEmpty();
    assertThat(ArabicNumberWords.valueOf("الحادي والعشرين")).hasValue(21);
    assertThat(ArabicNumberWords.valueOf("إحدى عشرة")).hasValue(11);
  }

  @Test
  void weekdaysAreNotNumbers() {
    assertThat(ArabicNumberWords.valueOf("الاثنين")).isEmpty();
    assertThat(ArabicNumberWords.valueOf("الأحد")).isEmpty();
  }

  @Test
  void readingStopsBeforeAPartOutOfOrder() {
    List<Token> tokens = tokens("ثلاثة وأربعة");

    Match match = ArabicNumberWords.read(tokens, 0).orElseThrow();

    assertThat(match.value()).isEqualTo(3);
    assertThat(match.endToken()).isEqualTo(1);
  }

  @Test
  void gluedConjunctionInPlainString() {
    assertThat(ArabicNumberWords.valueOf("ألفين وأربعة عشر")).hasValue(2014);
    assertThat(ArabicNumberWords.valueOf("تسعة آلاف وتسعمائة وتسعة وتسعون")).hasValue(9999);
    assertThat(ArabicNumberWords.valueOf("ثلاث مائة")).hasValue(300);
    assertThat(ArabicNumberWords.valueOf("مئتين وخمسين")).hasValue(250);
  }

  @Test
  void hamzaAndTehMarbutaVariantsAreOneWord() {
    assertThat(ArabicNumberWords.valueOf("اربعة")).hasValue(4);
    assertThat(ArabicNumberWords.valueOf("أربعه")).hasValue(4);
    assertThat(ArabicNumberWords.valueOf("احدى عشره")).hasValue(11);
  }

  @Test
  void noNumberAtAPlainWordOrAtTheEnd() {
    List<Token> tokens = tokens("قال الوزير");

    assertThat(ArabicNumberWords.read(tokens, 0)).isEmpty();
    assertThat(ArabicNumberWords.read(tokens, tokens.size())).isEmpty();
  }
}
