package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.ner.ArabicSpelling.Verdict;
import io.github.hadath.tokenize.SegmentationTable;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class ArabicSpellingTest {

  private static byte[] bundledVerdicts() throws IOException {
    try (InputStream in =
        ArabicSpelling.class.getClassLoader().getResourceAsStream(ArabicSpelling.VERDICTS)) {
      return ArabicSpelling.readVerdicts(new GZIPInputStream(in), SegmentationTable.bundled());
    }
  }

  /** The bundled verdicts with a dictionary that fails the test if it is ever asked. */
  private static ArabicSpelling withoutDictionary() throws IOException {
    return new ArabicSpelling(SegmentationTable.bundled(), bundledVerdicts(), () -> {
      throw new AssertionError("the dictionary was loaded");
    });
  }

  private final ArabicSpelling spelling = ArabicSpelling.shared();

  @Test
  void wordsWithCliticsAndInflectionsAreKnown() {
    assertThat(spelling.verdict("المدرسة")).isEqualTo(Verdict.KNOWN);
    assertThat(spelling.verdict("وبالمدرسة")).isEqualTo(Verdict.KNOWN);
    assertThat(spelling.verdict("الحكومة")).isEqualTo(Verdict.KNOWN);
  }

  @Test
  void diacriticsTatweelAndStretchedLettersAreRemovedFirst() {
    assertThat(spelling.verdict("رائعععع")).isEqualTo(Verdict.KNOWN);
    assertThat(spelling.verdict("المـــدرسة")).isEqualTo(Verdict.KNOWN);
    assertThat(spelling.verdict("المَدْرَسَة")).isEqualTo(Verdict.KNOWN);
  }

  @Test
  void transliteratedNamesAreUnknown() {
    assertThat(spelling.verdict("ساركوزي")).isEqualTo(Verdict.UNKNOWN);
    assertThat(spelling.verdict("فولكسفاغن")).isEqualTo(Verdict.UNKNOWN);
  }

  @Test
  void digitsLatinPunctuationAndOverlongWordsAreOther() {
    assertThat(spelling.verdict("2024")).isEqualTo(Verdict.OTHER);
    assertThat(spelling.verdict("BBC")).isEqualTo(Verdict.OTHER);
    assertThat(spelling.verdict("،")).isEqualTo(Verdict.OTHER);
    assertThat(spelling.verdict("")).isEqualTo(Verdict.OTHER);
    assertThat(spelling.verdict("الاستراتيجيات".repeat(3))).isEqualTo(Verdict.OTHER);
  }

  @Test
  void wordsOfTheTableNeedNoDictionary() throws IOException {
    ArabicSpelling precomputed = withoutDictionary();

    assertThat(precomputed.verdict("والتقى")).isEqualTo(Verdict.KNOWN);
    assertThat(precomputed.verdict("الخارجية")).isEqualTo(Verdict.KNOWN);
    assertThat(precomputed.verdict("ساركوزي")).isEqualTo(Verdict.UNKNOWN);
    assertThat(precomputed.verdict("2023")).isEqualTo(Verdict.OTHER);
  }

  @Test
  void wordOutsideTheTableAsksTheDictionary() throws IOException {
    ArabicSpelling precomputed = withoutDictionary();
    String rare = "وبمدرساتهم"; // not in the table

    assertThat(SegmentationTable.bundled().indexOf(rare)).isEqualTo(-1);
    assertThatThrownBy(() -> precomputed.verdict(rare)).hasMessage("the dictionary was loaded");
    assertThat(spelling.verdict(rare)).isEqualTo(Verdict.KNOWN);
  }

  /** Every 20th word of the table (about 34,000): the precomputed verdict is the dictionary's. */
  @Test
  void precomputedVerdictsAreTheDictionarysOwn() throws IOException {
    ArabicSpelling precomputed = withoutDictionary();
    ArabicSpelling dictionary = ArabicSpelling.dictionaryOnly();
    List<String> words = SegmentationTable.bundledWords();
    List<String> differ = new ArrayList<>();
    int compared = 0;
    for (int i = 0; i < words.size(); i += 20) {
      String word = words.get(i);
      if (SegmentationTable.bundled().indexOf(word) >= 0) {
        compared++;
        if (precomputed.verdict(word) != dictionary.check(word)) {
          differ.add(word);
        }
      }
    }

    assertThat(compared).isGreaterThan(30_000);
    assertThat(differ).isEmpty();
  }

  @Test
  void verdictsForAnotherTableAreRefused() throws IOException {
    SegmentationTable table = SegmentationTable.bundled();
    List<Verdict> verdicts = Collections.nCopies(table.indexedWords(), Verdict.OTHER);
    StringWriter out = new StringWriter();
    ArabicSpelling.writeVerdicts(List.of("test"), table, verdicts, out);
    String file = out.toString();
    byte[] read = ArabicSpelling.readVerdicts(
        new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)), table);
    String other = file.replace(Long.toHexString(table.fingerprint()), "123abc");

    assertThat(read).hasSize(table.indexedWords()).containsOnly((byte) Verdict.OTHER.ordinal());
    assertThatThrownBy(() -> ArabicSpelling.readVerdicts(
            new ByteArrayInputStream(other.getBytes(StandardCharsets.UTF_8)), table))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("not made for this segmentation table");
  }
}
