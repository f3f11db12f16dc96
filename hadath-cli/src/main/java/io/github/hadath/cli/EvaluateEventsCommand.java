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
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hadath evaluate-events [GOLD.jsonl...]}: runs the default pipeline on every gold passage
 * and prints per-field precision, recall and F1 ({@link EventScorer}), the number of spurious
 * events, and last the line {@code event field F1: 0.912}.
 *
 * <p>Gold format, one passage per line (the format of {@code events-real/dev.jsonl}, whose README
 * gives the scoring rules): {@code {"id": "...", "text": "...", "publicationDate": "2024-06-01" or
 * null, "otherEvents": 1, "events": [{"organization": "INTERPOL", "organizationAliases":
 * ["interpol", "الإنتربول"], "hostCountry": "MA", "city": "2542997", "cityName": "مراكش",
 * "startDate": "2025-11-24" or "XXXX-11-24" or "2025-11" or "2025", "endDate": ..., "edition": 93,
 * "topics": ["cybercrime"]}]}}. Absent fields are null, absent {@code otherEvents} 0; without
 * {@code organizationAliases} the organization is its own alias and always counts.
 *
 * <p>{@code --ids FILE} scores only the passages whose ids the file lists (one per line, «#»
 * comments), {@code --exclude-ids FILE} all the others: the way to keep a held-out part unseen.
 *
 * <p>Exit status: 0 when scored, 1 on bad usage or an unreadable or malformed gold or id file (the
 * message names the file and line).
 */
@Command(
    name = "evaluate-events",
    mixinStandardHelpOptions = true,
    exitCodeOnInvalidInput = HadathCli.EXIT_USAGE,
    description = {
      "Scores event extraction against gold JSON Lines files: per-field precision, recall and F1.",
      "The last line reads «event field F1: 0.912» (micro-average over all fields)."
    })
final class EvaluateEventsCommand implements Callable<Integer> {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** The real-news dev set, where the project's worktrees keep it. */
  static final Path DEFAULT_GOLD =
      Path.of(System.getProperty("hadath.dataDir", "../shared/data"), "events-real", "dev.jsonl");

  @Parameters(arity = "0..*", paramLabel = "GOLD",
      description = "Gold files, JSON Lines (default: events-real/dev.jsonl of the data directory, the"
          + " system property hadath.dataDir, default ../shared/data).")
  private List<Path> goldFiles;

  @Option(names = "--ids", paramLabel = "FILE", description = "Score only the passages whose ids FILE lists.")
  private Path onlyIds;

  @Option(names = "--exclude-ids", paramLabel = "FILE", description = "Score all passages but those whose ids FILE lists.")
  private Path excludedIds;

  @Option(names = "--mismatches", description = "Also print every field that disagrees, per passage.")
  private boolean printMismatches;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Passage> passages = new ArrayList<>();
    Set<String> only;
    Set<String> excluded;
    List<Path> files = goldFiles == null || goldFiles.isEmpty() ? List.of(DEFAULT_GOLD) : goldFiles;
    try {
      only = onlyIds == null ? null : ids(onlyIds);
      excluded = excludedIds == null ? Set.of() : ids(excludedIds);
      for (Path file : files) {
        passages.addAll(read(file));
      }
    } catch (NoSuchFileException e) {
      err.println("evaluate-events: cannot read " + e.getFile() + ": no such file");
      return HadathCli.EXIT_USAGE;
    } catch (IOException e) {
      err.println("evaluate-events: cannot read: " + e.getMessage());
      return HadathCli.EXIT_USAGE;
    } catch (IllegalArgumentException e) {
      err.println("evaluate-events: " + e.getMessage());
      return HadathCli.EXIT_USAGE;
    }
    passages.removeIf(p -> (only != null && !only.contains(p.id)) || excluded.contains(p.id));
    Hadath hadath = Hadath.builder().build();
    EventScorer scorer = new EventScorer();
    for (Passage passage : passages) {
      List<Event> events = hadath.analyze(passage.text, passage.publicationDate).events();
      scorer.add(passage.id, events, passage.events, passage.otherEvents);
    }
    if (printMismatches) {
      for (Mismatch m : scorer.mismatches()) {
        out.printf("%s\t%s\t%s\tpredicted=%s\tgold=%s%n", m.document(), m.event(), m.field(), m.predicted(), m.gold());
      }
    }
    out.printf("passages: %d%n", passages.size());
    out.print(scorer.report());
    out.flush();
    return HadathCli.EXIT_OK;
  }

  private record Passage(String id, String text, LocalDate publicationDate, List<GoldEvent> events, int otherEvents) {}

  /** The ids a file lists, one per line; blank lines and «#» comments ignored. */
  private static Set<String> ids(Path file) throws IOException {
    Set<String> ids = new HashSet<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String id = line.replaceFirst("#.*", "").strip();
      if (!id.isEmpty()) {
        ids.add(id);
      }
    }
    return ids;
  }

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
      List<String> aliases = new ArrayList<>();
      e.path("organizationAliases").forEach(a -> aliases.add(a.asText()));
      // Without aliases the organization always counts; with them, only when one is Arabic.
      boolean named = !e.has("organizationAliases") || aliases.stream().anyMatch(EvaluateEventsCommand::hasArabic);
      JsonNode edition = e.get("edition");
      events.add(new GoldEvent(
          text(e, "organization"), aliases, named, text(e, "hostCountry"), text(e, "city"), text(e, "cityName"),
          text(e, "startDate"), text(e, "endDate"),
          edition == null || edition.isNull() ? null : edition.asInt(), topics));
    }
    return new Passage(id, text, date(node, "publicationDate"), events, node.path("otherEvents").asInt(0));
  }

  private static boolean hasArabic(String s) {
    return s.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC);
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
