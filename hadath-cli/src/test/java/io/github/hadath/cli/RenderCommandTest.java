package io.github.hadath.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.Analysis;
import io.github.hadath.Pipelines;
import io.github.hadath.ner.EntityMention;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RenderCommandTest {

  @TempDir Path dir;

  private record Run(int exitCode, String out, String err) {}

  private static Run render(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    StringWriter usage = new StringWriter();
    RenderCommand command = new RenderCommand(new CommandIo(
        maxLength -> Pipelines.hadath(),
        new ByteArrayInputStream(new byte[0]),
        out,
        new PrintStream(err, true, StandardCharsets.UTF_8)));
    int exitCode = new CommandLine(command).setErr(new PrintWriter(usage)).execute(args);
    return new Run(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) + usage);
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  @Test
  void inputsWithoutADocumentAreAUsageErrorAndWriteNoPage() throws IOException {
    Path empty = Files.createDirectory(dir.resolve("empty"));
    Path page = dir.resolve("none.html");

    Run run = render("-o", page.toString(), empty.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no document to render");
    assertThat(page).doesNotExist();
  }

  @Test
  void jsonLinesInputGivesASectionPerRecord() throws IOException {
    Path records = write("docs.jsonl", ("{\"id\": \"a\", \"text\": \"افتتح في الرباط معرض الكتاب.\"}\n"
        + "{\"id\": \"b\", \"text\": \"زار الوزير القاهرة.\"}\n").getBytes(StandardCharsets.UTF_8));
    Path page = dir.resolve("records.html");

    Run run = render("--input-format", "jsonl", "-o", page.toString(), records.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    Document html = Jsoup.parse(page.toFile(), "UTF-8");
    assertThat(html.select("section")).hasSize(2);
  }

  @Test
  void twoFilesGiveOnePageWithASectionEachInArgumentOrder() throws IOException {
    String first = "تحتضن مدينة مراكش الدورة 93 للجمعية العامة للأنتربول ما بين 24 و27 نوفمبر.";
    String second = "زار وزير الخارجية الفرنسي القاهرة يوم الاثنين.";
    Path a = write("a.txt", first.getBytes(StandardCharsets.UTF_8));
    Path b = write("b.txt", second.getBytes(StandardCharsets.UTF_8));
    Path page = dir.resolve("out.html");

    Run run = render("--publication-date", "2025-11-20", "-o", page.toString(), a.toString(), b.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    Document html = Jsoup.parse(page.toFile(), "UTF-8");
    Elements sections = html.select("section.document");
    assertThat(sections).extracting(section -> section.attr("data-title")).containsExactly(a.toString(), b.toString());
    Analysis expected = Pipelines.hadath().analyze(first, LocalDate.of(2025, 11, 20));
    assertThat(sections.get(0).selectFirst(".text").wholeText()).isEqualTo(first);
    assertThat(sections.get(0).select(".ent")).extracting(ent -> ent.attr("data-begin") + ":" + ent.wholeText())
        .containsExactlyElementsOf(expected.entities().stream()
            .map(mention -> mention.span().begin() + ":" + mention.text()).toList());
    assertThat(sections.get(0).select(".event")).hasSize(expected.events().size());
    assertThat(sections.get(1).selectFirst(".text").wholeText()).isEqualTo(second);
  }

  @Test
  void exampleMarksEveryEntityOfTheBundledArticle() throws IOException {
    Run run = render("--example");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    String text;
    try (InputStream in = RenderCommand.class.getResourceAsStream(ExtractCommand.EXAMPLE_RESOURCE)) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Analysis expected = Pipelines.hadath().analyze(text);
    Document html = Jsoup.parse(run.out());
    Elements ents = html.select(".ent");
    assertThat(ents).hasSize(expected.entities().size());
    for (int i = 0; i < ents.size(); i++) {
      EntityMention mention = expected.entities().get(i);
      Element ent = ents.get(i);
      assertThat(ent.attr("data-type")).isEqualTo(mention.type().name());
      assertThat(ent.attr("data-begin")).isEqualTo(Integer.toString(mention.span().begin()));
      assertThat(ent.attr("data-end")).isEqualTo(Integer.toString(mention.span().end()));
      assertThat(ent.wholeText()).isEqualTo(mention.text());
    }
    assertThat(html.select(".event")).hasSize(expected.events().size()).isNotEmpty();
  }

  @Test
  void aFileThatFailsGetsASectionSayingWhyAndExitStatusTwo() throws IOException {
    Path good = write("good.txt", "وصل الوفد إلى الرباط.".getBytes(StandardCharsets.UTF_8));
    Path bad = write("bad.txt", new byte[] {(byte) 0xd8, (byte) 0x27, 0x41});

    Run run = render(good.toString(), bad.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    Elements sections = Jsoup.parse(run.out()).select("section.document");
    assertThat(sections).hasSize(2);
    assertThat(sections.get(1).selectFirst(".failure").text()).contains("bad.txt").containsIgnoringCase("utf-8");
    assertThat(run.err()).contains("bad.txt");
  }

  @Test
  void noInputIsAUsageError() {
    Run run = render();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no input");
  }

  @Test
  void outputInAMissingDirectoryIsAUsageErrorSayingWhy() throws IOException {
    Path file = write("a.txt", "وصل الوفد إلى الرباط.".getBytes(StandardCharsets.UTF_8));

    Run run = render("-o", dir.resolve("missing").resolve("out.html").toString(), file.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("no such directory");
  }
}
