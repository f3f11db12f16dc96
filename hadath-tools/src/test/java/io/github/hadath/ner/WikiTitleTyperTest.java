package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WikiTitleTyperTest {

  private static String type(String title, String firstParagraph) {
    WikiTitleTyper.Typed typed = WikiTitleTyper.type(title, firstParagraph);
    return typed == null ? null : typed.type();
  }

  @Test
  void copulaThenOccupationMakesAPerson() {
    assertThat(type("سامي الحلبي", "سامي الحلبي (1950 - 2010) هو ممثل سوري عمل في المسرح."))
        .isEqualTo("PERS");
  }

  @Test
  void placeNounAfterTheTitleMakesAPlace() {
    assertThat(type("كفر الورد", "كفر الورد قرية صغيرة في دلتا النيل، يعمل أهلها في الزراعة."))
        .isEqualTo("LOC");
  }

  @Test
  void fillersBeforeThePluralAreSkipped() {
    assertThat(type("بني مزار", "بني مزار هي إحدى مدن صعيد مصر.")).isEqualTo("LOC");
  }

  @Test
  void organizationsAndOtherNamesAreTypedByTheirHead() {
    assertThat(type("صوت الضفة", "صوت الضفة هي صحيفة يومية تصدر في نابلس.")).isEqualTo("ORG");
    assertThat(type("حزب الغد الجديد", "حزب الغد الجديد حزب سياسي أسس عام 2011.")).isEqualTo("ORG");
    assertThat(type("حرب الوديان", "حرب الوديان هي حرب دارت بين قبيلتين.")).isEqualTo("MISC");
  }

  @Test
  void aLongerNameInTheSentenceEndsAtTheTitlesLastWord() {
    // the sentence names him in full and has no copula: the title's last word ends the name, and
    // «نادي» in «محمد نادي» is not the defining noun
    assertThat(type("محمد نادي", "محمد علي نادي (1970 -)، رسام مصري.")).isEqualTo("PERS");
  }

  @Test
  void aTitleTheSentenceDoesNotOpenWithIsLeftOut() {
    assertThat(type("وكالة الفضاء", "يعد الرئيس السابق من مؤسسي الوكالة التي تأسست سنة 1958."))
        .isNull();
  }

  @Test
  void untypedDefinitionsListsAndDatesAreLeftOut() {
    assertThat(type("ضغط الدم", "ضغط الدم هو مصطلح طبي يصف قوة الدم.")).isNull();
    assertThat(type("قائمة مدن مصر", "هذه قائمة بمدن مصر مرتبة حسب عدد السكان.")).isNull();
    assertThat(type("15 مارس", "15 مارس هو اليوم الرابع والسبعون في السنة.")).isNull();
    assertThat(type("ممثل", "الممثل هو شخص يؤدي دورا في عمل فني.")).isNull();
  }

  @Test
  void theTitlesParenthesisIsDroppedAndTypesItWhenTheSentenceDoesNot() {
    WikiTitleTyper.Typed typed = WikiTitleTyper.type("النورس (مدينة)", "النورس على ساحل البحر.");
    assertThat(typed).isEqualTo(new WikiTitleTyper.Typed("النورس", "LOC"));
  }

  @Test
  void articlesAreReadFromAWikiextractorFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("articles.txt");
    Files.write(file, List.of(
        "<doc id=\"1\" title=\"كفر الورد\" url=\"u\">", "كفر الورد", "",
        "كفر الورد قرية صغيرة في دلتا النيل.", "", "فقرة ثانية لا تقرأ هنا.", "</doc>",
        "<doc id=\"2\" title=\"ضغط الدم\" url=\"u\">", "ضغط الدم", "", "</doc>"),
        StandardCharsets.UTF_8);
    List<String> read = new ArrayList<>();
    WikiTitleTyper.readArticles(file, (title, paragraph) -> read.add(title + "|" + paragraph));

    assertThat(read).containsExactly(
        "كفر الورد|كفر الورد قرية صغيرة في دلتا النيل.", "ضغط الدم|null");
  }
}
