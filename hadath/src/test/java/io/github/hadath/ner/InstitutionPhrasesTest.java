package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Pipelines;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.tokenize.TokenizedText;
import java.util.List;
import org.junit.jupiter.api.Test;

class InstitutionPhrasesTest {

  private static final InstitutionPhrases PHRASES = new InstitutionPhrases();

  private static List<String> phrases(String text) {
    TokenizedText tokenized = Pipelines.tokenizer().tokenize(new ArabicTextNormalizer().normalize(text));
    List<EntityMention> found = PHRASES.find(tokenized);
    for (EntityMention mention : found) {
      assertThat(mention.span().coveredText(text)).isEqualTo(mention.text());
      assertThat(mention.type()).isEqualTo(EntityType.ORG);
      assertThat(mention.link()).isNull();
      assertThat(mention.source()).isEqualTo(InstitutionPhrases.SOURCE);
    }
    return found.stream().map(EntityMention::text).toList();
  }

  @Test
  void headWithAdjectiveAndGenitive() {
    assertThat(phrases("أعلنت الهيئة العامة للمعارض عن برنامجها.")).containsExactly("الهيئة العامة للمعارض");
  }

  @Test
  void observatoriesAgenciesAndPartiesHaveHeadsToo() {
    assertThat(phrases("ينظم المرصد الوطني للرياضة المؤتمر الدولي.")).containsExactly("المرصد الوطني للرياضة");
    assertThat(phrases("نشر الجهاز المركزي للتعبئة العامة والإحصاء أرقاما جديدة."))
        .containsExactly("الجهاز المركزي للتعبئة العامة والإحصاء");
    assertThat(phrases("عقد حزب العدالة والتنمية مؤتمره.")).containsExactly("حزب العدالة والتنمية");
  }

  @Test
  void aNounAfterANisbaAdjectiveIsTheObject() {
    assertThat(phrases("منح النادي الأدبي العربي الجائزة الأولى لرواية جديدة."))
        .containsExactly("النادي الأدبي العربي");
    assertThat(phrases("أعلنت اللجنة الأولمبية الدولية المؤقتة قرارها.")).containsExactly("اللجنة الأولمبية الدولية المؤقتة");
  }

  @Test
  void aNameNeverCrossesALineBreak() {
    assertThat(phrases("يعرض الملف على المجلس الوطني\nالقرار النهائي بيد الحكومة.")).containsExactly("المجلس الوطني");
  }

  @Test
  void membersGoOnToTheBodyOrTreatyTheyBelongTo() {
    assertThat(phrases("عقدت رابطة برلمانات الدول الأعضاء في الاتحاد الإفريقي مؤتمرها في الرباط."))
        .containsExactly("رابطة برلمانات الدول الأعضاء في الاتحاد الإفريقي");
    assertThat(phrases("افتتح مؤتمر الأطراف في الاتفاقية الدولية بشأن النفايات الخطرة أعماله."))
        .containsExactly("الاتفاقية الدولية بشأن النفايات الخطرة");
    assertThat(phrases("تنطلق الدورة العاشرة لمؤتمر الأطراف في الاتفاقية الإطارية بشأن تغير المناخ."))
        .containsExactly("الاتفاقية الإطارية بشأن تغير المناخ");
    assertThat(phrases("وقعت الحكومة اتفاقية التعاون التجاري مع جارتها.")).isEmpty();
  }

  @Test
  void regionCoordinatedByAPointOfTheCompassStaysInTheName() {
    assertThat(phrases("عقدت الرابطة الرياضية لدول الساحل وغرب أفريقيا جمعيتها العامة."))
        .containsExactly("الرابطة الرياضية لدول الساحل وغرب أفريقيا");
    assertThat(phrases("اجتمع مجلس الأمن القومي وشرق.")).containsExactly("مجلس الأمن القومي");
  }

  @Test
  void constructChainOfSeveralWords() {
    assertThat(phrases("وأكدت مذكرة للأمانة العامة لمجلس وزراء العدل العرب أن الموعد تأجل."))
        .containsExactly("لأمانة العامة لمجلس وزراء العدل العرب");
  }

