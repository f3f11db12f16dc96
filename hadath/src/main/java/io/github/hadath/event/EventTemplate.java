package io.github.hadath.event;

import io.github.hadath.event.KeyValueLines.Line;
import io.github.hadath.event.SlotRule.Position;
import io.github.hadath.event.SlotRule.Slot;
import io.github.hadath.ner.Link;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An event type as data: its trigger words, the word groups its rules refer to and the rules that
 * fill its slots. Read from a template file; the format is described in docs/events.md and
 * in the bundled {@code hosted_meeting.template}.
 *
 * <p>Keys of a template file:
 *
 * <ul>
 *   <li>{@code type} — the event type id, lower_snake_case, once;
 *   <li>{@code trigger.<group>} — words or phrases separated by {@code |} whose presence makes a
 *       sentence a mention of the event; may repeat;
 *   <li>{@code words.part} — meeting words that name a part of an event (a workshop or sitting
 *       of a conference): a mention named by one joins the latest event;
 *   <li>{@code words.<group>} — word lists that rules refer to but that are not triggers; may
 *       repeat;
 *   <li>{@code start} — the trigger groups that may start a new event (others only add to one);
 *   <li>{@code exclude} — phrases that cancel a trigger they overlap («مؤتمر صحفي»);
 *   <li>{@code start_with_edition} — trigger groups that start an event only when the mention
 *       has an edition number;
 *   <li>{@code background} — phrases that make their sentence no mention at all («الدورة
 *       السابقة»: what is said of an earlier edition is not said of this one);
 *   <li>{@code slot.<slot>} — one rule, constraints separated by spaces, each {@code name:value}
 *       with alternatives separated by {@code |}: {@code link}, {@code near}, {@code position},
 *       {@code window}, {@code prep}, {@code skip}, {@code block}, {@code derive}, {@code number},
 *       {@code stop}, {@code within}, {@code possessive}.
 * </ul>
 *
 * <p>Any other key or constraint fails with a {@link TemplateFormatException} naming the file and
 * line.
 *
 * @param type the event type id
 * @param source the file or resource the template was read from
 * @param triggers trigger phrases by group, in file order
 * @param words non-trigger word lists by group
 * @param start the trigger groups that may start an event
 * @param startWithEdition the trigger groups that start an event only with an edition number
 *     («الاجتماع الـ36», while a bare «اجتماع» is often a bilateral talk)
 * @param excludes phrases that cancel an overlapping trigger
 * @param background phrases that make their whole sentence background, not a mention («الدورة
 *     السابقة»)
 * @param rules slot rules in file order
 */
