package io.github.hadath.cli;

import io.github.hadath.ner.WordClassInducer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * What the commands that learn from the corpora share ({@code word-classes}, {@code
 * brown-clusters}): the corpus files, progress lines, and the header that records the provenance
 * of the file they write.
 */
final class CorpusRun {

  private CorpusRun() {}

  /** The {@code --corpora} option of the commands that learn from unlabeled text (a picocli mixin). */
  static final class Corpora {

    @Option(
        names = "--corpora",
        paramLabel = "DIR",
        required = true,
        description = "Directory of UTF-8 text, plain or gzipped, read recursively in path order"
            + " (e.g. ../shared/data/corpora).")
    private Path dir;

    /** The directory given. */
    Path dir() {
      return dir;
    }

    /** Its {@code .txt} and {@code .txt.gz} files ({@link CorpusRun#files}). */
    List<Path> files() {
      return CorpusRun.files(dir);
    }
  }

  /**
   * The {@code .txt} and {@code .txt.gz} files under {@code corpora}, in path order.
   *
   * @throws IllegalArgumentException if there is none
   */
  static List<Path> files(Path corpora) {
    List<Path> files = WordClassInducer.corpusFiles(corpora);
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no .txt or .txt.gz file under " + corpora);
    }
    return files;
  }

  /** Prints each progress line on {@code err}, after the command's name. */
  static Consumer<String> progress(PrintWriter err, String command) {
    return line -> {
      err.println(command + ": " + line);
      err.flush();
    };
  }

  /**
   * The header of the written file: what it is, the tool and every corpus file it read, the
   * options, and the file that gives provenance and licence.
   */
  static List<String> header(String what, String tool, Path corpora, List<Path> files, Object options, String source) {
    List<String> header = new ArrayList<>();
    header.add(what);
    header.add("Induced by " + tool + " from:");
    for (Path file : files) {
      header.add("  " + corpora.relativize(file));
    }
    header.add("Options: " + options);
    header.add("Provenance and licence: " + source);
    return header;
  }
}
