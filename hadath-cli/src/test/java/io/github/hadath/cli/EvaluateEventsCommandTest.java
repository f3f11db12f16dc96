package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import io.github.hadath.TestData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class EvaluateEventsCommandTest {

  /** Two passages written for this test in the real-news set's format (aliases, XXXX, otherEvents). */
  private static final String GOLD = """
      {"id": "w-1", "text": "تحتضن مدينة مراكش من 14 إلى 16 أكتوبر الدورة الخامسة لمهرجان الفنون الشعبية.", "publicationDate": null, "otherEvents": 0, "events": [{"organization": null, "organizationAliases": [], "hostCountry": "MA", "city": "2542997", "cityName": "مراكش", "startDate": "XXXX-10-14", "endDate": "XXXX-10-16", "edition": 5, "topics": ["culture"]}]}
      {"id": "w-2", "text": "استقبل وزير الداخلية اليوم في الرباط نظيره الإسباني، وبحث معه التعاون الأمني.", "publicationDate": "2025-03-02", "otherEvents": 0, "events": []}
      """;

  private record Run(int exitCode, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new HadathCli());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exitCode = cli.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  private static double f1(String out) {
    List<String> lines = out.lines().toList();
    Matcher m = Pattern.compile("event field F1: (\\d\\.\\d{3})").matcher(lines.get(lines.size() - 1));
    assertThat(m.matches()).as(out).isTrue();
    return Double.parseDouble(m.group(1));
  }

  @Test
  void readsTheRealNewsFormatAndEndsWithTheF1Line(@TempDir Path dir) throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD, StandardCharsets.UTF_8);

    Run run = run("evaluate-events", gold.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("passages: 2").contains("spurious 0");
    assertThat(run.out()).containsPattern("(?m)^startDate +1\\.000 +1\\.000 +1\\.000   1/1/1$");
    assertThat(f1(run.out())).isEqualTo(1.0);
  }

  @Test
  void idsAndExcludeIdsSplitThePassages(@TempDir Path dir) throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD, StandardCharsets.UTF_8);
    Path ids = Files.writeString(dir.resolve("ids.txt"), "# held out\nw-2\n", StandardCharsets.UTF_8);

    Run only = run("evaluate-events", "--ids", ids.toString(), gold.toString());
    Run others = run("evaluate-events", "--exclude-ids", ids.toString(), gold.toString());

    assertThat(only.out()).contains("passages: 1").contains("events: gold 0, predicted 0");
    assertThat(others.out()).contains("passages: 1").contains("events: gold 1, predicted 1");
  }

  @Test
  void missingIdsFileIsAUsageError(@TempDir Path dir) throws IOException {
    Path gold = Files.writeString(dir.resolve("gold.jsonl"), GOLD, StandardCharsets.UTF_8);
    Path missing = dir.resolve("none.txt");

    Run run = run("evaluate-events", "--ids", missing.toString(), gold.toString());

    assertThat(run.exitCode()).isEqualTo(HadathCli.EXIT_USAGE);
    assertThat(run.err()).contains("evaluate-events: cannot read " + missing + ": no such file");
  }

  /**
   * The tuning part of the real-news dev set (all but the held-out ids), read from the shared data
   * directory; skipped where it is absent (the passages are not part of the project).
   */
  @Test
  void realNewsTuningPartStaysAboveItsMeasuredFloor() {
    Path gold = TestData.require("events-real/dev.jsonl");

    Run run = run("evaluate-events", "--exclude-ids", "../benchmarks/data/events-real-holdout-ids.txt", gold.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("passages: 112");
    Matcher spurious = Pattern.compile("spurious (\\d+)").matcher(run.out());
    assertThat(spurious.find()).isTrue();
    assertThat(Integer.parseInt(spurious.group(1))).isLessThanOrEqualTo(5);
    assertThat(f1(run.out())).isGreaterThanOrEqualTo(0.75);
  }
}
