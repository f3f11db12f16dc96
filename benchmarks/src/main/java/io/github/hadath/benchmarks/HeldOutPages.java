package io.github.hadath.benchmarks;

import io.github.hadath.tokenize.SegmentationCorpora;
import io.github.hadath.tokenize.SegmentationCorpora.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Pages of Wikipedia text for benchmarks that must never read the same text twice.
 *
 * <ul>
 *   <li>{@link #heldOut}: the Wikipedia articles held out of Hadath's segmentation table ({@link
 *       SegmentationCorpora}: id divisible by 10; 1,102 articles, 831,827 words), text the table
 *       was not built from;
 *   <li>{@link #inTable}: other articles, text the table was built from, for warming up only;
 *   <li>each page is exactly {@value #WORDS} whitespace words of running text in file order,
 *       line breaks (paragraphs) kept, so {@code @OperationsPerInvocation} counts words exactly.
 * </ul>
 *
 * <p>The corpora are read from the {@code corpora} folder of the data directory ({@link
 * Corpus#dataDirectory()}: {@code -Dhadath.dataDir}, default {@code ../shared/data}).
 */
public final class HeldOutPages {

  /** Whitespace words per page. */
  public static final int WORDS = 1_000;

  private final List<String> pages;
  private final AtomicInteger next = new AtomicInteger();
  private final String name;

  private HeldOutPages(String name, List<String> pages) {
    this.name = name;
    this.pages = List.copyOf(pages);
  }

  static Path corporaDir() {
    return Corpus.dataDirectory().resolve("corpora");
  }

  /** The held-out articles as pages; {@link #next} never gives one twice. */
  public static HeldOutPages heldOut() {
    return new HeldOutPages("held-out", paginate(SegmentationCorpora.heldOut(corporaDir())));
  }

  /** About {@code words} words of articles the table was built from, as pages, for warm-up. */
  public static HeldOutPages inTable(int words) {
    return new HeldOutPages("in-table", paginate(SegmentationCorpora.inTable(corporaDir(), words)));
  }

  /** Number of pages. */
  public int size() {
    return pages.size();
  }

  /** All pages, in order. */
  public List<String> pages() {
    return pages;
  }

  /**
   * The next page not given before (thread-safe).
   *
   * @throws IllegalStateException when every page has been given: shorten the measurement rather
   *     than read text twice
   */
  public String next() {
    int page = next.getAndIncrement();
    if (page >= pages.size()) {
      throw new IllegalStateException(
          "all " + pages.size() + " " + name + " pages read; shorten the run rather than repeat text");
    }
    return pages.get(page);
  }

  /** Pages read so far. */
  public int read() {
    return Math.min(next.get(), pages.size());
  }

  private static List<String> paginate(List<Document> documents) {
    List<String> pages = new ArrayList<>();
    StringBuilder page = new StringBuilder();
    int words = 0;
    for (Document document : documents) {
      String text = document.text();
      int i = 0;
      while (i < text.length()) {
        int start = i;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        boolean lineBreak = text.substring(start, i).indexOf('\n') >= 0;
        int wordStart = i;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        if (i == wordStart) {
          break;
        }
        if (words > 0) {
          page.append(lineBreak || wordStart == 0 ? '\n' : ' ');
        }
        page.append(text, wordStart, i);
        if (++words == WORDS) {
          pages.add(page.toString());
          page.setLength(0);
          words = 0;
        }
      }
    }
    return pages;
  }
}
