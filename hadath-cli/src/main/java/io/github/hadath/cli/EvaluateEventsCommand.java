package io.github.hadath.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.hadath.Hadath;
import io.github.hadath.event.Event;
import io.github.hadath.event.EventScorer;
import io.github.hadath.event.EventScorer.GoldEvent;
import io.github.hadath.event.EventScorer.Mismatch;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hadath evaluate-events GOLD.jsonl}: runs the default pipeline on every gold passage and
 * prints per-field precision, recall and F1 ({@link EventScorer}), ending with the line {@code
 * event field F1: 0.912}.
 *
 * <p>Gold format, one passage per line: {@code {"id": "...", "text": "...", "publicationDate":
 * "2024-06-01" or null, "events": [{"type": "...", "organization": "INTERPOL", "hostCountry":
 * "MA", "city": "2542997", "startDate": "2025-11-24", "endDate": "2025-11-27", "edition": 93,
 * "topics": ["cybercrime"]}]}}; absent fields are null.
 *
 * <p>Exit status: 0 when scored, 1 on bad usage or an unreadable or malformed gold file (the
 * message names the file and line).
 */
@Command(
    name = "evaluate-events",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = HadathCli.EXIT_USAGE,
    description = {
      "Scores event extraction against a gold JSON Lines file: per-field precision, recall and F1.",
      "The last line reads «event field F1: 0.912» (micro-average over all fields)."
    })
final class EvaluateEventsCommand implements Callable<Integer> {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Parameters(arity = "1..*", paramLabel = "GOLD", description = "Gold files, JSON Lines.")
  private List<Path> goldFiles;

  @Option(names = "--mismatches", description = "Also print every field that disagrees, per passage.")
  private boolean printMismatches;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Passage> passages = new ArrayList<>();
    for (Path file : goldFiles) {
      try {
        passages.addAll(read(file));
      } catch (NoSuchFileException e) {
        err.println("evaluate-events: cannot read " + file + ": no such file");
        return HadathCli.EXIT_USAGE;
      } catch (IOException e) {
        err.println("evaluate-events: cannot read " + file + ": " + e.getMessage());
        return HadathCli.EXIT_USAGE;
      } catch (IllegalArgumentException e) {
        err.println("evaluate-events: " + e.getMessage());
        return HadathCli.EXIT_USAGE;
      }
    }
    Hadath hadath = Hadath.builder().build();
    EventScorer scorer = new EventScorer();
    for (Passage passage : passages) {
      List<Event> events = hadath.analyze(passage.text, passage.publicationDate).events();
      scorer.add(passage.id, events, passage.events);
    }
    if (printMismatches) {
      for (Mismatch m : scorer.mismatches()) {
        out.printf("%s\t%s\tpredicted=%s\tgold=%s%n", m.document(), m.field(), m.predicted(), m.gold());
      }
    }
    out.printf("passages: %d%n", passages.size());
    out.print(scorer.report());
    out.flush();
    return HadathCli.EXIT_OK;
  }

  private record Passage(String id, String text, LocalDate publicationDate, List<GoldEvent> events) {}

  private static List<Passage> read(Path file) throws IOException {
    List<Passage> passages = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        try {
          passages.add(passage(MAPPER.readTree(line)));
        } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
          throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage(), e);
        }
      }
    }
    return passages;
  }

  private static Passage passage(JsonNode node) {
    String id = text(node, "id");
    String text = text(node, "text");
    if (id == null || text == null) {
      throw new IllegalArgumentException("«id» and «text» are required");
    }
    List<GoldEvent> events = new ArrayList<>();
    for (JsonNode e : node.path("events")) {
      List<String> topics = new ArrayList<>();
      e.path("topics").forEach(t -> topics.add(t.asText()));
      JsonNode edition = e.get("edition");
      events.add(new GoldEvent(
          text(e, "type"), text(e, "organization"), text(e, "hostCountry"), text(e, "city"),
          date(e, "startDate"), date(e, "endDate"),
          edition == null || edition.isNull() ? null : edition.asInt(), topics));
    }
    return new Passage(id, text, date(node, "publicationDate"), events);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static LocalDate date(JsonNode node, String field) {
    String value = text(node, field);
    return value == null ? null : LocalDate.parse(value);
  }
}
