package io.github.hadath.ner;

import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import io.github.hadath.text.ArabicTextNormalizer;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Build-time tool: writes the word lexicon of CoreNLP's Arabic part-of-speech tagger as the table
 * {@link AtbLexicon} reads, one line per {@link ArabicTextNormalizer#matchKey match key}:
 * {@code key TAB occurrences TAB proper-noun occurrences TAB most frequent coarse tag}.
 *
 * <p>Source: {@code edu/stanford/nlp/models/pos-tagger/arabic.tagger} of {@code
 * stanford-corenlp:4.5.10:models-arabic} (GPL-3.0-or-later), trained on the Penn Arabic Treebank
 * parts 1–3 (its {@code arabic.tagger.props}). The tagger keeps, for each of the 40,975 word forms
 * of its training text, how often each tag was seen on it; 8,678 forms were seen as proper nouns
 * ({@code NNP}, {@code DTNNP}, ...). Arabic has no capital letters, and this is the closest thing
 * to them: on ANERcorp's train split, 58 % of person-name tokens are mostly {@code NNP} here,
 * against 1 % of tokens outside names.
 *
 * <p>Run by the build ({@code exec-maven-plugin}, phase {@code process-classes}) on the model that
 * {@code maven-dependency-plugin} extracts from the models jar. It reads the package-private
 * {@code dict} of the pinned CoreNLP version's {@code MaxentTagger} by reflection and fails the
 * build loudly if the layout changes.
 */
public final class AtbLexiconExporter {

  private AtbLexiconExporter() {}

  /**
   * Exports the lexicon.
   *
   * @param args the tagger model's path, then the table's path to write
   * @throws IllegalArgumentException if there are not exactly two arguments
   * @throws ReflectiveOperationException if this CoreNLP version lays the tagger out differently
   * @throws IOException if the table cannot be written
   */
  public static void main(String[] args) throws ReflectiveOperationException, IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException(
          "usage: AtbLexiconExporter arabic.tagger LEXICON.tsv, got " + args.length + " arguments");
    }
    File model = new File(args[0]);
    File table = new File(args[1]);
    if (table.isFile() && table.lastModified() >= model.lastModified()) {
      return; // up to date
    }
    Map<String, Map<String, Integer>> counts = tagCounts(new MaxentTagger(model.getPath()));
    List<String> lines = new ArrayList<>(counts.size());
    counts.forEach((key, tags) -> lines.add(line(key, tags)));
    Files.createDirectories(table.toPath().toAbsolutePath().getParent());
    Files.write(table.toPath(), lines, StandardCharsets.UTF_8);
  }

  /** Tag counts per match key, merged over the word forms that share a key. */
  private static Map<String, Map<String, Integer>> tagCounts(MaxentTagger tagger)
      throws ReflectiveOperationException {
    Field dictField = MaxentTagger.class.getDeclaredField("dict");
    dictField.setAccessible(true);
    Object dictionary = dictField.get(tagger);
    Field mapField = dictionary.getClass().getDeclaredField("dict");
    mapField.setAccessible(true);
    Method getTags = dictionary.getClass().getDeclaredMethod("getTags", String.class);
    Method getCount =
        dictionary.getClass().getDeclaredMethod("getCount", String.class, String.class);
    getTags.setAccessible(true);
    getCount.setAccessible(true);
    Map<?, ?> words = (Map<?, ?>) mapField.get(dictionary);
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (Object word : words.keySet()) {
      String form = (String) word;
      String key = ArabicTextNormalizer.matchKey(form);
      if (key.isEmpty()) {
        continue;
      }
      Map<String, Integer> tags = counts.computeIfAbsent(key, k -> new TreeMap<>());
      for (String tag : (String[]) getTags.invoke(dictionary, form)) {
        tags.merge(tag, (Integer) getCount.invoke(dictionary, form, tag), Integer::sum);
      }
    }
    return counts;
  }

  private static String line(String key, Map<String, Integer> tags) {
    int total = 0;
    int proper = 0;
    Map<String, Integer> coarse = new TreeMap<>();
    for (Map.Entry<String, Integer> e : tags.entrySet()) {
      total += e.getValue();
      String tag = AtbLexicon.coarse(e.getKey());
      if (tag.equals(AtbLexicon.PROPER_NOUN)) {
        proper += e.getValue();
      }
      coarse.merge(tag, e.getValue(), Integer::sum);
    }
    String top =
        coarse.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    return key + '\t' + total + '\t' + proper + '\t' + top;
  }
}
