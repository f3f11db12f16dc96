package io.github.hadath.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.NormalizedText;
import io.github.hadath.tokenize.TokenizedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of time expressions in {@code time-expressions.tsv}: every row's text is read with its
 * document date, and the expression covering the expected text must have the expected value.
 *
 * <p>The reader only looks at the normalized text, so the rows skip the CoreNLP segmenter and the
 * table stays fast; {@link ArabicTimeExpressionReaderTest} runs the real pipeline.
 */
class TimeExpressionTableTest {

  private static final String TABLE = "/io/github/hadath/time/time-expressions.tsv";
  private static final Pattern ESCAPE = Pattern.compile("\\\\(n|u([0-9A-Fa-f]{4}))");
  private static final TimeExpressionReader READER = new ArabicTimeExpressionReader();

  static List<Arguments> rows() throws IOException {
    List<Arguments> rows = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        Objects.requireNonNull(TimeExpressionTableTest.class.getResourceAsStream(TABLE)), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t", -1);
        assertThat(columns).as("row %s", line).hasSize(4);
        rows.add(Arguments.of(unescape(columns[0]), columns[1], columns[2], unescape(columns[3])));
      }
    }
    return rows;
  }

  private static String unescape(String text) {
    Matcher matcher = ESCAPE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String replacement = matcher.group(2) == null
          ? "\n" : String.valueOf((char) Integer.parseInt(matcher.group(2), 16));
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  static TimeAnalysis read(String text, LocalDate documentDate) {
    NormalizedText normalized = new ArabicTextNormalizer().normalize(text);
    return READER.read(new TokenizedText(normalized, List.of(), List.of(), List.of()), documentDate);
  }

  @ParameterizedTest(name = "{0} @{1} -> {2}")
  @MethodSource("rows")
  void expressionHasExpectedValue(String text, String documentDate, String expected, String covered) {
    TimeAnalysis analysis = read(text, documentDate.isEmpty() ? null : LocalDate.parse(documentDate));

    for (TimeExpression expression : analysis.expressions()) {
      assertThat(text.substring(expression.span().begin(), expression.span().end())).isEqualTo(expression.text());
    }
    if (expected.equals("NONE")) {
      assertThat(analysis.expressions()).as("no time expression in %s", text).isEmpty();
      return;
    }
    assertThat(analysis.expressions())
        .as("expressions of %s", text)
        .filteredOn(expression -> expression.text().equals(covered))
        .singleElement()
        .extracting(TimeExpression::value)
        .isEqualTo(expected);
  }
}