  @Test
  void coordinationAfterAGenitive() {
    assertThat(phrases("نظمت وزارة الشباب والرياضة السباق.")).containsExactly("وزارة الشباب والرياضة");
    assertThat(phrases("أصدر المجلس الأعلى للتعليم والتكوين والبحث تقريره السنوي."))
        .containsExactly("المجلس الأعلى للتعليم والتكوين والبحث");
    // An adjective after the coordinated word still qualifies the name; a noun does not.
    assertThat(phrases("بدأت الشركة الوطنية للمناطق والأسواق الحرة استعداداتها."))
        .containsExactly("الشركة الوطنية للمناطق والأسواق الحرة");
    assertThat(phrases("أطلقت هيئة الثقافة والفنون المعرض.")).containsExactly("هيئة الثقافة والفنون");
  }

  @Test
  void twoBodiesJoinedByAndStayTwo() {
    assertThat(phrases("بمشاركة جامعة الحسن الثاني والاتحاد المغربي للشغل في اللقاء."))
        .containsExactly("جامعة الحسن الثاني", "الاتحاد المغربي للشغل");
  }

  @Test
  void verbAfterAnAdjectiveEndsTheName() {
    assertThat(phrases("وكان الاتحاد الإفريقي يعقد قمته في أديس أبابا.")).containsExactly("الاتحاد الإفريقي");
  }

  @Test
  void definiteNounAfterANisbaAdjectiveEndsTheName() {
    assertThat(phrases("قرر البنك المركزي المصري الإبقاء على سعر الفائدة."))
        .containsExactly("البنك المركزي المصري");
    assertThat(phrases("أعلن الاتحاد الدولي لكرة القدم عن الموعد.")).containsExactly("الاتحاد الدولي لكرة القدم");
    assertThat(phrases("انعقد المجلس الوطني الفلسطيني في غزة.")).containsExactly("المجلس الوطني الفلسطيني");
  }

  @Test
  void stopWordsEndTheNameOrMakeNone() {
    assertThat(phrases("حصل الفريق على المركز الأول في الدوري.")).isEmpty();
    assertThat(phrases("قال المجلس الوطني الذي اجتمع أمس إن الموعد ثابت.")).containsExactly("المجلس الوطني");
  }

  @Test
  void meetingNounEndsTheNameExceptAfterACommittee() {
    assertThat(phrases("اجتمع مجلس وزراء النقل العرب الاستثنائي للقمة أمس."))
        .containsExactly("مجلس وزراء النقل العرب الاستثنائي");
    assertThat(phrases("نشرت اللجنة العليا لمهرجان الفنون الشعبية برنامجها."))
        .containsExactly("اللجنة العليا لمهرجان الفنون الشعبية");
  }

  @Test
  void coordinatedRelativeAdjectives() {
    assertThat(phrases("أعلنت كلية العلوم الاقتصادية والقانونية عن برنامجها."))
        .containsExactly("كلية العلوم الاقتصادية والقانونية");
    assertThat(phrases("وقع الاتحاد الإفريقي والأمم المتحدة الاتفاق.")).containsExactly("الاتحاد الإفريقي");
  }

  @Test
  void unitGoesOnWithTheBodyItBelongsTo() {
    assertThat(phrases("نظمت كلية الطب بجامعة الإسكندرية ندوة.")).containsExactly("كلية الطب بجامعة الإسكندرية");
    assertThat(phrases("نظم معهد الدراسات العليا في جامعة القاهرة ندوة.")).containsExactly("معهد الدراسات العليا في جامعة القاهرة");
    assertThat(phrases("تنظم كلية الهندسة بنات جامعة الأزهر معرضا.")).containsExactly("كلية الهندسة بنات جامعة الأزهر");
    assertThat(phrases("استضافت كلية الآداب وفدا من الجامعة.")).containsExactly("كلية الآداب");
  }

  @Test
  void presidencyAndDepartmentHeads() {
    assertThat(phrases("نظمت الرئاسة العامة لرعاية الشباب الملتقى.")).containsExactly("الرئاسة العامة لرعاية الشباب");
    assertThat(phrases("أعلنت دائرة الثقافة والسياحة برنامجها.")).containsExactly("دائرة الثقافة والسياحة");
  }

  @Test
  void headWithAPronounRefersBack() {
    assertThat(phrases("وعقد مجلسه التنفيذي جلسة أمس.")).isEmpty();
  }
}
