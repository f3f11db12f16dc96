package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The gazetteer recognizer never throws and always reports exact spans, whatever the input. */
class GazetteerPropertyTest {

  private static final List<String> PIECES = List.of(
      "المغرب", "وبالمغرب", "للأنتربول", "لل", "ل", "و", "ب", "ف", "ك", "ال", "الولايات", "المتحدة",
      "منظمة", "الأنتربول", "وهران", "دبى", "مراكش", "بمراكش", "أمريكا", "اللاتينية", "مجلس", "الأمن",
      "مسقط", "رأسه", "ألبانيا", "ﻷ", "ﻟﻸنتربول", "\u0640", "\u064E", "\u0651", "\u200F", "\u202B",
      "\uD800", "\uDC00", "،", ".", "-", "\n", "\t", " ", "x", "2025", "٢٤");

  @Provide
  Arbitrary<String> spacedPieces() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join(" ", pieces));
  }

  @Provide
  Arbitrary<String> gluedPieces() {
    return Arbitraries.of(PIECES).list().ofMaxSize(30).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 200)
  void neverThrowsOnSpacedPieces(@ForAll("spacedPieces") String text) {
    GazetteerEntityRecognizerTest.recognize(text);
  }

  @Property(tries = 200)
  void neverThrowsOnGluedPieces(@ForAll("gluedPieces") String text) {
    GazetteerEntityRecognizerTest.recognize(text);
  }

  @Property(tries = 200)
  void neverThrowsOnRandomUnicode(@ForAll String text) {
    GazetteerEntityRecognizerTest.recognize(text);
  }

  @Property(tries = 100)
  void linkNeverThrows(@ForAll("gluedPieces") String phrase) {
    GazetteerEntityRecognizer.fromClasspath().link(phrase);
  }

  @Test
  void longDocumentIsReadInOnePass() {
    String text = "زار وفد من الأنتربول بمراكش والرباط في المملكة المغربية. ".repeat(2_000);

    List<EntityMention> mentions = GazetteerEntityRecognizerTest.recognize(text);

    assertThat(mentions).hasSize(8_000);
  }
}
