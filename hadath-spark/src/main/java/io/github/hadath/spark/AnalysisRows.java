package io.github.hadath.spark;

import io.github.hadath.Analysis;
import io.github.hadath.event.Event;
import io.github.hadath.event.Organizer;
import io.github.hadath.event.SlotFiller;
import io.github.hadath.ner.EntityMention;
import io.github.hadath.ner.Link;
import io.github.hadath.text.Span;
import io.github.hadath.time.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The analysis columns' Spark types and the conversion of an {@link Analysis} to their values.
 *
 * <ul>
 *   <li>Field names and meanings are those of the {@code extract} command's JSON record
 *       ({@code AnalysisJson} in hadath-cli), so a job's JSON Lines output reads like the CLI's.
 *   <li>Offsets are UTF-16 indices into the document text, end exclusive ({@code int}); dates are
 *       {@code date}; a value the text does not state is null, a list it does not state is empty.
 * </ul>
 */
final class AnalysisRows {

  private AnalysisRows() {}

  static final StructType ENTITY = struct(
      string("type"), string("text"), integer("begin"), integer("end"), string("id"),
      string("kind"), string("name"), string("countryCode"), string("source"));

  static final StructType TIMEX = struct(
      string("text"), integer("begin"), integer("end"), string("type"), string("value"),
      date("beginDate"), date("endDate"), string("granularity"));

  /** An event slot filled with a linked entity: the evidence and the entry's id and name. */
  static final StructType LINKED = struct(
      string("text"), integer("begin"), integer("end"), string("id"), string("name"), string("template"));

  static final StructType EVIDENCE = struct(
      string("text"), integer("begin"), integer("end"), string("template"));

  static final StructType TOPIC_EVIDENCE = struct(
      string("id"), string("text"), integer("begin"), integer("end"), string("template"));

  static final StructType MENTION = struct(integer("begin"), integer("end"));

  static final StructType EVENT = struct(
      string("type"),
      string("name"),
      field("organization", LINKED),
      field("hostCountry", LINKED),
      field("city", LINKED),
      string("startDate"),
      string("endDate"),
      integer("edition"),
      field("topics", array(DataTypes.StringType)),
      field("participants", array(LINKED)),
      field("mentions", array(MENTION)),
      field("evidence", struct(
          field("name", EVIDENCE),
          field("startDate", EVIDENCE),
          field("endDate", EVIDENCE),
          field("edition", EVIDENCE),
          field("topics", array(TOPIC_EVIDENCE)))));

  /** Why a document has no analysis: {@code type} one of {@link ErrorType}'s ids. */
  static final StructType ERROR = struct(string("type"), string("message"));

  /** The columns the transformation adds, in order. */
  static final List<StructField> COLUMNS = List.of(
      date("documentDate"),
      field("entities", array(ENTITY)),
      field("timexes", array(TIMEX)),
      field("events", array(EVENT)),
      field("error", ERROR));

  /** Failure classes, the ids of the CLI's error records where they mean the same. */
  enum ErrorType {
    /** The text is null or empty, or the publication date is not a date. */
    BAD_RECORD("bad-record"),
    /** The text is longer than the maximum document length. */
    TOO_LONG("too-long"),
    /** The pipeline failed on this document (a bug: please report it). */
    ANALYSIS_FAILED("analysis-failed");

    private final String id;

    ErrorType(String id) {
      this.id = id;
    }

    String id() {
      return id;
    }
  }

  /**
   * Converts dates to the values Spark's row encoder expects: {@link LocalDate} when {@code
   * spark.sql.datetime.java8API.enabled}, else {@link java.sql.Date}.
   */
  record Dates(boolean java8) implements java.io.Serializable {
    Object of(LocalDate date) {
      if (date == null) {
        return null;
      }
      return java8 ? date : java.sql.Date.valueOf(date);
    }
  }

