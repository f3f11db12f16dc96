package io.github.hadath.tokenize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.Pipelines;
import io.github.hadath.TestData;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The precomputed segmentation table: its codes, its file format, and that it changes no token. */
class SegmentationTableTest {

  private static Segments segments(String... formBeginEnd) {
    int n = formBeginEnd.length / 3;
    String[] forms = new String[n];
    int[] begins = new int[n];
    int[] ends = new int[n];
    for (int t = 0; t < n; t++) {
      forms[t] = formBeginEnd[3 * t];
      begins[t] = Integer.parseInt(formBeginEnd[3 * t + 1]);
      ends[t] = Integer.parseInt(formBeginEnd[3 * t + 2]);
    }
    return new Segments(forms, begins, ends);
  }

  @Test
  void unsplitWordPacksToZero() {
    assertThat(segments("كتاب", "0", "4").pack("كتاب")).isZero();
  }

  @Test
  void splitPointsPackIntoTheMask() {
    // «وبالمدينة» → «و» + «ب» + «المدينة»
    Segments tokens = segments("و", "0", "1", "ب", "1", "2", "المدينة", "2", "9");
    long packed = tokens.pack("وبالمدينة");
    assertThat(packed).isEqualTo(0b110L);
    assertThat(Segments.unpack("وبالمدينة", packed)).isEqualTo(tokens);
  }

  @Test
  void tehMarbutaRestoredBeforeAnEnclitic() {
    // «حكومته» → «حكومة» + «ه»
    Segments tokens = segments("حكومة", "0", "5", "ه", "5", "6");
    long packed = tokens.pack("حكومته");
    assertThat(packed >>> 32).isEqualTo(Segments.FINAL_TEH_MARBUTA);
    assertThat(Segments.unpack("حكومته", packed)).isEqualTo(tokens);
  }

  @Test
  void articleRestoredAfterLam() {
    // «للعمل» → «ل» + «العمل»
    Segments tokens = segments("ل", "0", "1", "العمل", "1", "5");
    long packed = tokens.pack("للعمل");
    assertThat(packed >>> 32).isEqualTo((long) Segments.INITIAL_ALEF << 2);
    assertThat(Segments.unpack("للعمل", packed)).isEqualTo(tokens);
  }

  @Test
  void alefWithHamzaIsNormalizedInEveryForm() {
    Segments tokens = segments("و", "0", "1", "احمد", "1", "5");
    assertThat(Segments.unpack("وأحمد", tokens.pack("وأحمد"))).isEqualTo(tokens);
  }

  @Test
  void tokensNoCodeDescribesPackToMinusOne() {
    assertThat(segments("19", "0", "4").pack("1999")).isEqualTo(-1);
    assertThat(segments("ك", "0", "1", "تاب", "2", "4").pack("كتاب")).isEqualTo(-1);
  }

  @Test
  void writtenTableReadsBackTheSameTokens() throws IOException {
    TreeMap<String, Segments> entries = new TreeMap<>();
    entries.put("كتاب", segments("كتاب", "0", "4"));
    entries.put("وبالمدينة", segments("و", "0", "1", "ب", "1", "2", "المدينة", "2", "9"));
    entries.put("حكومته", segments("حكومة", "0", "5", "ه", "5", "6"));
    entries.put("1999", segments("19", "0", "4"));
    entries.put("#وسم", segments("#", "0", "1", "وسم", "1", "4"));
    StringWriter out = new StringWriter();
    SegmentationTable.write(List.of("test table"), entries, out);
    SegmentationTable table = SegmentationTable.read(
        new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));

