package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.tokenize.WordForms;
import java.util.List;
import org.junit.jupiter.api.Test;

class NamePhrasesTest {

  private final NamePhrases names = NamePhrases.organizations();

  private static List<WordForms> keys(String... words) {
    return List.of(words).stream().map(WordForms::of).toList();
  }

  @Test
  void multiwordClubIsFoundWithItsCategoryAndLength() {
    NamePhrases.Match match = names.longestAt(keys("فاز", "ريال", "مدريد", "أمس"), 1);

    assertThat(match).isEqualTo(new NamePhrases.Match("club", 2));
  }

  @Test
  void firstWordMayCarryAConjunctionAndPreposition() {
    assertThat(names.longestAt(keys("ولريال", "مدريد"), 0))
        .isEqualTo(new NamePhrases.Match("club", 2));
  }

  @Test
  void longestNameWins() {
    NamePhrases.Match match =
        names.longestAt(keys("الاتحاد", "الدولي", "لكرة", "القدم", "قرر"), 0);

    assertThat(match).isEqualTo(new NamePhrases.Match("federation", 4));
  }

  @Test
  void commonWordsAreNoOrganization() {
    assertThat(names.longestAt(keys("قال", "الوزير"), 0)).isNull();
    assertThat(names.longestAt(keys("قال", "الوزير"), 1)).isNull();
  }

  @Test
  void personIsFoundByFullNameAndForeignSurname() {
    NamePhrases persons = NamePhrases.persons();

    assertThat(persons.longestAt(keys("قال", "نيكولا", "ساركوزي"), 1))
        .isEqualTo(new NamePhrases.Match("politician", 2));
    assertThat(persons.longestAt(keys("وقال", "ساركوزي"), 1))
        .isEqualTo(new NamePhrases.Match("politician", 1));
  }

  @Test
  void placeIsFoundThroughItsProcliticsWithTheLongestFormWinning() {
    NamePhrases places = NamePhrases.places();

    assertThat(places.longestAt(keys("عبرت", "السفينة", "بقناة", "السويس"), 2))
        .isEqualTo(new NamePhrases.Match("sea", 2));
    assertThat(places.longestAt(keys("في", "محافظة", "الأنبار"), 1))
        .isEqualTo(new NamePhrases.Match("province", 2));
    assertThat(places.longestAt(keys("وفي", "الأنبار"), 1))
        .isEqualTo(new NamePhrases.Match("province", 1));
    assertThat(places.longestAt(keys("قال", "الوزير"), 1)).isNull();
  }
}
