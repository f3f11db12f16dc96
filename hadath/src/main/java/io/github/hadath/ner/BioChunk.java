package io.github.hadath.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * An entity read off a BIO tag sequence: its type and its token range, end exclusive.
 *
 * <p>Chunks follow conlleval (CoNLL 2000–2003): a chunk starts at «B-X», or at «I-X» when the
 * previous token is outside or of another type; it ends before «O», before any «B-», and before an
 * «I-Y» of another type. A tag without a type is read as «O».
 *
 * @param type the tag's type («LOC», «PERS»)
 * @param begin index of the first token, {@code >= 0}
 * @param end index one past the last token, {@code > begin}
 */
public record BioChunk(String type, int begin, int end) {

  /**
   * Reads the chunks of {@code tags}.
   *
   * @param tags BIO tags, one per token
   * @return the chunks in order
   */
  public static List<BioChunk> of(List<String> tags) {
    List<BioChunk> chunks = new ArrayList<>();
    String type = null;
    int begin = 0;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      boolean inside = tag.length() > 2 && tag.charAt(1) == '-';
      String tagType = inside ? tag.substring(2) : null;
      boolean continues = inside && tag.charAt(0) == 'I' && tagType.equals(type);
      if (type != null && !continues) {
        chunks.add(new BioChunk(type, begin, i));
        type = null;
      }
      if (inside && !continues) {
        type = tagType;
        begin = i;
      }
    }
    return chunks;
  }
}
