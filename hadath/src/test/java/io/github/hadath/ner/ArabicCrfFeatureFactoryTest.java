package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.FeatureFactory;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.PaddedList;
import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArabicCrfFeatureFactoryTest {

  private static final List<String> SENTENCE =
      List.of("وأعلنت", "منظمة", "الصحة", "العالمية", "أمس", ".");

  private static Collection<String> features(String sets, int loc) {
    return features(SENTENCE, sets, loc);
  }

  private static Collection<String> features(List<String> sentence, String sets, int loc) {
    ArabicCrfFeatureFactory<CoreLabel> factory = new ArabicCrfFeatureFactory<>(sets);
    factory.init(new SeqClassifierFlags());
    PaddedList<CoreLabel> labels =
        new PaddedList<>(CrfEntityRecognizer.toLabels(sentence), new CoreLabel());
    return factory.getCliqueFeatures(labels, loc, FeatureFactory.cliqueC);
  }

  @Test
  void listedOrganizationMarksItsWordsAsBeginAndInside() {
    assertThat(features("organizations", 1)).contains("ON=other-B|C", "ON=B|C");
    assertThat(features("organizations", 3)).contains("ON=other-I|C", "ON=I|C");
  }

  @Test
  void wordAfterAListedNameKnowsTheNameEnded() {
    assertThat(features("organizations", 2)).contains("ON-AFTER=I|C");
    assertThat(features("organizations", 4))
        .contains("ON-AFTER=-|C")
        .noneMatch(feature -> feature.startsWith("ON="));
  }

  @Test
  void wordsOutsideAndBeforeListedNamesHaveNoListFeatures() {
    assertThat(features("organizations", 0)).noneMatch(feature -> feature.startsWith("ON"));
  }

  @Test
  void currencyAndTheWordAfterItAreMarked() {
    List<String> sentence = List.of("بلغ", "السعر", "مئة", "روبل", "أمس", ".");
    assertThat(features(sentence, "currencies", 3)).contains("CUR=true|C", "CUR-AL=truefalse|C");
    assertThat(features(sentence, "currencies", 4)).contains("CUR=false|C", "PCUR=true|C");
    assertThat(features(sentence, "currencies", 1)).contains("CUR=false|C", "PCUR=false|C");
  }

  @Test
  void unseenInflectionGetsTheClassOfItsStem() {
    List<String> sentence = List.of("وصل", "الوفد", "وبالقاهرة", "أمس", ".");
    int[] stem = WordClasses.shared().classesOf("قاهره");

    assertThat(WordClasses.shared().classesOf("وبالقاهره")).isNull();
    assertThat(features(sentence, "classes", 2))
        .contains("WC0=-|C", "WB0=" + stem[0] + "|C", "WB2=" + stem[2] + "|C");
  }

  @Test
  void neighbourClassesBeyondTheSentenceAreTheBoundary() {
    assertThat(features("classes", 0)).contains("PWC0=<S>|C", "PWC1=<S>|C");
  }

  @Test
  void classContextPairsTheWordWithItsNeighbours() {
    List<String> sentence = List.of("وصل", "الوفد", "القاهرة", ".");
    int[] delegation = WordClasses.shared().classesOf("الوفد");
    int[] cairo = WordClasses.shared().classesOf("القاهره");

    assertThat(features(sentence, "class_context", 2)).contains(
        "PWCF=" + delegation[2] + "|C",
        "PWC1-WC1=" + delegation[1] + "_" + cairo[1] + "|C",
        "N2WC0=<S>|C");
  }

  @Test
  void brownPathOfTheStemIsReadAtFourDepths() {
    List<String> sentence = List.of("وصل", "الوفد", "وبالقاهرة", "أمس", ".");
    String cairo = BrownPaths.shared().pathOf("قاهره");
    String delegation = BrownPaths.shared().pathOf("وفد");

    assertThat(cairo).hasSizeGreaterThan(6);
    assertThat(features(sentence, "brown", 2)).contains(
        "BR4=" + cairo.substring(0, 4) + "|C",
        "BR6=" + cairo.substring(0, 6) + "|C",
        "BR10=" + BrownPaths.prefix(cairo, 10) + "|C",
        "BR20=" + BrownPaths.prefix(cairo, 20) + "|C",
        "PBR4=" + delegation.substring(0, 4) + "|C",
        "PBR6=" + delegation.substring(0, 6) + "|C");
  }

  @Test
  void brownPathOfARareWordIsMissingAndBeyondTheSentenceIsTheBoundary() {
    List<String> sentence = List.of("قال", "زقزوقستانيون", ".");

    assertThat(features(sentence, "brown", 1)).contains("BR4=-|C", "BR20=-|C");
    assertThat(features(sentence, "brown", 0)).contains("PBR4=<S>|C", "NBR6=-|C");
  }

  @Test
  void foreignSurnameIsANameToken() {
    List<String> sentence = List.of("وقال", "جون", "سميث", "أمس", ".");
    assertThat(features(sentence, "name_tokens", 2)).contains("NT=true|C", "PNT=true|C");
    assertThat(features(sentence, "name_tokens", 3)).contains("NT=false|C", "PNT=true|C");
  }

  @Test
  void arWikiCatsClubIsMarkedWithItsCategory() {
    List<String> sentence = List.of("فاز", "ريال", "مدريد", "أمس", ".");
    assertThat(features(sentence, "wiki_names", 1)).contains("WN=club-B|C");
    assertThat(features(sentence, "wiki_names", 2)).contains("WN=club-I|C");
    assertThat(features(sentence, "wiki_names", 3)).contains("WN-AFTER=-|C");
  }

  @Test
  void typedWikipediaTitleIsMarkedWithItsType() {
    List<String> sentence = List.of("نشرت", "الأهرام", "تقريرا", "عن", "الإسكندرية", ".");
    assertThat(features(sentence, "wiki_titles", 1)).contains("WT=ORG-B|C", "WT=B|C");
    assertThat(features(sentence, "wiki_titles", 2)).contains("WT-AFTER=-|C");
    assertThat(features(sentence, "wiki_titles", 4)).contains("WT=LOC-B|C");
    assertThat(features(sentence, "wiki_titles", 3)).noneMatch(f -> f.startsWith("WT"));
  }

  @Test
  void featureSetsNotAskedForAddNothing() {
    assertThat(features("forms", 4)).noneMatch(feature -> feature.startsWith("ON"));
    assertThat(features("forms", 4)).contains("K=امس|C", "B=امس|C");
  }
}
