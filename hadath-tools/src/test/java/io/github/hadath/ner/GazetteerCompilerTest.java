package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.TestData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerCompilerTest {

  /** The library module's model folder, seen from this module's folder (where tests run). */
  private static final Path MODELS = Path.of("../hadath/models");

  @Test
  void committedGazetteersEqualAFreshBuildFromTheDataDirectory() throws IOException {
    Map<String, String> built = GazetteerCompiler.compile(
        TestData.require("gazetteers"), MODELS.resolve("data/gazetteers/curated"));

    assertThat(built.keySet()).containsExactlyElementsOf(GazetteerCompiler.OUTPUTS);
    for (Map.Entry<String, String> file : built.entrySet()) {
      Path committedFile = MODELS.resolve("gazetteers").resolve(file.getKey());
      String committed = Files.readString(committedFile, StandardCharsets.UTF_8);
      assertThat(committed).as("models/gazetteers/%s is stale: rebuild it", file.getKey())
          .isEqualTo(file.getValue());
    }
  }

  @Test
  void keyOfFoldsEachWordAndDropsPunctuationWords() {
    assertThat(GazetteerCompiler.keyOf("الكونغو - كينشاسا")).isEqualTo("الكونغو كينشاسا");
    assertThat(GazetteerCompiler.keyOf(" المملكة  المغربية ")).isEqualTo("المملكه المغربيه");
  }

  @Test
  void supplementaryNameLosesItsProvinceWord() {
    assertThat(GazetteerCompiler.withoutProvinceWord("ولاية قندهار")).isEqualTo("قندهار");
    assertThat(GazetteerCompiler.withoutProvinceWord("إقليم سيدي بنور")).isEqualTo("سيدي بنور");
    assertThat(GazetteerCompiler.withoutProvinceWord("قصر هلال")).isEqualTo("قصر هلال");
    assertThat(GazetteerCompiler.withoutProvinceWord("ولاية")).isEqualTo("ولاية");
  }

  @Test
  void supplementaryOneWordNameThatIsAWordOrAGivenNameIsCommon() {
    ArabicSpelling spelling = ArabicSpelling.dictionaryOnly();

    assertThat(GazetteerCompiler.isCommonWord("الكرم", spelling)).isTrue(); // dictionary
    assertThat(GazetteerCompiler.isCommonWord("العالية", spelling)).isTrue(); // Treebank adjective
    assertThat(GazetteerCompiler.isCommonWord("جورج", spelling)).isTrue(); // given name
    assertThat(GazetteerCompiler.isCommonWord("دينار", spelling)).isTrue(); // currency
    assertThat(GazetteerCompiler.isCommonWord("دوز", spelling)).isFalse();
    assertThat(GazetteerCompiler.isCommonWord("بوفاريك", spelling)).isFalse();
    assertThat(GazetteerCompiler.isCommonWord("المرناقية", spelling)).isFalse();
  }

  @Test
  void supplementarySourceNamesTownsGeoNamesLeavesUnnamed() {
    Gazetteer gazetteer = Gazetteer.fromClasspath();

    assertThat(gazetteer.lookup("سيدي بنور")).map(Link::id).contains("2536074");
    assertThat(gazetteer.lookup("بوفاريك")).map(Link::countryCode).contains("DZ");
    assertThat(gazetteer.lookup("الكرم")).isEmpty(); // a word: «generosity»
  }

  @Test
  void gazetteerCountsAreThoseOfTheCompiledFiles() {
    Gazetteer gazetteer = Gazetteer.fromClasspath();

    assertThat(gazetteer.entryCount(Link.Kind.COUNTRY)).isEqualTo(253);
    assertThat(gazetteer.entryCount(Link.Kind.ORGANIZATION)).isGreaterThanOrEqualTo(80);
    assertThat(gazetteer.entryCount(Link.Kind.REGION)).isGreaterThanOrEqualTo(16);
    assertThat(gazetteer.entryCount(Link.Kind.CITY)).isGreaterThan(3000);
    assertThat(gazetteer.nameCount()).isGreaterThan(4000);
    assertThat(gazetteer.lookup("المملكة المغربية")).map(Link::id).contains("MA");
    assertThat(gazetteer.lookup("مراكش")).map(Link::countryCode).contains("MA");
    assertThat(gazetteer.lookup("أمريكا اللاتينية")).isEmpty();
  }
}
