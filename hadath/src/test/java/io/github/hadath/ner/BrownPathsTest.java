package io.github.hadath.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrownPathsTest {

  @TempDir Path dir;

  private static InputStream gzipped(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return new ByteArrayInputStream(bytes.toByteArray());
  }

  @Test
  void readsWordsAndPathsAfterTheComments() throws IOException {
    BrownPaths paths = BrownPaths.read(gzipped("# written for this test\nقاهره\t0010\nدمشق\t0011\n"));

    assertThat(paths.size()).isEqualTo(2);
    assertThat(paths.pathOf("قاهره")).isEqualTo("0010");
    assertThat(paths.pathOf("بغداد")).isNull();
  }

  @Test
  void writtenTableReadsBackTheSame() throws IOException {
    Path file = dir.resolve("paths.tsv.gz");
    new BrownPaths(Map.of("قاهره", "0010", "يكتب", "1")).write(file, List.of("a comment"));

    BrownPaths back;
    try (InputStream in = Files.newInputStream(file)) {
      back = BrownPaths.read(in);
    }
    assertThat(back.pathOf("قاهره")).isEqualTo("0010");
    assertThat(back.pathOf("يكتب")).isEqualTo("1");
    assertThat(back.size()).isEqualTo(2);
  }

  @Test
  void prefixLongerThanThePathIsTheWholePath() {
    assertThat(BrownPaths.prefix("0010110", 4)).isEqualTo("0010");
    assertThat(BrownPaths.prefix("0010110", 20)).isEqualTo("0010110");
  }

  @Test
  void pathOfOtherCharactersIsRejected() {
    assertThatThrownBy(() -> new BrownPaths(Map.of("قاهره", "0120")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("«قاهره» has path «0120», expected a non-empty string of 0 and 1");
  }

  @Test
  void lineWithoutATabIsRejected() {
    assertThatThrownBy(() -> BrownPaths.read(gzipped("قاهره 0010\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected «word TAB path», found «قاهره 0010»");
  }

  @Test
  void bundledTableHasTheFrequentStems() {
    BrownPaths shared = BrownPaths.shared();

    assertThat(shared.size()).isGreaterThan(40_000);
    assertThat(shared.pathOf("قاهره")).isNotNull();
    assertThat(shared.pathOf("القاهره")).isNull();
  }
}
