package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hadath.Pipelines;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExtractCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir Path dir;

  /** What one run of {@code extract} printed and returned. */
  private record Run(int exitCode, String out, String err) {
    List<JsonNode> records() throws IOException {
      List<JsonNode> records = new ArrayList<>();
      for (String line : out.split("\n")) {
        if (!line.isEmpty()) {
          records.add(MAPPER.readTree(line));
        }
      }
      return records;
    }
  }

  private static Run extract(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StringWriter usage = new StringWriter();
    ExtractCommand command =
        new ExtractCommand(new CommandIo(
            maxLength -> Pipelines.hadath(),
            new ByteArrayInputStream(stdin),
            out,
            new PrintStream(err, true, StandardCharsets.UTF_8)));
    int exitCode = new CommandLine(command).setErr(new PrintWriter(usage)).execute(args);
    return new Run(
        exitCode,
        out.toString(StandardCharsets.UTF_8),
        err.toString(StandardCharsets.UTF_8) + usage);
  }

  private static Run extract(String... args) {
    return extract(new byte[0], args);
  }

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = dir.resolve(name);
    Files.createDirectories(file.getParent());
    return Files.write(file, bytes);
  }

  @Test
  void outputInAMissingDirectoryIsAUsageErrorSayingWhy() throws IOException {
    Path file = write("a.txt", "تحتضن مراكش الدورة 93.");
    Path output = dir.resolve("missing").resolve("out.jsonl");

    Run run = extract("-o", output.toString(), file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("cannot write " + output + ": no such directory");
  }

  @Test
  void oneFilePrintsOnePrettyObjectWithTheSchemaKeys() throws IOException {
    Path file = write("a.txt", "تحتضن مراكش الدورة 93 للجمعية العامة للأنتربول.");

    Run run = extract("--publication-date", "2025-11-25", file.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{\n");
    JsonNode record = MAPPER.readTree(run.out());
    assertThat(record.get("source").asText()).isEqualTo(file.toString());
    assertThat(record.get("documentDate").asText()).isEqualTo("2025-11-25");
    assertThat(record.get("entities").isArray()).isTrue();
    assertThat(record.get("timexes").isArray()).isTrue();
    assertThat(record.get("events").isArray()).isTrue();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void compactPrintsOneObjectOnOneLine() throws IOException {
    Path file = write("a.txt", "الرباط");

    Run run = extract("--compact", file.toString());

    assertThat(run.out()).hasLineCount(1);
    assertThat(run.records()).hasSize(1);
  }

  @Test
  void severalFilesPrintJsonLinesInArgumentOrder() throws IOException {
    Path first = write("z.txt", "الرباط");
    Path second = write("a.txt", "مراكش");

    Run run = extract(first.toString(), second.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.records())
        .extracting(record -> record.get("source").asText())
        .containsExactly(first.toString(), second.toString());
  }

  @Test
  void missingFileGetsAnErrorRecordAndTheOthersAreStillProcessed() throws IOException {
    Path good = write("good.txt", "الرباط");
    String missing = dir.resolve("missing.txt").toString();

    Run run = extract(missing, good.toString());

    assertThat(run.exitCode()).isEqualTo(HadathCli.EXIT_SOME_FAILED);
    List<JsonNode> records = run.records();
    assertThat(records).hasSize(2);
    assertThat(records.get(0).get("source").asText()).isEqualTo(missing);
    assertThat(records.get(0).at("/error/type").asText()).isEqualTo("not-found");
    assertThat(records.get(1).has("error")).isFalse();
    assertThat(run.err()).contains(missing).contains("no such file");
  }

  @Test
  void directoryBatchKeepsEveryDocumentAndReportsEachFailure() throws IOException {
    write("b/good.txt", "تنعقد الدورة في مراكش");
    write("b/sub/empty.txt", "");
    write("b/sub/invalid.txt", new byte[] {'a', 'b', (byte) 0xD8, 'c'});
    write("b/too-long.txt", "ا".repeat(60));
    write("b/notes.md", "ignored: not *.txt");

    Run run = extract("--max-length", "50", dir.resolve("b").toString());

    assertThat(run.exitCode()).isEqualTo(HadathCli.EXIT_SOME_FAILED);
    List<JsonNode> records = run.records();
    assertThat(records)
        .extracting(record -> Path.of(record.get("source").asText()).getFileName().toString())
        .containsExactly("good.txt", "empty.txt", "invalid.txt", "too-long.txt");
    assertThat(records.get(0).has("error")).isFalse();
    assertThat(records.get(1).has("error")).isFalse();
    assertThat(records.get(1).get("entities")).isEmpty();
    assertThat(records.get(2).at("/error/type").asText()).isEqualTo("invalid-utf8");
    assertThat(records.get(2).at("/error/byteOffset").asInt()).isEqualTo(2);
    assertThat(records.get(3).at("/error/type").asText()).isEqualTo("too-long");
    assertThat(run.err()).contains("invalid.txt: invalid UTF-8 at byte offset 2").contains("too-long.txt");
  }

  @Test
  void jsonLinesCarryIdsAndDatesAndKeepInputOrderOnTwoThreads() throws IOException {
    StringBuilder lines = new StringBuilder();
    int count = 10_000;
    for (int i = 0; i < count; i++) {
      lines.append("{\"id\":\"doc-").append(i).append("\",\"text\":\"")
          .append(i % 2 == 0 ? "وصل الوفد إلى مراكش" : "الرباط")
          .append("\",\"publicationDate\":\"2025-11-").append(10 + i % 20).append("\"}\n");
    }
    Path input = write("batch.jsonl", lines.toString());
    Path output = dir.resolve("out.jsonl");

    Run run = extract("--input-format", "jsonl", "--threads", "2", "--output", output.toString(), input.toString());

    assertThat(run.exitCode()).isZero();
    List<String> records = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertThat(records).hasSize(count);
    for (int i = 0; i < count; i++) {
      JsonNode record = MAPPER.readTree(records.get(i));
      assertThat(record.get("id").asText()).isEqualTo("doc-" + i);
      assertThat(record.get("documentDate").asText()).isEqualTo("2025-11-" + (10 + i % 20));
    }
  }

  @Test
  void badJsonLinesGetErrorRecordsWithTheirIdWhenKnown() throws IOException {
    byte[] stdin =
        ("{\"id\":7,\"text\":\"الرباط\"}\n\nnot json\n{\"id\":8}\n{\"id\":9,\"text\":\"x\",\"publicationDate\":\"May 1\"}\n")
            .getBytes(StandardCharsets.UTF_8);

    Run run = extract(stdin, "--input-format", "jsonl", "-");

    assertThat(run.exitCode()).isEqualTo(HadathCli.EXIT_SOME_FAILED);
    List<JsonNode> records = run.records();
    assertThat(records).extracting(record -> record.get("source").asText()).containsExactly("-:1", "-:3", "-:4", "-:5");
    assertThat(records.get(0).get("id").asInt()).isEqualTo(7);
    assertThat(records.get(1).at("/error/type").asText()).isEqualTo("bad-record");
    assertThat(records.get(1).has("id")).isFalse();
    assertThat(records.get(2).get("id").asInt()).isEqualTo(8);
    assertThat(records.get(2).at("/error/message").asText()).isEqualTo("-:4: no string \"text\"");
    assertThat(records.get(3).get("id").asInt()).isEqualTo(9);
  }

  @Test
  void invalidUtf8InAJsonLineReportsTheFileByteOffset() throws IOException {
    byte[] first = "{\"id\":1,\"text\":\"ok\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] second = {'{', '"', 'i', 'd', '"', ':', '2', ',', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xFF, '"', '}', '\n'};
    byte[] both = new byte[first.length + second.length];
    System.arraycopy(first, 0, both, 0, first.length);
    System.arraycopy(second, 0, both, first.length, second.length);

    Run run = extract(both, "--input-format", "jsonl", "-");

    List<JsonNode> records = run.records();
    assertThat(records).hasSize(2);
    assertThat(records.get(1).at("/error/type").asText()).isEqualTo("invalid-utf8");
    assertThat(records.get(1).at("/error/byteOffset").asLong()).isEqualTo(first.length + 16);
  }

  @Test
  void standardInputIsOneDocument() throws IOException {
    Run run = extract("الرباط".getBytes(StandardCharsets.UTF_8), "-");

    assertThat(run.exitCode()).isZero();
    assertThat(MAPPER.readTree(run.out()).get("source").asText()).isEqualTo("-");
  }

  @Test
  void exampleRunsWithoutAFile() throws IOException {
    Run run = extract("--example");

    assertThat(run.exitCode()).isZero();
    assertThat(MAPPER.readTree(run.out()).get("source").asText()).isEqualTo(ExtractCommand.EXAMPLE_SOURCE);
  }

  @Test
  void noInputIsBadUsage() {
    Run run = extract();

    assertThat(run.exitCode()).isEqualTo(HadathCli.EXIT_USAGE);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("no input");
  }

  @Test
  void malformedPublicationDateIsBadUsage() {
    Run run = extract("--publication-date", "25/11/2025", "--example");

    assertThat(run.exitCode()).isEqualTo(HadathCli.EXIT_USAGE);
    assertThat(run.err()).contains("'25/11/2025' is not a date of the form YYYY-MM-DD");
  }
}
