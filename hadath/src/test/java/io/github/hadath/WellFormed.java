package io.github.hadath;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.event.Event;
import io.github.hadath.event.SlotFiller;
import io.github.hadath.ner.EntityMention;
import io.github.hadath.text.Span;
import io.github.hadath.time.TimeExpression;
import io.github.hadath.tokenize.Token;
import io.github.hadath.tokenize.Word;
import java.util.ArrayList;
import java.util.List;

/** The one check every test of a whole analysis runs: spans in bounds, in order, texts exact. */
public final class WellFormed {

  private WellFormed() {}

  /** Asserts that every span of {@code analysis} covers exactly the text it reports. */
  public static void assertWellFormed(Analysis analysis) {
    String text = analysis.text();
    assertInOrder(analysis.tokens().stream().map(Token::span).toList(), text);
    for (Token token : analysis.tokens()) {
      assertThat(token.span().coveredText(text)).as("token %s", token).isEqualTo(token.text());
    }
    assertInOrder(analysis.words().stream().map(Word::span).toList(), text);
    for (Word word : analysis.words()) {
      assertThat(word.span().coveredText(text)).as("word %s", word).isEqualTo(word.text());
    }
    assertInOrder(analysis.entities().stream().map(EntityMention::span).toList(), text);
    for (EntityMention mention : analysis.entities()) {
      assertThat(mention.span().coveredText(text)).as("mention %s", mention).isEqualTo(mention.text());
    }
    for (TimeExpression timex : analysis.timexes()) {
      assertInBounds(timex.span(), text);
      assertThat(timex.span().coveredText(text)).as("timex %s", timex).isEqualTo(timex.text());
    }
    for (Event event : analysis.events()) {
      for (SlotFiller<?> filler : fillers(event)) {
        assertInBounds(filler.span(), text);
        assertThat(filler.span().coveredText(text)).as("slot %s", filler).isEqualTo(filler.text());
      }
      event.mentions().forEach(span -> assertInBounds(span, text));
    }
  }

  private static List<SlotFiller<?>> fillers(Event event) {
    List<SlotFiller<?>> fillers = new ArrayList<>();
    for (SlotFiller<?> filler :
        new SlotFiller<?>[] {
          event.name(), event.organization(), event.hostCountry(), event.city(),
          event.startDate(), event.endDate(), event.edition()
        }) {
      if (filler != null) {
        fillers.add(filler);
      }
    }
    fillers.addAll(event.participants());
    fillers.addAll(event.topics());
    return fillers;
  }

  private static void assertInOrder(List<Span> spans, String text) {
    Span previous = null;
    for (Span span : spans) {
      assertInBounds(span, text);
      if (previous != null) {
        assertThat(span.begin()).as("%s after %s", span, previous).isGreaterThanOrEqualTo(previous.end());
      }
      previous = span;
    }
  }

  private static void assertInBounds(Span span, String text) {
    assertThat(span.end()).as("%s inside text of length %d", span, text.length()).isLessThanOrEqualTo(text.length());
  }
}
