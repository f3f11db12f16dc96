package io.github.hadath.benchmarks;

import io.github.hadath.Hadath;
import io.github.hadath.ner.CrfEntityRecognizer;
import io.github.hadath.ner.GazetteerEntityRecognizer;
import io.github.hadath.tokenize.CoreNlpArabicTokenizer;
import io.github.hadath.tokenize.SegmentationTable;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * What each model costs to load, one after the other on one thread in a fresh JVM: wall time, CPU
 * time of the loading thread (which other processes do not inflate; the CRF line excludes its
 * word-list thread, which finds the lists already loaded) and heap retained after a full GC. The
 * NER feature resources (spelling verdicts, Treebank lexicon, word classes, name lists) are loaded
 * first through their package-private {@code shared()} holders, by reflection, so that the CRF
 * line is the model alone; the Hunspell dictionary, which the pipeline loads only at the first
 * word outside the segmentation table, is loaded and asked one such word. Then the whole {@code
 * Hadath.builder().build()} with the shared models already in memory (the rest: gazetteer, time
 * reader, event templates).
 *
 * <p>Run: {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar
 * io.github.hadath.benchmarks.ModelLoadCosts}. Order matters a little: the first load also pays
 * for loading shared classes (Lucene, CoreNLP).
 */
public final class ModelLoadCosts {

  private static final java.lang.management.ThreadMXBean CPU =
      ManagementFactory.getThreadMXBean();

  private ModelLoadCosts() {}

  public static void main(String[] args) throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.out.printf(Locale.ROOT, "%-60s %8s %8s %12s%n", "model", "wall s", "CPU s", "retained MB");
    Object[] keep = new Object[16];
    int k = 0;
    keep[k++] = measure(memory, "segmentation table (" + SegmentationTable.RESOURCE + ")",
        SegmentationTable::bundled);
    keep[k++] = measure(memory, "CoreNLP segmenter model (first word outside the table)", () -> {
      CoreNlpArabicTokenizer tokenizer = new CoreNlpArabicTokenizer().withoutTable();
      tokenizer.tokenize(new io.github.hadath.text.ArabicTextNormalizer().normalize("كتاب"));
      return tokenizer;
    });
    keep[k++] = measure(memory, "spelling verdicts (ArabicSpelling; table loaded)",
        shared("ArabicSpelling", "shared"));
    keep[k++] = measure(memory, "Hunspell dictionary (first word outside the table)", () -> {
      Object dictionary = shared("ArabicSpelling", "dictionaryOnly").call();
      Method check = dictionary.getClass().getDeclaredMethod("check", String.class);
      check.setAccessible(true);
      check.invoke(dictionary, "\u0648\u0628\u0645\u062F\u0631\u0633\u0627\u062A\u0647\u0645");
      return dictionary;
    });
    keep[k++] = measure(memory, "Treebank lexicon (AtbLexicon)", shared("AtbLexicon", "shared"));
    keep[k++] = measure(memory, "word classes (WordClasses)", shared("WordClasses", "shared"));
    keep[k++] = measure(memory, "name tokens (NameTokens)", shared("NameTokens", "shared"));
    keep[k++] = measure(memory, "given names (FirstNames)", shared("FirstNames", "shared"));
    keep[k++] = measure(memory, "currency names (CurrencyNames)", shared("CurrencyNames", "shared"));
    keep[k++] = measure(memory, "name lists: organizations", shared("NamePhrases", "organizations"));
    keep[k++] = measure(memory, "name lists: persons", shared("NamePhrases", "persons"));
    keep[k++] = measure(memory, "name lists: places", shared("NamePhrases", "places"));
    keep[k++] = measure(memory, "name lists: ArWikiCats", shared("NamePhrases", "wikiNames"));
    keep[k++] = measure(memory, "gazetteers (GazetteerEntityRecognizer)",
        GazetteerEntityRecognizer::fromClasspath);
    keep[k++] = measure(memory, "CRF model (CrfEntityRecognizer)", CrfEntityRecognizer::fromClasspath);
    keep[k++] = measure(memory, "Hadath.builder().build() (table, lists and CRF shared)",
        () -> Hadath.builder().build());
    if (keep.hashCode() == 42) {
      System.out.println(keep[0]);
    }
  }

  private static Callable<Object> shared(String className, String method) throws Exception {
    Method m = Class.forName("io.github.hadath.ner." + className).getDeclaredMethod(method);
    m.setAccessible(true);
    return () -> m.invoke(null);
  }

  private static Object measure(MemoryMXBean memory, String name, Callable<Object> load)
      throws Exception {
    long before = usedAfterGc(memory);
    long start = System.nanoTime();
    long startCpu = CPU.getCurrentThreadCpuTime();
    Object loaded = load.call();
    double cpuSeconds = (CPU.getCurrentThreadCpuTime() - startCpu) / 1e9;
    double seconds = (System.nanoTime() - start) / 1e9;
    long retained = usedAfterGc(memory) - before;
    System.out.printf(Locale.ROOT, "%-60s %8.2f %8.2f %12.1f%n", name, seconds, cpuSeconds,
        retained / 1048576.0);
    return loaded;
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
