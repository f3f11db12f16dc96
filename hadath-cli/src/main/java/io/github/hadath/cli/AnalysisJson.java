package io.github.hadath.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.hadath.Analysis;
import io.github.hadath.event.Event;
import io.github.hadath.event.Organizer;
import io.github.hadath.event.SlotFiller;
import io.github.hadath.ner.EntityMention;
import io.github.hadath.ner.Link;
import io.github.hadath.text.Span;
import io.github.hadath.time.TimeExpression;
import java.time.LocalDate;

/**
 * Maps an {@link Analysis} to the JSON record of the {@code extract} command (docs/json.md gives
 * the schema), so that an application embedding Hadath writes the same JSON.
 *
 * <ul>
 *   <li>Every key of the schema is always present; a value the text does not state is {@code null}
 *       (or an empty array), so consumers never test for missing keys.
 *   <li>Offsets are the library's: UTF-16 indices into the document text, end exclusive.
 *   <li>Dates are ISO 8601 ({@code 2025-11-24}).
 * </ul>
 */
public final class AnalysisJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private AnalysisJson() {}

  /**
   * The record of one analyzed document.
   *
   * @param source where the document came from (a path, {@code -}, {@code FILE:LINE})
   * @param id the caller's id from a JSON Lines input, or null for other inputs (the key is then
   *     left out)
   */
  public static ObjectNode document(String source, JsonNode id, Analysis analysis) {
    ObjectNode node = header(source, id);
    node.put("documentDate", date(analysis.documentDate()));
    ArrayNode entities = node.putArray("entities");
    analysis.entities().forEach(mention -> entities.add(entity(mention)));
    ArrayNode timexes = node.putArray("timexes");
    analysis.timexes().forEach(timex -> timexes.add(timex(timex)));
    ArrayNode events = node.putArray("events");
    analysis.events().forEach(event -> events.add(event(event)));
    return node;
  }

  /**
   * The record of a document that could not be analyzed.
   *
   * @param failure why; its byte offset is written only when known
   */
  static ObjectNode error(String source, JsonNode id, DocumentFailure failure) {
    ObjectNode node = header(source, id);
    ObjectNode error = node.putObject("error");
    error.put("type", failure.type().id());
    error.put("message", failure.getMessage());
    if (failure.byteOffset() >= 0) {
      error.put("byteOffset", failure.byteOffset());
    }
    return node;
  }

  private static ObjectNode header(String source, JsonNode id) {
    ObjectNode node = JSON.objectNode();
    node.put("source", source);
    if (id != null) {
      node.set("id", id);
    }
    return node;
  }

  private static ObjectNode entity(EntityMention mention) {
    ObjectNode node = JSON.objectNode();
    node.put("type", mention.type().name());
    span(node, mention.text(), mention.span());
    Link link = mention.link();
    node.put("id", link == null ? null : link.id());
    node.put("kind", link == null ? null : link.kind().name());
    node.put("name", link == null ? null : link.name());
    node.put("countryCode", link == null ? null : link.countryCode());
    node.put("source", mention.source());
    return node;
  }

  private static ObjectNode timex(TimeExpression timex) {
    ObjectNode node = JSON.objectNode();
    span(node, timex.text(), timex.span());
    node.put("type", timex.type().name());
    node.put("value", timex.value());
    node.put("beginDate", date(timex.begin()));
    node.put("endDate", date(timex.end()));
    node.put("granularity", timex.granularity().name());
    return node;
  }

  private static ObjectNode event(Event event) {
    ObjectNode node = JSON.objectNode();
    node.put("type", event.type());
    node.put("name", event.name() == null ? null : event.name().value());
    node.set("organization", organizer(event.organization()));
    node.set("hostCountry", linked(event.hostCountry()));
    node.set("city", linked(event.city()));
    node.put("startDate", event.startDate() == null ? null : event.startDate().value().timex());
    node.put("endDate", event.endDate() == null ? null : event.endDate().value().timex());
    node.put("edition", event.edition() == null ? null : event.edition().value());
    ArrayNode topics = node.putArray("topics");
    event.topics().forEach(topic -> topics.add(topic.value()));
    ArrayNode participants = node.putArray("participants");
    event.participants().forEach(participant -> participants.add(linked(participant)));
    ArrayNode mentions = node.putArray("mentions");
    for (Span span : event.mentions()) {
      mentions.addObject().put("begin", span.begin()).put("end", span.end());
    }
    ObjectNode evidence = node.putObject("evidence");
    evidence.set("name", evidence(event.name()));
    evidence.set("startDate", evidence(event.startDate()));
    evidence.set("endDate", evidence(event.endDate()));
    evidence.set("edition", evidence(event.edition()));
    ArrayNode topicEvidence = evidence.putArray("topics");
    for (SlotFiller<String> topic : event.topics()) {
      ObjectNode item = JSON.objectNode().put("id", topic.value());
      topicEvidence.add(item.setAll(evidence(topic)));
    }
    return node;
  }

  /**
   * The organizer: its evidence plus the entry's id (null when no list knows it) and name (the
   * canonical English name, or the name as written).
   */
  private static JsonNode organizer(SlotFiller<Organizer> filler) {
    if (filler == null) {
      return JSON.nullNode();
    }
    ObjectNode node = JSON.objectNode();
    span(node, filler.text(), filler.span());
    node.put("id", filler.value().link() == null ? null : filler.value().link().id());
    node.put("name", filler.value().name());
    node.put("template", filler.template());
    return node;
  }

  /** A slot filled with a linked entity: its evidence plus the entry's id and name. */
  private static JsonNode linked(SlotFiller<Link> filler) {
    if (filler == null) {
      return JSON.nullNode();
    }
    ObjectNode node = JSON.objectNode();
    span(node, filler.text(), filler.span());
    node.put("id", filler.value().id());
    node.put("name", filler.value().name());
    node.put("template", filler.template());
    return node;
  }

  private static ObjectNode evidence(SlotFiller<?> filler) {
    if (filler == null) {
      return null;
    }
    ObjectNode node = JSON.objectNode();
    span(node, filler.text(), filler.span());
    node.put("template", filler.template());
    return node;
  }

  private static void span(ObjectNode node, String text, Span span) {
    node.put("text", text);
    node.put("begin", span.begin());
    node.put("end", span.end());
  }

  private static String date(LocalDate date) {
    return date == null ? null : date.toString();
  }
}
