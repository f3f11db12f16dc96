package io.github.hadath.ner;

import io.github.hadath.tokenize.WordForms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Maps the data directory's other NER corpora to ANERcorp's four types, for {@code train-ner
 * --extra}: sentences that are added to every training part and never scored.
 *
 * <ul>
 *   <li>AQMAR (Mohit et al., EACL 2012; Wikipedia, CC BY-SA 3.0): PER → PERS, LOC and ORG kept.
 *       Its MIS0–MIS3 classes are article-specific («miscellaneous» names of each topic, far
 *       broader than ANERcorp's MISC), so a sentence holding one is dropped rather than mapped;
 *       the few misspelt tags («I--ORG», «OO») are read as meant. A sentence whose organization
 *       begins with a head ANERcorp tags O («منتخب البرتغال») is dropped too.
 *   <li>Wojood sample (Jarrar et al., LREC 2022; MIT): the outermost tag (first column) is read;
 *       PERS and ORG kept, GPE, LOC and FAC → LOC; DATE, TIME, OCC, NORP (nationalities, which
 *       ANERcorp leaves untagged), numbers and units → O; a sentence holding any other type
 *       (EVENT, LAW, WEBSITE, PRODUCT, LANGUAGE, MONEY, ...) is dropped; the line-break token
 *       «$#$» is dropped.
 *   <li>In both, a token made only of invisible format characters (a left-to-right mark) is
 *       dropped.
 * </ul>
 *
 * <p>Usage: {@code ExtraNerCorpora aqmar|wojood OUT IN...}, writing two-column CoNLL.
 */
public final class ExtraNerCorpora {

  private static final Set<String> WOJOOD_O = Set.of(
      "DATE", "TIME", "OCC", "NORP", "ORDINAL", "CARDINAL", "QUANTITY", "UNIT", "PERCENT");

  /** Organization heads (bare stems) that ANERcorp tags O: «منتخب» 27 of 27, «وزارة» 33 of 33. */
  private static final Set<String> ANERCORP_O_HEADS = Set.of("منتخب", "وزاره", "فريق", "حكومه");

  private ExtraNerCorpora() {}

  /**
   * Maps the corpora {@code args[2..]} of kind {@code args[0]} into the file {@code args[1]}.
   *
   * @throws IllegalArgumentException if the kind is neither «aqmar» nor «wojood» or an argument
   *     is missing
   * @throws UncheckedIOException if a file cannot be read or written
   */
  public static void main(String[] args) {
    if (args.length < 3 || !(args[0].equals("aqmar") || args[0].equals("wojood"))) {
      throw new IllegalArgumentException("usage: ExtraNerCorpora aqmar|wojood OUT IN...");
    }
    boolean aqmar = args[0].equals("aqmar");
    List<String> out = new ArrayList<>();
    int kept = 0;
    int dropped = 0;
    for (int i = 2; i < args.length; i++) {
      List<String> sentence = new ArrayList<>();
      boolean drop = false;
      List<String> lines;
      try {
        lines = new ArrayList<>(Files.readAllLines(Path.of(args[i]), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + args[i], e);
      }
      lines.add("");
      for (String line : lines) {
        String[] f = line.strip().split("\\s+");
        if (line.isBlank()) {
          if (!sentence.isEmpty()) {
            if (drop) {
              dropped++;
            } else {
              out.addAll(sentence);
              out.add("");
              kept++;
            }
          }
          sentence.clear();
          drop = false;
          continue;
        }
        if (f.length < 2 || f[0].equals("$#$") || isInvisible(f[0])) {
          continue;
        }
        String tag = aqmar ? aqmarTag(f[1]) : wojoodTag(f[1]);
        if (tag == null || aqmar && startsWithUntaggedHead(f[0], tag)) {
          drop = true;
          tag = "O";
        }
        sentence.add(f[0] + " " + tag);
      }
    }
    try {
      Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + args[1], e);
    }
    System.err.println(args[0] + ": " + kept + " sentences kept, " + dropped + " dropped");
  }

  /**
   * Whether an AQMAR word tagged {@code tag} begins an organization with a head that ANERcorp
   * leaves O («منتخب البرتغال», «وزارة الدفاع»: ANERcorp tags «البرتغال» LOC and the head O), which
   * drops the sentence rather than teach the other convention.
   */
  static boolean startsWithUntaggedHead(String word, String tag) {
    WordForms forms = WordForms.of(word);
    return tag.equals("B-ORG")
        && (ANERCORP_O_HEADS.contains(forms.key()) || ANERCORP_O_HEADS.contains(forms.bare()));
  }

  /** Whether a token is only format characters (AQMAR has a lone left-to-right mark). */
  static boolean isInvisible(String token) {
    return token.codePoints().allMatch(cp -> Character.getType(cp) == Character.FORMAT);
  }

  /** ANERcorp's tag for an AQMAR tag, {@code null} for a class that drops the sentence. */
  static String aqmarTag(String tag) {
    String t = tag.replace("--", "-").replace("`", "");
    if (t.equals("O") || t.equals("OO") || t.equals("IO")) {
      return "O";
    }
    if (t.length() < 3) {
      return null;
    }
    String prefix = t.substring(0, 2);
    return switch (t.substring(2)) {
      case "PER" -> prefix + "PERS";
      case "LOC", "ORG" -> t;
      default -> null;
    };
  }

  /** ANERcorp's tag for a Wojood tag, {@code null} for a type that drops the sentence. */
  static String wojoodTag(String tag) {
    if (tag.equals("O")) {
      return "O";
    }
    String prefix = tag.substring(0, 2);
    String type = tag.substring(2);
    if (WOJOOD_O.contains(type)) {
      return "O";
    }
    return switch (type) {
      case "PERS", "ORG" -> tag;
      case "GPE", "LOC", "FAC" -> prefix + "LOC";
      default -> null;
    };
  }
}
