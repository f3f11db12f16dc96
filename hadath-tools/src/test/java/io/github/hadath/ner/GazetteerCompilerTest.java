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
