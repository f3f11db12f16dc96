package io.github.hadath.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hadath.Analysis;
import io.github.hadath.event.Event;
import io.github.hadath.event.Organizer;
import io.github.hadath.event.SlotFiller;
import io.github.hadath.ner.EntityMention;
import io.github.hadath.ner.Link;
import io.github.hadath.time.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HadathSparkTest {

  static final StructType DOCUMENTS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("id", DataTypes.LongType, true),
      DataTypes.createStructField("text", DataTypes.StringType, true),
      DataTypes.createStructField("publicationDate", DataTypes.StringType, true)));

  static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = LocalSpark.session();
  }

  private static Dataset<Row> documents(List<Row> rows, int partitions) {
    return spark.createDataFrame(
        JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(rows, partitions), DOCUMENTS);
  }

  @Test
  void everyRowGetsTheLibrarysAnalysisInInputOrder() {
    List<String> texts = SyntheticNews.documents(300);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      rows.add(RowFactory.create((long) i, texts.get(i), i % 2 == 0 ? "2025-11-20" : null));
    }

    List<Row> output = HadathSpark.analyze(documents(rows, 4)).collectAsList();

    assertThat(output).hasSize(rows.size());
    int events = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row row = output.get(i);
      assertThat(row.<Long>getAs("id")).isEqualTo((long) i);
      assertThat(row.<String>getAs("text")).isEqualTo(texts.get(i));
      assertThat(row.<Row>getAs("error")).as("row %d", i).isNull();
      Analysis expected = ExecutorPipeline.get().analyze(texts.get(i), i % 2 == 0 ? LocalDate.of(2025, 11, 20) : null);
      assertThat(entities(row)).as("entities of row %d", i).isEqualTo(entities(expected));
      assertThat(timexes(row)).as("timexes of row %d", i).isEqualTo(timexes(expected));
      assertThat(events(row)).as("events of row %d", i).isEqualTo(events(expected));
      events += expected.events().size();
    }
    assertThat(events).as("the documents have events to compare").isGreaterThan(50);
    assertThat(ExecutorPipeline.loads()).as("one pipeline for the JVM, shared by its tasks").isEqualTo(1);
  }

  @Test
  void badRowsBecomeErrorRowsAndTheJobGoesOn() {
    String good = SyntheticNews.documents(1).get(0);
    List<Row> rows = List.of(
        RowFactory.create(1L, null, null),
        RowFactory.create(2L, "", null),
        RowFactory.create(3L, good + " " + good + " " + good, null),
        RowFactory.create(4L, good, "25/11/2025"),
        RowFactory.create(5L, good, "2025-11-20"));

    Dataset<Row> analyzed = HadathSpark.analyze(documents(rows, 2),
        HadathSpark.Options.builder().maxDocumentLength(good.length() + 10).build());
    List<Row> output = analyzed.collectAsList();

    assertThat(output).hasSize(rows.size());
    assertThat(output).extracting(row -> row.<Long>getAs("id")).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(errorOf(output.get(0))).isEqualTo("bad-record: text is null");
    assertThat(errorOf(output.get(1))).isEqualTo("bad-record: text is empty");
    assertThat(errorOf(output.get(2))).startsWith("too-long: document has " + (3 * good.length() + 2) + " chars");
    assertThat(errorOf(output.get(3))).isEqualTo("bad-record: publicationDate is not YYYY-MM-DD: 25/11/2025");
    assertThat(output.get(0).<Object>getAs("entities")).isNull();
    assertThat(output.get(4).<Row>getAs("error")).isNull();
    assertThat(output.get(4).getList(output.get(4).fieldIndex("events"))).isNotEmpty();
  }

  @Test
  void schemaIsTheInputsFollowedByTheAnalysisColumns() {
    Dataset<Row> analyzed = HadathSpark.analyze(documents(List.of(), 1));

    assertThat(analyzed.columns()).containsExactly(
        "id", "text", "publicationDate", "documentDate", "entities", "timexes", "events", "error");
    assertThat(analyzed.schema().apply("entities").dataType().simpleString()).isEqualTo(
        "array<struct<type:string,text:string,begin:int,end:int,id:string,kind:string,name:string,"
            + "countryCode:string,source:string>>");
    assertThat(analyzed.schema().apply("error").dataType().simpleString()).isEqualTo(
        "struct<type:string,message:string>");
  }

  @Test
  void documentsWithoutAStringTextColumnAreRejectedNamingTheColumns() {
    Dataset<Row> noText = spark.sql("SELECT 1 AS id, 'x' AS body");

    assertThatThrownBy(() -> HadathSpark.analyze(noText))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"text\"")
        .hasMessageContaining("body");
  }

  @Test
  void aColumnNamedLikeAnAnalysisColumnIsRejected() {
    Dataset<Row> clash = spark.sql("SELECT 1 AS id, 'نص' AS text, 'x' AS events");

    assertThatThrownBy(() -> HadathSpark.analyze(clash))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"events\"");
  }

  private static String errorOf(Row row) {
    Row error = row.getAs("error");
    return error == null ? null : error.getString(0) + ": " + error.getString(1);
  }

  // The comparisons read the rows by field name and the analysis by its accessors, so that they
  // check the conversion too, not only that it ran.

  private static List<String> entities(Row row) {
    List<String> entities = new ArrayList<>();
    for (Row entity : row.<Row>getList(row.fieldIndex("entities"))) {
      entities.add(entity.getAs("type") + " " + entity.getAs("begin") + "-" + entity.getAs("end") + " "
          + entity.getAs("text") + " " + entity.getAs("id") + " " + entity.getAs("name"));
    }
    return entities;
  }

  private static List<String> entities(Analysis analysis) {
    List<String> entities = new ArrayList<>();
    for (EntityMention mention : analysis.entities()) {
      Link link = mention.link();
      entities.add(mention.type() + " " + mention.span().begin() + "-" + mention.span().end() + " "
          + mention.text() + " " + (link == null ? null : link.id()) + " " + (link == null ? null : link.name()));
    }
    return entities;
  }

  private static List<String> timexes(Row row) {
    List<String> timexes = new ArrayList<>();
    for (Row timex : row.<Row>getList(row.fieldIndex("timexes"))) {
      timexes.add(timex.getAs("begin") + "-" + timex.getAs("end") + " " + timex.getAs("value") + " "
          + date(timex.getAs("beginDate")) + " " + date(timex.getAs("endDate")));
    }
    return timexes;
  }

  private static List<String> timexes(Analysis analysis) {
    List<String> timexes = new ArrayList<>();
    for (TimeExpression timex : analysis.timexes()) {
      timexes.add(timex.span().begin() + "-" + timex.span().end() + " " + timex.value() + " "
          + timex.begin() + " " + timex.end());
    }
    return timexes;
  }

  private static List<String> events(Row row) {
    List<String> events = new ArrayList<>();
    for (Row event : row.<Row>getList(row.fieldIndex("events"))) {
      List<String> participants = new ArrayList<>();
      for (Row participant : event.<Row>getList(event.fieldIndex("participants"))) {
        participants.add(participant.getAs("id"));
      }
      events.add(String.join(" | ",
          event.getAs("type"),
          String.valueOf((Object) event.getAs("name")),
          organizer(event.<Row>getAs("organization")),
          linkedId(event.<Row>getAs("hostCountry")),
          linkedId(event.<Row>getAs("city")),
          date(event.getAs("startDate")),
          date(event.getAs("endDate")),
          String.valueOf((Object) event.getAs("edition")),
          String.valueOf(participants),
          String.valueOf(event.getList(event.fieldIndex("topics"))),
          String.valueOf(event.getList(event.fieldIndex("mentions")).size())));
    }
    return events;
  }

  private static List<String> events(Analysis analysis) {
    List<String> events = new ArrayList<>();
    for (Event event : analysis.events()) {
      events.add(String.join(" | ",
          event.type(),
          String.valueOf(value(event.name())),
          organizer(event.organization()),
          linkedId(event.hostCountry()),
          linkedId(event.city()),
          String.valueOf(value(event.startDate())),
          String.valueOf(value(event.endDate())),
          String.valueOf(value(event.edition())),
          String.valueOf(event.participants().stream().map(p -> p.value().id()).toList()),
          String.valueOf(event.topics().stream().map(SlotFiller::value).toList()),
          String.valueOf(event.mentions().size())));
    }
    return events;
  }

  private static Object value(SlotFiller<?> filler) {
    return filler == null ? null : filler.value();
  }

  private static String linkedId(Row linked) {
    return linked == null ? "null" : linked.getAs("id");
  }

  /** An organizer as its id (null when no list knows it) and its name. */
  private static String organizer(Row organizer) {
    return organizer == null ? "null" : organizer.getAs("id") + " " + organizer.getAs("name");
  }

  private static String organizer(SlotFiller<Organizer> filler) {
    if (filler == null) {
      return "null";
    }
    Link link = filler.value().link();
    return (link == null ? null : link.id()) + " " + filler.value().name();
  }

  private static String linkedId(SlotFiller<Link> filler) {
    return filler == null ? "null" : filler.value().id();
  }

  private static String date(Object value) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().toString();
    }
    return Objects.toString(value);
  }
}