  /** The values of {@link #COLUMNS} for an analyzed document. */
  static Object[] analyzed(Analysis analysis, Dates dates) {
    List<Row> entities = new ArrayList<>();
    for (EntityMention mention : analysis.entities()) {
      Link link = mention.link();
      entities.add(RowFactory.create(
          mention.type().name(), mention.text(), mention.span().begin(), mention.span().end(),
          link == null ? null : link.id(),
          link == null ? null : link.kind().name(),
          link == null ? null : link.name(),
          link == null ? null : link.countryCode(),
          mention.source()));
    }
    List<Row> timexes = new ArrayList<>();
    for (TimeExpression timex : analysis.timexes()) {
      timexes.add(RowFactory.create(
          timex.text(), timex.span().begin(), timex.span().end(), timex.type().name(), timex.value(),
          dates.of(timex.begin()), dates.of(timex.end()), timex.granularity().name()));
    }
    List<Row> events = new ArrayList<>();
    for (Event event : analysis.events()) {
      events.add(event(event, dates));
    }
    return new Object[] {dates.of(analysis.documentDate()), array(entities), array(timexes), array(events), null};
  }

  /** The values of {@link #COLUMNS} for a document that failed. */
  static Object[] failed(ErrorType type, String message) {
    return new Object[] {null, null, null, null, RowFactory.create(type.id(), message)};
  }

  private static Row event(Event event, Dates dates) {
    List<String> topics = new ArrayList<>();
    List<Row> topicEvidence = new ArrayList<>();
    for (SlotFiller<String> topic : event.topics()) {
      topics.add(topic.value());
      topicEvidence.add(RowFactory.create(
          topic.value(), topic.text(), topic.span().begin(), topic.span().end(), topic.template()));
    }
    List<Row> participants = new ArrayList<>();
    event.participants().forEach(participant -> participants.add(linked(participant)));
    List<Row> mentions = new ArrayList<>();
    for (Span span : event.mentions()) {
      mentions.add(RowFactory.create(span.begin(), span.end()));
    }
    Row evidence = RowFactory.create(
        evidence(event.name()), evidence(event.startDate()), evidence(event.endDate()),
        evidence(event.edition()), array(topicEvidence));
    return RowFactory.create(
        event.type(),
        event.name() == null ? null : event.name().value(),
        organizer(event.organization()),
        linked(event.hostCountry()),
        linked(event.city()),
        event.startDate() == null ? null : event.startDate().value().timex(),
        event.endDate() == null ? null : event.endDate().value().timex(),
        event.edition() == null ? null : event.edition().value(),
        topics.toArray(new String[0]),
        array(participants),
        array(mentions),
        evidence);
  }

  /** The organizer, as a linked slot whose id is null when no list knows it (its name as written). */
  private static Row organizer(SlotFiller<Organizer> filler) {
    if (filler == null) {
      return null;
    }
    Link link = filler.value().link();
    return RowFactory.create(filler.text(), filler.span().begin(), filler.span().end(),
        link == null ? null : link.id(), filler.value().name(), filler.template());
  }

  private static Row linked(SlotFiller<Link> filler) {
    if (filler == null) {
      return null;
    }
    return RowFactory.create(filler.text(), filler.span().begin(), filler.span().end(),
        filler.value().id(), filler.value().name(), filler.template());
  }

  private static Row evidence(SlotFiller<?> filler) {
    if (filler == null) {
      return null;
    }
    return RowFactory.create(filler.text(), filler.span().begin(), filler.span().end(), filler.template());
  }

  /** Spark's row encoder takes arrays (or Scala sequences) for array columns, not Java lists. */
  private static Row[] array(List<Row> rows) {
    return rows.toArray(new Row[0]);
  }

  private static StructType struct(StructField... fields) {
    return DataTypes.createStructType(fields);
  }

  private static StructField field(String name, DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static StructField string(String name) {
    return field(name, DataTypes.StringType);
  }

  private static StructField integer(String name) {
    return field(name, DataTypes.IntegerType);
  }

  private static StructField date(String name) {
    return field(name, DataTypes.DateType);
  }

  private static ArrayType array(DataType element) {
    return DataTypes.createArrayType(element, true);
  }
}