    assertThat(table.size()).isEqualTo(5);
    assertThat(table.header()).containsExactly("test table");
    entries.forEach((word, tokens) -> assertThat(table.lookup(word)).as(word).isEqualTo(tokens));
    assertThat(table.lookup("كتب")).isNull();
  }

  private static SegmentationTable table(String... words) throws IOException {
    TreeMap<String, Segments> entries = new TreeMap<>();
    for (String word : words) {
      entries.put(word, segments(word, "0", String.valueOf(word.length())));
    }
    entries.put("!!!", segments("!", "0", "3")); // no code describes it: an irregular line
    StringWriter out = new StringWriter();
    SegmentationTable.write(List.of("test table"), entries, out);
    return SegmentationTable.read(
        new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void indexOfGivesEachRegularWordItsOwnPosition() throws IOException {
    SegmentationTable table = table("كتاب", "مدرسة", "حكومة");

    assertThat(table.indexedWords()).isEqualTo(3);
    assertThat(List.of(table.indexOf("كتاب"), table.indexOf("مدرسة"), table.indexOf("حكومة")))
        .containsExactlyInAnyOrder(0, 1, 2);
    assertThat(table.indexOf("!!!")).isEqualTo(-1);
    assertThat(table.indexOf("كتب")).isEqualTo(-1);
    assertThat(table.indexOf("ك".repeat(40))).isEqualTo(-1);
  }

  @Test
  void fingerprintNamesTheWords() throws IOException {
    assertThat(table("كتاب", "مدرسة").fingerprint())
        .isEqualTo(table("مدرسة", "كتاب").fingerprint())
        .isNotEqualTo(table("كتاب", "مدرسه").fingerprint())
        .isNotEqualTo(table("كتاب").fingerprint());
  }

  @Test
  void bundledWordsAreTheBundledTablesWords() {
    List<String> words = SegmentationTable.bundledWords();

    assertThat(words).hasSize(SegmentationTable.bundled().size()).isSorted();
    assertThat(words.stream().filter(w -> SegmentationTable.bundled().indexOf(w) >= 0).count())
        .isEqualTo(SegmentationTable.bundled().indexedWords());
  }

  @Test
  void wordsOfEveryScriptReadBackWithTheirHashes() throws IOException {
    // one, two, three and four UTF-8 bytes a char; the emoji is two UTF-16 chars
    List<String> words =
        List.of("2024", "كتاب", "\u06CC\u0654", "\u20AC100", "\uD83D\uDE00\u0645\u0646");
    SegmentationTable table = table(words.toArray(new String[0]));

    for (String word : words) {
      assertThat(table.indexOf(word)).as(word).isNotNegative(); // a regular line: read as bytes
      assertThat(table.lookup(word)).as(word)
          .isEqualTo(segments(word, "0", String.valueOf(word.length())));
    }
  }

  @Test
  void malformedLineIsRejectedWithItsNumber() {
    String text = SegmentationTable.MAGIC + "\nheader\n\nكتاب\t9\n";
    assertThatThrownBy(() -> SegmentationTable.read(
            new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("line 4");
  }

  @Test
  void batchedRunGivesEachUnknownWordItsTokensAlone() throws IOException {
    CoreNlpArabicTokenizer tokenizer = Pipelines.tokenizer();
    SegmentationTable table = tokenizer.table().orElseThrow();
    // Words of the ANERcorp test split (CC BY-SA 4.0) the table does not know, in file order.
    List<String> unknown = new java.util.ArrayList<>();
    for (String line : Files.readAllLines(
        TestData.require("ANERcorp-CamelLabSplits/ANERCorp_CamelLab_test.txt"), StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        String word = new ArabicTextNormalizer().normalize(line.substring(0, line.lastIndexOf(' ')))
            .normalized();
        if (!word.isEmpty() && !table.answers(word) && !unknown.contains(word)
            && word.codePoints().allMatch(CoreNlpArabicTokenizer::isReadByLexer)) {
          unknown.add(word);
        }
      }
      if (unknown.size() == 2 * CoreNlpArabicTokenizer.BATCH_WORDS) {
        break;
      }
    }
    assertThat(unknown).hasSizeGreaterThan(CoreNlpArabicTokenizer.BATCH_WORDS);
    List<Segments> batched = tokenizer.segmentBatch(unknown);
    for (int i = 0; i < unknown.size(); i++) {
      assertThat(batched.get(i)).as(unknown.get(i))
          .isEqualTo(tokenizer.segmentInContext(unknown.get(i)));
    }
  }

  @Test
  void bundledTableChangesNoTokenOfRealNews() throws IOException {
    CoreNlpArabicTokenizer withTable = Pipelines.tokenizer().withCacheSize(0);
    CoreNlpArabicTokenizer withoutTable = withTable.withoutTable();
    assertThat(withTable.table()).isPresent();
    ArabicTextNormalizer normalizer = new ArabicTextNormalizer();
    // The first 2,000 lines of the ANERcorp test split (CC BY-SA 4.0), joined as running text.
    List<String> lines = Files.readAllLines(
        TestData.require("ANERcorp-CamelLabSplits/ANERCorp_CamelLab_test.txt"), StandardCharsets.UTF_8);
    StringBuilder text = new StringBuilder();
    for (String line : lines.subList(0, 2_000)) {
      text.append(line.isBlank() ? "\n" : line.substring(0, line.lastIndexOf(' ')) + " ");
    }
    NormalizedText normalized = normalizer.normalize(text.toString());
    assertThat(withTable.tokenize(normalized).tokens())
        .isEqualTo(withoutTable.tokenize(normalized).tokens());
  }
}
