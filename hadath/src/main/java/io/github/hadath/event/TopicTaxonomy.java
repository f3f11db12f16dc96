package io.github.hadath.event;

import io.github.hadath.event.KeyValueLines.Line;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What events can be about: topic ids with the Arabic terms that name them.
 *
 * <p>File format (the bundled {@code topics.taxonomy} is the example): UTF-8, one {@code id =
 * term | term | ...} line per topic, the id in lower_snake_case, a line may repeat an id to add
 * terms; {@code #} starts a comment line. Terms are written without glued prepositions or
 * conjunctions («الإرهاب», not «للإرهاب»): the text's clitics are split off before matching, the
 * definite article is optional on both sides, and hamza, alef maqsura and teh marbuta spellings
 * fold together.
 *
 * @param topics terms by topic id, in file order
 */
public record TopicTaxonomy(Map<String, List<Phrase>> topics) {

  /** The classpath resource of the bundled taxonomy. */
  public static final String DEFAULT_RESOURCE = "io/github/hadath/event/topics.taxonomy";

  public TopicTaxonomy {
    Map<String, List<Phrase>> copy = new LinkedHashMap<>();
    topics.forEach((id, terms) -> copy.put(id, List.copyOf(terms)));
    topics = Collections.unmodifiableMap(copy);
  }

  /**
   * The bundled taxonomy.
   *
   * @throws java.io.UncheckedIOException if the resource is missing
   */
  public static TopicTaxonomy defaults() {
    return parse(KeyValueLines.readResource(DEFAULT_RESOURCE));
  }

  /**
   * Reads a taxonomy file.
   *
   * @throws TemplateFormatException if a line is malformed or an id is not lower_snake_case
   * @throws java.io.UncheckedIOException if the file cannot be read
   */
  public static TopicTaxonomy read(Path file) {
    return parse(KeyValueLines.read(file));
  }

  static TopicTaxonomy parse(List<Line> lines) {
    Map<String, List<Phrase>> topics = new LinkedHashMap<>();
    for (Line line : lines) {
      if (!line.key().matches("[a-z][a-z0-9_]*")) {
        throw line.error("topic id must be lower_snake_case, got «" + line.key() + "»");
      }
      List<Phrase> terms = topics.computeIfAbsent(line.key(), id -> new ArrayList<>());
      KeyValueLines.items(line.value()).forEach(term -> terms.add(Phrase.of(term)));
    }
    return new TopicTaxonomy(topics);
  }

  /** This taxonomy with the topics and terms of {@code other} added (same ids get more terms). */
  public TopicTaxonomy extendedWith(TopicTaxonomy other) {
    Map<String, List<Phrase>> merged = new LinkedHashMap<>();
    topics.forEach((id, terms) -> merged.put(id, new ArrayList<>(terms)));
    other.topics.forEach((id, terms) -> merged.computeIfAbsent(id, k -> new ArrayList<>()).addAll(terms));
    return new TopicTaxonomy(merged);
  }
}
