package io.github.hadath;

import io.github.hadath.event.EventExtractor;
import io.github.hadath.event.EventTemplate;
import io.github.hadath.event.TemplateEventExtractor;
import io.github.hadath.event.TopicTaxonomy;
import io.github.hadath.ner.EntityRecognizer;
import io.github.hadath.ner.CombinedEntityRecognizer;
import io.github.hadath.time.ArabicTimeExpressionReader;
import io.github.hadath.time.TimeExpressionReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The default stages, each loaded from the models and resources on the classpath. */
final class Defaults {

  private Defaults() {}

  /** Gazetteer and CRF together; {@link CombinedEntityRecognizer} states who wins. */
  static EntityRecognizer entityRecognizer() {
    return CombinedEntityRecognizer.fromClasspath();
  }

  static TimeExpressionReader timeReader() {
    return new ArabicTimeExpressionReader();
  }

  /**
   * The bundled event templates plus {@code extraTemplates}, with {@code taxonomy} or, when null,
   * the bundled topic taxonomy.
   */
  static EventExtractor eventExtractor(List<Path> extraTemplates, TopicTaxonomy taxonomy) {
    List<EventTemplate> templates = new ArrayList<>(TemplateEventExtractor.bundledTemplates());
    extraTemplates.forEach(file -> templates.add(EventTemplate.read(file)));
    return new TemplateEventExtractor(templates, taxonomy != null ? taxonomy : TopicTaxonomy.defaults());
  }
}
