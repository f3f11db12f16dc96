package io.github.hadath.html;

import io.github.hadath.Analysis;
import io.github.hadath.event.Event;
import io.github.hadath.event.Organizer;
import io.github.hadath.event.SlotFiller;
import io.github.hadath.ner.EntityMention;
import io.github.hadath.ner.Link;
import io.github.hadath.text.Span;
import io.github.hadath.time.TimeExpression;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Writes analyses as one self-contained HTML page that a person reads, as displaCy or brat show
 * annotations.
 *
 * <ul>
 *   <li>One file: the CSS and the script are inline; no network, no external font.
 *   <li>{@code <html lang="ar" dir="rtl">}; each document is a {@code section.document} whose
 *       {@code .text} element has exactly the document text as its text content: the markup adds
 *       elements, never characters, so every offset of the analysis is an offset into it.
 *   <li>Each entity is a {@code bdi.ent} with {@code data-type}, {@code data-begin}, {@code
 *       data-end} (UTF-16 offsets into the original text, end exclusive) and, when linked, {@code
 *       data-id}, {@code data-name}; its title shows the link. Each time expression is a {@code
 *       bdi.timex} with {@code data-value} (TIMEX3), {@code data-type} and the offsets. The
 *       {@code bdi} isolates the span, so one that starts with a digit or a Latin letter stays
 *       in one piece inside right-to-left text; a span of Arabic letters only (class {@code
 *       arabic}) is not isolated, so that it still joins a proclitic before it.
 *   <li>Overlaps: an entity inside a time expression (or the reverse) nests in it. When spans
 *       cross, entities take precedence and the time expression is cut at the entity's boundary
 *       into parts that carry the whole expression's attributes and {@code data-part="i/n"} (the
 *       rules are those of {@code Nesting}).
 *   <li>One {@code div.event} card per event, listing its fields; each field read from the text is
 *       a button with the evidence's offsets, and clicking it highlights that evidence in the text.
 *   <li>All text and attribute values are escaped.
 * </ul>
 */
public final class HtmlView {

  private static final String CSS = resource("view.css");
  private static final String SCRIPT = resource("view.js");

  private HtmlView() {}

  /**
   * One document of the page: an analysis, or the reason there is none.
   *
   * @param title the heading (a file name, an id); never null
   * @param analysis what Hadath read, or null for a document that failed
   * @param failure why the document has no analysis, or null
   */
  public record Section(String title, Analysis analysis, String failure) {

    /**
     * @throws NullPointerException if {@code title} is null
     * @throws IllegalArgumentException unless exactly one of {@code analysis} and {@code failure}
     *     is non-null
     */
    public Section {
      Objects.requireNonNull(title, "title");
      if ((analysis == null) == (failure == null)) {
        throw new IllegalArgumentException(
            "a section needs exactly one of an analysis and a failure, got analysis "
                + (analysis != null) + " and failure " + failure);
      }
    }

    /** A section showing {@code analysis}. */
    public static Section of(String title, Analysis analysis) {
      return new Section(title, Objects.requireNonNull(analysis, "analysis"), null);
    }

    /** A section saying why a document could not be analyzed. */
    public static Section failed(String title, String failure) {
      return new Section(title, null, Objects.requireNonNull(failure, "failure"));
    }
  }

