package io.github.hadath;

import io.github.hadath.event.EventExtractor;
import io.github.hadath.ner.EntityRecognizer;
import io.github.hadath.ner.GazetteerEntityRecognizer;
import io.github.hadath.time.ArabicTimeExpressionReader;
import io.github.hadath.time.TimeExpressionReader;
import java.util.List;

/**
 * The default stages, loaded from the classpath.
 *
 * <p>SKELETON: each factory below is replaced by the real stage as it lands (gazetteer NER,
 * time reader, event templates). Nothing may reach main while these return empty stages.
 */
final class Defaults {

  private Defaults() {}

  static EntityRecognizer entityRecognizer() {
    return GazetteerEntityRecognizer.fromClasspath();
  }

  static TimeExpressionReader timeReader() {
    return new ArabicTimeExpressionReader();
  }

  static EventExtractor eventExtractor() {
    return (text, entities, times) -> List.of();
  }
}
