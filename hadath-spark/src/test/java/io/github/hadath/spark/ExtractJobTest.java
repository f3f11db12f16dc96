package io.github.hadath.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.hadath.Analysis;
import io.github.hadath.ner.EntityMention;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractJobTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The keys of the {@code extract} command's records (AnalysisJson in hadath-cli). */
  private static final List<String> RECORD_KEYS =
      List.of("source", "id", "documentDate", "entities", "timexes", "events", "error");
  private static final List<String> ENTITY_KEYS =
      List.of("type", "text", "begin", "end", "id", "kind", "name", "countryCode", "source");
  private static final List<String> TIMEX_KEYS =
      List.of("text", "begin", "end", "type", "value", "beginDate", "endDate", "granularity");
  private static final List<String> EVENT_KEYS = List.of("type", "name", "organization", "hostCountry",
      "city", "startDate", "endDate", "edition", "topics", "participants", "mentions", "evidence");

  static SparkSession spark;

  @TempDir Path dir;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.session();
  }

  /** 40 documents, then one with a null text and one without a text. */
  private Path input(List<String> texts) throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      ObjectNode record = JSON.createObjectNode().put("id", "doc-" + i).put("text", texts.get(i));
      record.put("publicationDate", i % 3 == 0 ? "2025-11-20" : null);
      lines.add(JSON.writeValueAsString(record));
    }
    lines.add("{\"id\": \"null-text\", \"text\": null, \"publicationDate\": null}");
    lines.add("{\"id\": \"no-text\"}");
    return Files.write(dir.resolve("in.jsonl"), lines, StandardCharsets.UTF_8);
  }

  private static List<JsonNode> records(Path out) throws IOException {
    List<Path> parts;
    try (Stream<Path> files = Files.list(out)) {
      parts = files.filter(file -> file.getFileName().toString().startsWith("part-")).sorted().toList();
    }
    List<JsonNode> records = new ArrayList<>();
    for (Path part : parts) {
      for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
        records.add(JSON.readTree(line));
      }
    }
    return records;
  }

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      keys.add(it.next());
    }
    return keys;
  }

  @Test
  void jsonLinesInGiveOneRecordPerLineWithExtractsFieldsAndTheLibrarysEntities() throws IOException {
    List<String> texts = SyntheticNews.documents(40);
    Path in = input(texts);
    Path out = dir.resolve("out");

    ExtractJob.Summary summary = ExtractJob.run(spark, ExtractJob.parse(new String[] {in.toString(), out.toString()}));

    List<JsonNode> records = records(out);
    assertThat(summary.records()).isEqualTo(42);
    assertThat(summary.errors()).isEqualTo(2);
    assertThat(records).hasSize(42);
    for (int i = 0; i < texts.size(); i++) {
      JsonNode record = records.get(i);
      assertThat(keys(record)).isEqualTo(RECORD_KEYS);
      assertThat(record.get("id").asText()).isEqualTo("doc-" + i);
      assertThat(record.get("source").asText()).endsWith("in.jsonl");
      assertThat(record.get("error").isNull()).isTrue();
      Analysis expected = ExecutorPipeline.get().analyze(texts.get(i), i % 3 == 0 ? LocalDate.of(2025, 11, 20) : null);
      assertThat(record.get("documentDate").isNull() ? null : record.get("documentDate").asText())
          .isEqualTo(expected.documentDate() == null ? null : expected.documentDate().toString());
      List<String> entities = new ArrayList<>();
      for (JsonNode entity : record.get("entities")) {
        assertThat(keys(entity)).isEqualTo(ENTITY_KEYS);
        entities.add(entity.get("type").asText() + " " + entity.get("begin").asInt() + " "
            + entity.get("end").asInt() + " " + entity.get("text").asText());
      }
      List<String> expectedEntities = new ArrayList<>();
      for (EntityMention mention : expected.entities()) {
        expectedEntities.add(mention.type() + " " + mention.span().begin() + " " + mention.span().end() + " " + mention.text());
      }
      assertThat(entities).isEqualTo(expectedEntities);
      assertThat(record.get("events")).hasSize(expected.events().size());
      for (JsonNode event : record.get("events")) {
        assertThat(keys(event)).isEqualTo(EVENT_KEYS);
      }
      for (JsonNode timex : record.get("timexes")) {
        assertThat(keys(timex)).isEqualTo(TIMEX_KEYS);
      }
    }
    assertThat(records.get(40).get("id").asText()).isEqualTo("null-text");
    assertThat(records.get(40).get("error").get("type").asText()).isEqualTo("bad-record");
    assertThat(records.get(40).get("error").get("message").asText()).isEqualTo("text is null");
    assertThat(records.get(41).get("id").asText()).isEqualTo("no-text");
    assertThat(records.get(41).get("error").get("type").asText()).isEqualTo("bad-record");
  }

  @Test
  void parquetOutputKeepsTheTypedColumns() throws IOException {
    Path in = input(SyntheticNews.documents(6));
    Path parquet = dir.resolve("out.parquet");

    ExtractJob.Summary summary = ExtractJob.run(spark, ExtractJob.parse(new String[] {in.toString(), parquet.toString()}));

    var written = spark.read().parquet(parquet.toString());
    assertThat(summary.records()).isEqualTo(8);
    assertThat(written.count()).isEqualTo(8);
    assertThat(written.columns()).containsExactlyElementsOf(RECORD_KEYS);
    assertThat(written.schema().apply("events").dataType())
        .isEqualTo(HadathSpark.analysisColumns().apply("events").dataType());
  }

  @Test
  void parquetInputWithTextIsAnalyzed() throws IOException {
    Path in = input(SyntheticNews.documents(5));
    Path parquet = dir.resolve("documents.parquet");
    spark.read().json(in.toString()).write().parquet(parquet.toString());

    ExtractJob.Summary summary = ExtractJob.run(spark,
        ExtractJob.parse(new String[] {parquet.toString(), dir.resolve("out").toString()}));

    assertThat(summary.records()).isEqualTo(7);
    assertThat(summary.errors()).isEqualTo(2);
    assertThat(records(dir.resolve("out"))).extracting(record -> record.get("id").asText())
        .containsExactlyInAnyOrder("doc-0", "doc-1", "doc-2", "doc-3", "doc-4", "null-text", "no-text");
  }

  @Test
  void badCommandLinesNameTheProblem() {
    assertThatThrownBy(() -> ExtractJob.parse(new String[] {"in.jsonl"}))
        .hasMessageContaining("expected IN and OUT, got 1");
    assertThatThrownBy(() -> ExtractJob.parse(new String[] {"--colour", "in", "out"}))
        .hasMessageContaining("unknown option --colour");
    assertThatThrownBy(() -> ExtractJob.parse(new String[] {"--output-format", "csv", "in", "out"}))
        .hasMessageContaining("must be jsonl or parquet, got 'csv'");
    assertThatThrownBy(() -> ExtractJob.parse(new String[] {"--max-length", "0", "in", "out"}))
        .hasMessageContaining("--max-length must be a whole number of at least 1, got '0'");
  }

  @Test
  void formatsFollowThePaths() {
    ExtractJob.Arguments arguments = ExtractJob.parse(new String[] {"a.parquet", "b.parquet"});
    assertThat(arguments.inputFormat()).isEqualTo(ExtractJob.Format.parquet);
    assertThat(arguments.outputFormat()).isEqualTo(ExtractJob.Format.parquet);
    arguments = ExtractJob.parse(new String[] {"a.jsonl", "b"});
    assertThat(arguments.inputFormat()).isEqualTo(ExtractJob.Format.jsonl);
    assertThat(arguments.outputFormat()).isEqualTo(ExtractJob.Format.jsonl);
  }
}