public record EventTemplate(
    String type,
    String source,
    Map<String, List<Phrase>> triggers,
    Map<String, List<Phrase>> words,
    Set<String> start,
    Set<String> startWithEdition,
    List<Phrase> excludes,
    List<Phrase> background,
    List<SlotRule> rules) {

  public EventTemplate {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(source, "source");
    triggers = copyGroups(triggers);
    words = copyGroups(words);
    start = Set.copyOf(start);
    startWithEdition = Set.copyOf(startWithEdition);
    excludes = List.copyOf(excludes);
    background = List.copyOf(background);
    rules = List.copyOf(rules);
  }

  private static Map<String, List<Phrase>> copyGroups(Map<String, List<Phrase>> groups) {
    Map<String, List<Phrase>> copy = new LinkedHashMap<>();
    groups.forEach((name, phrases) -> copy.put(name, List.copyOf(phrases)));
    return java.util.Collections.unmodifiableMap(copy);
  }

  /**
   * Reads a template file.
   *
   * @param file a UTF-8 template file
   * @throws TemplateFormatException if the file breaks the format (message names file and line)
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static EventTemplate read(Path file) {
    return parse(KeyValueLines.read(file));
  }

  /**
   * Reads a template from the classpath.
   *
   * @param resource the resource path («io/github/hadath/event/hosted_meeting.template»)
   * @throws TemplateFormatException if the file breaks the format
   * @throws java.io.UncheckedIOException if the resource is missing
   */
  public static EventTemplate readResource(String resource) {
    return parse(KeyValueLines.readResource(resource));
  }

  static EventTemplate parse(List<Line> lines) {
    String source = lines.isEmpty() ? "(empty)" : lines.get(0).source();
    String type = null;
    Map<String, List<Phrase>> triggers = new LinkedHashMap<>();
    Map<String, List<Phrase>> words = new LinkedHashMap<>();
    Set<String> start = new LinkedHashSet<>();
    Set<String> startWithEdition = new LinkedHashSet<>();
    List<Phrase> excludes = new ArrayList<>();
    List<Phrase> background = new ArrayList<>();
    List<Line> ruleLines = new ArrayList<>();
    Line startLine = null;
    for (Line line : lines) {
      String key = line.key();
      if (key.equals("type")) {
        if (type != null) {
          throw line.error("«type» given twice");
        }
        if (!line.value().matches("[a-z][a-z0-9_]*")) {
          throw line.error("type must be lower_snake_case, got «" + line.value() + "»");
        }
        type = line.value();
      } else if (key.startsWith("trigger.")) {
        addPhrases(triggers, groupName(line, "trigger."), line);
      } else if (key.startsWith("words.")) {
        addPhrases(words, groupName(line, "words."), line);
      } else if (key.equals("start")) {
        start.addAll(KeyValueLines.items(line.value()));
        startLine = line;
      } else if (key.equals("start_with_edition")) {
        startWithEdition.addAll(KeyValueLines.items(line.value()));
      } else if (key.equals("exclude")) {
        KeyValueLines.items(line.value()).forEach(item -> excludes.add(Phrase.of(item)));
      } else if (key.equals("background")) {
        KeyValueLines.items(line.value()).forEach(item -> background.add(Phrase.of(item)));
      } else if (key.startsWith("slot.")) {
        ruleLines.add(line);
      } else {
        throw line.error("unknown key «" + key + "»; expected type, trigger.<group>, words.<group>,"
            + " start, start_with_edition, exclude, background or slot.<slot>");
      }
    }
    if (type == null) {
      throw new TemplateFormatException(source, 0, "no «type» line");
    }
    if (triggers.isEmpty()) {
      throw new TemplateFormatException(source, 0, "no «trigger.<group>» line");
    }
    if (start.isEmpty()) {
      throw new TemplateFormatException(source, 0, "no «start» line naming the trigger groups that start an event");
    }
    for (String group : start) {
      if (!triggers.containsKey(group)) {
        throw startLine.error("«start» names «" + group + "», which is not a trigger group");
      }
    }
    for (String group : words.keySet()) {
      if (triggers.containsKey(group)) {
        throw new TemplateFormatException(source, 0, "group «" + group + "» is both trigger and words");
      }
    }
    List<SlotRule> rules = new ArrayList<>();
    Map<Slot, Integer> counts = new EnumMap<>(Slot.class);
    for (Line line : ruleLines) {
      Slot slot = Slot.byFileName(line.key().substring("slot.".length()));
      if (slot == null) {
        throw line.error("unknown slot «" + line.key().substring(5)
            + "»; expected name, organization, hostCountry, city, date, startDate, endDate, duration, edition,"
            + " participants or topics");
      }
      int n = counts.merge(slot, 1, Integer::sum);
      rules.add(parseRule(line, slot, type + "#" + slot.fileName() + "." + n, triggers, words));
    }
    for (String group : startWithEdition) {
      if (!triggers.containsKey(group)) {
        throw new TemplateFormatException(source, 0, "«start_with_edition» names «" + group + "», which is not a trigger group");
      }
    }
    return new EventTemplate(type, source, triggers, words, start, startWithEdition, excludes, background, rules);
  }

  private static String groupName(Line line, String prefix) {
    String name = line.key().substring(prefix.length());
    if (!name.matches("[a-z][a-z0-9_]*")) {
      throw line.error("group name must be lower_snake_case, got «" + name + "»");
    }
    return name;
  }

  private static void addPhrases(Map<String, List<Phrase>> groups, String group, Line line) {
    List<Phrase> phrases = groups.computeIfAbsent(group, g -> new ArrayList<>());
    KeyValueLines.items(line.value()).forEach(item -> phrases.add(Phrase.of(item)));
  }

  private static SlotRule parseRule(
      Line line,
      Slot slot,
      String id,
      Map<String, List<Phrase>> triggers,
      Map<String, List<Phrase>> words) {
    Set<Link.Kind> links = new HashSet<>();
    List<String> near = new ArrayList<>();
    Position position = Position.ANY;
    int window = Integer.MAX_VALUE;
    Set<String> preps = new HashSet<>();
    Set<String> skip = new HashSet<>();
    List<String> block = new ArrayList<>();
    Slot derive = null;
    boolean ordinalOnly = false;
    String stop = null;
    boolean withinName = false;
    boolean possessive = false;
    List<String> unless = new ArrayList<>();
    boolean wholeDocument = false;
    boolean dateline = false;
    String topic = null;
    for (String constraint : line.value().split("\\s+")) {
      int colon = constraint.indexOf(':');
      if (colon <= 0 || colon == constraint.length() - 1) {
        throw line.error("constraint must be «name:value», got «" + constraint + "»");
      }
      String name = constraint.substring(0, colon);
      String value = constraint.substring(colon + 1);
      List<String> items = KeyValueLines.items(value);
      switch (name) {
        case "link" -> {
          requireSlot(line, name, slot.takesEntities());
          for (String item : items) {
            try {
              links.add(Link.Kind.valueOf(item.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
              throw line.error("unknown link kind «" + item + "»; expected COUNTRY, CITY or ORGANIZATION");
            }
          }
        }
        case "near" -> near.addAll(knownGroups(line, items, triggers, words));
        case "block" -> block.addAll(knownGroups(line, items, triggers, words));
        case "position" -> {
          try {
            position = Position.valueOf(value.toUpperCase(Locale.ROOT));
          } catch (IllegalArgumentException e) {
            throw line.error("position must be before, after or any, got «" + value + "»");
          }
        }
        case "window" -> {
          try {
            window = Integer.parseInt(value);
          } catch (NumberFormatException e) {
            window = -1;
          }
          if (window < 0) {
            throw line.error("window must be a number of words ≥ 0, got «" + value + "»");
          }
        }
        case "prep" -> items.forEach(item -> preps.add(Phrase.of(item).full().get(0)));
        case "skip" -> items.forEach(item -> skip.add(Phrase.of(item).bare().get(0)));
        case "derive" -> {
          requireSlot(line, name, slot == Slot.HOST_COUNTRY);
          derive = switch (value) {
            case "city" -> Slot.CITY;
            case "organization" -> Slot.ORGANIZATION;
            default -> throw line.error("derive supports «city» or «organization», got «" + value + "»");
          };
        }
        case "number" -> {
          requireSlot(line, name, slot == Slot.EDITION);
          if (!value.equals("ordinal") && !value.equals("any")) {
            throw line.error("number must be ordinal or any, got «" + value + "»");
          }
          ordinalOnly = value.equals("ordinal");
        }
        case "stop" -> {
          requireSlot(line, name, slot == Slot.NAME);
          stop = knownGroups(line, items, triggers, words).get(0);
        }
        case "within" -> {
          requireSlot(line, name, slot == Slot.TOPICS || slot == Slot.EDITION);
          if (!value.equals("name")) {
            throw line.error("within supports only «name», got «" + value + "»");
          }
          withinName = true;
        }
        case "possessive" -> {
          if (!value.equals("yes")) {
            throw line.error("possessive supports only «yes», got «" + value + "»");
          }
          possessive = true;
        }
        case "unless" -> unless.addAll(knownGroups(line, items, triggers, words));
        case "scope" -> {
          requireSlot(line, name, slot.takesEntities() && slot != Slot.PARTICIPANTS);
          if (!value.equals("document") && !value.equals("sentence")) {
            throw line.error("scope must be sentence or document, got «" + value + "»");
          }
          wholeDocument = value.equals("document");
        }
        case "topic" -> {
          requireSlot(line, name, slot == Slot.TOPICS);
          topic = value;
        }
        case "dateline" -> {
          if (!value.equals("yes")) {
            throw line.error("dateline supports only «yes», got «" + value + "»");
          }
          dateline = true;
        }
        default -> throw line.error("unknown constraint «" + name + "»; expected link, near, position,"
            + " window, prep, skip, block, derive, number, stop, within, possessive, unless, scope, dateline or topic");
      }
    }
    if (dateline && !wholeDocument) {
      throw line.error("«dateline:yes» needs «scope:document»");
    }
    if (slot.takesEntities() && links.isEmpty() && derive == null) {
      throw line.error("slot «" + slot.fileName() + "» needs «link:COUNTRY|CITY|ORGANIZATION»");
    }
    return new SlotRule(slot, id, line.number(), links, near, position, window, preps, skip, block,
        derive, ordinalOnly, stop, withinName, possessive, unless, wholeDocument, dateline, topic);
  }

  private static void requireSlot(Line line, String constraint, boolean allowed) {
    if (!allowed) {
      throw line.error("constraint «" + constraint + "» does not apply to «" + line.key() + "»");
    }
  }

  private static List<String> knownGroups(
      Line line, List<String> names, Map<String, List<Phrase>> triggers, Map<String, List<Phrase>> words) {
    for (String name : names) {
      if (!triggers.containsKey(name) && !words.containsKey(name)) {
        throw line.error("unknown group «" + name + "»; define it with trigger." + name + " or words." + name);
      }
    }
    return names;
  }
}
