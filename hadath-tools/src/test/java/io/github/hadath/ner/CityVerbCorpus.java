package io.github.hadath.ner;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus written for the clustering tests: cities after «في» and «إلى», verbs after «قد» and
 * «لم», so that a clustering of its words should put the cities together and the verbs together.
 */
final class CityVerbCorpus {

  private CityVerbCorpus() {}

  /** Writes the corpus to {@code corpus.txt} in {@code dir} and returns its path. */
  static Path write(Path dir) throws IOException {
    String[] cities = {"القاهرة", "دمشق", "بغداد", "عمان", "الرباط", "تونس"};
    String[] verbs = {"يذهب", "يكتب", "يعمل", "يسافر", "يقرأ", "يلعب"};
    List<String> lines = new ArrayList<>();
    lines.add("<doc id=\"1\">");
    for (int round = 0; round < 20; round++) {
      for (int i = 0; i < cities.length; i++) {
        lines.add("وصل الوفد إلى " + cities[i] + " أمس .");
        lines.add("وعقد الاجتماع في " + cities[(i + round) % cities.length] + " اليوم .");
        lines.add("قال إنه قد " + verbs[i] + " غدا .");
        lines.add("وقال إنه لم " + verbs[(i + round) % verbs.length] + " بعد .");
      }
    }
    lines.add("وزار الوزير الدار مرة واحدة .");
    lines.add("</doc>");
    Path file = dir.resolve("corpus.txt");
    Files.write(file, lines, StandardCharsets.UTF_8);
    return file;
  }
}