  /**
   * Writes the page of {@code sections}, one {@code section.document} each, in the given order.
   *
   * @param sections the documents, at least one
   * @param out where the page goes; the caller encodes it (UTF-8, as the page declares) and
   *     closes it
   * @throws IllegalArgumentException if {@code sections} is empty
   * @throws IOException if {@code out} throws
   */
  public static void write(List<Section> sections, Appendable out) throws IOException {
    Objects.requireNonNull(out, "out");
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("no document to show: sections is empty");
    }
    Page page = new Page(out);
    page.raw("<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\">\n<head>\n<meta charset=\"utf-8\">\n");
    page.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    page.raw("<meta name=\"generator\" content=\"Hadath\">\n<title>");
    page.text(sections.size() == 1 ? "Hadath: " + sections.get(0).title() : "Hadath: " + sections.size() + " documents");
    page.raw("</title>\n<style>\n").raw(CSS).raw("</style>\n</head>\n<body>\n");
    page.raw("<header>\n<h1>Hadath</h1>\n");
    legend(page);
    page.raw("</header>\n<main>\n");
    for (int i = 0; i < sections.size(); i++) {
      section(page, sections.get(i), i + 1);
    }
    page.raw("</main>\n<script>\n").raw(SCRIPT).raw("</script>\n</body>\n</html>\n");
  }

  /** The page of {@code sections} as a string; see {@link #write}. */
  public static String toHtml(List<Section> sections) {
    StringBuilder html = new StringBuilder();
    try {
      write(sections, html);
    } catch (IOException e) {
      throw new UncheckedIOException("a StringBuilder does not throw", e);
    }
    return html.toString();
  }

  private static void legend(Page page) throws IOException {
    page.raw("<ul class=\"legend\" dir=\"ltr\">\n");
    legendItem(page, "swatch PERS", "PERS", "person");
    legendItem(page, "swatch LOC", "LOC", "location");
    legendItem(page, "swatch ORG", "ORG", "organization");
    legendItem(page, "swatch MISC", "MISC", "other name");
    legendItem(page, "swatch swatch-timex", "2025-11-24", "time expression (value on hover)");
    legendItem(page, "swatch swatch-evidence", "\u00a0", "evidence of the chosen event field");
    page.raw("</ul>\n");
  }

  private static void legendItem(Page page, String swatchClass, String sample, String meaning)
      throws IOException {
    page.raw("<li><span class=\"").attribute(swatchClass).raw("\">").text(sample).raw("</span>");
    page.text(meaning).raw("</li>\n");
  }

  private static void section(Page page, Section section, int number) throws IOException {
    page.raw("<section class=\"document\" id=\"document-").raw(Integer.toString(number));
    page.raw("\" data-title=\"").attribute(section.title()).raw("\">\n<h2><bdi>");
    page.text(section.title()).raw("</bdi></h2>\n");
    Analysis analysis = section.analysis();
    if (analysis == null) {
      page.raw("<p class=\"failure\" dir=\"ltr\">").text(section.failure()).raw("</p>\n</section>\n");
      return;
    }
    page.raw("<p class=\"meta\" dir=\"ltr\">document date ");
    page.text(analysis.documentDate() == null ? "unknown" : analysis.documentDate().toString());
    page.raw(" · ").text(analysis.entities().size() + " entities · " + analysis.timexes().size()
        + " time expressions · " + analysis.events().size() + " events");
    page.raw("</p>\n<div class=\"text\">");
    annotatedText(page, analysis);
    page.raw("</div>\n<div class=\"events\">\n");
    for (Event event : analysis.events()) {
      EventCard.write(page, event, analysis.text());
    }
    page.raw("</div>\n</section>\n");
  }

  /** The text with its entities and time expressions as nested elements; text content unchanged. */
  private static void annotatedText(Page page, Analysis analysis) throws IOException {
    Nesting<Object> nesting = new Nesting<>();
    analysis.entities().forEach(mention -> nesting.add(mention, mention.span()));
    analysis.timexes().forEach(timex -> nesting.add(timex, timex.span()));
    String text = analysis.text();
    Span[] open = new Span[analysis.entities().size() + analysis.timexes().size() + 1];
    int depth = 0;
    int position = 0;
    for (Nesting.Piece<Object> piece : nesting.pieces()) {
      while (depth > 0 && open[depth - 1].end() <= piece.span().begin()) {
        position = close(page, text, position, open[--depth]);
      }
      page.text(text, position, piece.span().begin());
      position = piece.span().begin();
      openElement(page, piece, text);
      open[depth++] = piece.span();
    }
    while (depth > 0) {
      position = close(page, text, position, open[--depth]);
    }
    page.text(text, position, text.length());
  }

  private static int close(Page page, String text, int position, Span element) throws IOException {
    page.text(text, position, element.end());
    page.raw("</bdi>");
    return element.end();
  }

  private static void openElement(Page page, Nesting.Piece<Object> piece, String text) throws IOException {
    Span whole = piece.whole();
    if (piece.mark() instanceof EntityMention mention) {
      page.raw("<bdi class=\"").raw(arabicOnly(piece.span(), text) ? "ent arabic" : "ent");
      page.raw("\" data-type=\"").raw(mention.type().name()).raw("\"");
      Link link = mention.link();
      if (link != null) {
        page.raw(" data-id=\"").attribute(link.id()).raw("\" data-name=\"").attribute(link.name()).raw("\"");
      }
      page.raw(" title=\"").attribute(entityTitle(mention)).raw("\"");
    } else {
      TimeExpression timex = (TimeExpression) piece.mark();
      page.raw("<bdi class=\"").raw(arabicOnly(piece.span(), text) ? "timex arabic" : "timex");
      page.raw("\" data-type=\"").raw(timex.type().name());
      page.raw("\" data-value=\"").attribute(timex.value());
      page.raw("\" title=\"").attribute(timex.type().name() + " " + timex.value()).raw("\"");
    }
    page.raw(" data-begin=\"").raw(Integer.toString(whole.begin()));
    page.raw("\" data-end=\"").raw(Integer.toString(whole.end())).raw("\"");
    if (piece.parts() > 1) {
      page.raw(" data-part=\"").raw(piece.part() + "/" + piece.parts()).raw("\"");
    }
    page.raw(">");
  }

  /**
   * Whether {@code span} of {@code text} is right-to-left letters only (with spaces and marks
   * between them): such a span keeps its order without isolation, and is not isolated (class
   * {@code arabic}, CSS {@code unicode-bidi: normal}) because isolation cuts the Arabic joining
   * between a proclitic and the name: «ل» would not join «لأنتربول» in «للأنتربول».
   */
  static boolean arabicOnly(Span span, String text) {
    if (span.length() == 0 || !rightToLeft(text.charAt(span.begin())) || !rightToLeft(text.charAt(span.end() - 1))) {
      return false;
    }
    for (int i = span.begin(); i < span.end(); i++) {
      char c = text.charAt(i);
      byte direction = Character.getDirectionality(c);
      if (!rightToLeft(c)
          && direction != Character.DIRECTIONALITY_NONSPACING_MARK
          && direction != Character.DIRECTIONALITY_WHITESPACE
          && direction != Character.DIRECTIONALITY_BOUNDARY_NEUTRAL) {
        return false;
      }
    }
    return true;
  }

  private static boolean rightToLeft(char c) {
    byte direction = Character.getDirectionality(c);
    return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  /** «LOC · Marrakesh (CITY 2542997, MA)», or «PERS · not linked». */
  static String entityTitle(EntityMention mention) {
    Link link = mention.link();
    String type = mention.type().name();
    if (link == null) {
      return type + " · not linked";
    }
    return type + " · " + link.name() + " (" + link.kind() + " " + link.id()
        + (link.countryCode() == null ? "" : ", " + link.countryCode()) + ")";
  }

  /** One card per event: every field, a button for each one read from the text. */
  private static final class EventCard {

    static void write(Page page, Event event, String text) throws IOException {
      page.raw("<div class=\"event\" data-type=\"").attribute(event.type()).raw("\" dir=\"ltr\">\n");
      page.raw("<h3>").text(event.type()).raw("</h3>\n<dl>\n");
      string(page, "name", event.name());
      organizer(page, event.organization());
      link(page, "hostCountry", event.hostCountry());
      link(page, "city", event.city());
      value(page, "startDate", event.startDate());
      value(page, "endDate", event.endDate());
      value(page, "edition", event.edition());
      page.raw("<dt>participants</dt><dd>");
      if (event.participants().isEmpty()) {
        none(page);
      }
      for (SlotFiller<Link> participant : event.participants()) {
        button(page, "participants", participant.value().name() + " (" + participant.value().id() + ")", participant);
      }
      page.raw("</dd>\n<dt>topics</dt><dd>");
      if (event.topics().isEmpty()) {
        none(page);
      }
      for (SlotFiller<String> topic : event.topics()) {
        button(page, "topics", topic.value(), topic);
      }
      page.raw("</dd>\n<dt>mentions</dt><dd>");
      for (Span mention : event.mentions()) {
        page.raw("<button type=\"button\" class=\"field\" data-field=\"mentions\" data-begin=\"");
        page.raw(Integer.toString(mention.begin())).raw("\" data-end=\"").raw(Integer.toString(mention.end()));
        page.raw("\" title=\"").attribute("trigger " + mention).raw("\"><bdi>");
        page.text(text, mention.begin(), mention.end()).raw("</bdi></button>");
      }
      page.raw("</dd>\n</dl>\n</div>\n");
    }

    private static void string(Page page, String field, SlotFiller<String> filler) throws IOException {
      page.raw("<dt>").raw(field).raw("</dt><dd>");
      if (filler == null) {
        none(page);
      } else {
        button(page, field, filler.value(), filler);
      }
      page.raw("</dd>\n");
    }

    private static void link(Page page, String field, SlotFiller<Link> filler) throws IOException {
      page.raw("<dt>").raw(field).raw("</dt><dd>");
      if (filler == null) {
        none(page);
      } else {
        Link value = filler.value();
        // A place no list holds has no id: its name as written stands alone.
        button(page, field, value.isListed() ? value.name() + " (" + value.id() + ")" : value.name(), filler);
      }
      page.raw("</dd>\n");
    }

    /** The organizer: its entry's name and id, or its name as written when no list knows it. */
    private static void organizer(Page page, SlotFiller<Organizer> filler) throws IOException {
      page.raw("<dt>organization</dt><dd>");
      if (filler == null) {
        none(page);
      } else {
        Link link = filler.value().link();
        button(page, "organization",
            link == null ? filler.value().name() : link.name() + " (" + link.id() + ")", filler);
      }
      page.raw("</dd>\n");
    }

    private static void value(Page page, String field, SlotFiller<?> filler) throws IOException {
      page.raw("<dt>").raw(field).raw("</dt><dd>");
      if (filler == null) {
        none(page);
      } else {
        button(page, field, String.valueOf(filler.value()), filler);
      }
      page.raw("</dd>\n");
    }

    /** A field's value and evidence; clicking it highlights the evidence in the text. */
    private static void button(Page page, String field, String value, SlotFiller<?> filler)
        throws IOException {
      Span span = filler.span();
      page.raw("<button type=\"button\" class=\"field\" data-field=\"").raw(field);
      page.raw("\" data-begin=\"").raw(Integer.toString(span.begin()));
      page.raw("\" data-end=\"").raw(Integer.toString(span.end()));
      page.raw("\" title=\"").attribute("read from " + span + " by " + filler.template()).raw("\">");
      // The quotation marks go inside the right-to-left isolate: outside it Chromium mirrors the
      // closing one, showing «…« (seen in the browser check's screenshot).
      page.raw("<bdi>").text(value).raw("</bdi> <bdi class=\"evidence-text\" dir=\"rtl\">«");
      page.text(filler.text()).raw("»</bdi></button>");
    }

    private static void none(Page page) throws IOException {
      page.raw("<span class=\"none\">—</span>");
    }
  }

  /** The page being written, with escaping for text and attribute values. */
  private static final class Page {
    private final Appendable out;

    Page(Appendable out) {
      this.out = out;
    }

    Page raw(String html) throws IOException {
      out.append(html);
      return this;
    }

    Page text(String text) throws IOException {
      return text(text, 0, text.length());
    }

    /** Escapes {@code text[begin, end)} for element content and attribute values alike. */
    Page text(String text, int begin, int end) throws IOException {
      int plain = begin;
      for (int i = begin; i < end; i++) {
        String entity = switch (text.charAt(i)) {
          case '&' -> "&amp;";
          case '<' -> "&lt;";
          case '>' -> "&gt;";
          case '"' -> "&quot;";
          case '\'' -> "&#39;";
          // A raw CR would be folded into the LF after it by the HTML parser, shifting offsets.
          case '\r' -> "&#13;";
          default -> null;
        };
        if (entity != null) {
          out.append(text, plain, i).append(entity);
          plain = i + 1;
        }
      }
      out.append(text, plain, end);
      return this;
    }

    Page attribute(String value) throws IOException {
      return text(value);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlView.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("io/github/hadath/html/" + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read io/github/hadath/html/" + name, e);
    }
  }
}
