package io.github.hadath.ner;

import io.github.hadath.text.Span;
import io.github.hadath.tokenize.TokenizedText;
import io.github.hadath.tokenize.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds countries, regions and cities (type {@link EntityType#LOC}) and international
 * organizations ({@link EntityType#ORG}) by looking their names up in a {@link Gazetteer}.
 *
 * <p>How a mention is found, at each whitespace word of the text:
 *
 * <ol>
 *   <li>The word is keyed ({@link io.github.hadath.text.ArabicTextNormalizer#matchKey match key}:
 *       hamza forms, alef maqsura and teh marbuta folded), and so are the stems left when its
 *       proclitics are removed by {@link Proclitics} (و ف, then ب ل ك, with «لل» read as «ل» +
 *       «ال»). CoreNLP's own segmentation is not used for this: it cuts names that merely start
 *       with a clitic letter («وهران» → و + هران).
 *   <li>Each of those keys is followed word by word through the gazetteer's trie, so a name may
 *       span several words («الولايات المتحدة»); a name never crosses a line break or
 *       punctuation.
 *   <li>The longest name in words wins; between equally long ones, the one that removed fewer
 *       proclitics, so the whole word «وهران» (Oran) beats و + «هران». The search then resumes
 *       after the name.
 *   <li>Phrases listed as not entities («أمريكا اللاتينية») win like names and yield nothing.
 * </ol>
 *
 * <p>A mention never includes a proclitic: «وبالمغرب» gives «المغرب». In «للأنتربول» the article's
 * alef is elided after the preposition «ل», so the mention starts after the first «ل» and reads
 * «لأنتربول»: its «ل» is the article's, the only text of the name that is written.
 *
 * <p>Thread-safe; a call allocates only per word of the text.
 */
public final class GazetteerEntityRecognizer implements EntityRecognizer {

  /** The {@link EntityMention#source()} of every mention found here. */
  public static final String SOURCE = "gazetteer";

  private final Gazetteer gazetteer;

  /**
   * A recognizer over {@code gazetteer}.
   *
   * @throws NullPointerException if {@code gazetteer} is null
   */
  public GazetteerEntityRecognizer(Gazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
  }

  /**
   * A recognizer over the bundled gazetteer ({@link Gazetteer#fromClasspath()}).
   *
   * @throws java.io.UncheckedIOException if a bundled gazetteer file cannot be read
   */
  public static GazetteerEntityRecognizer fromClasspath() {
    return new GazetteerEntityRecognizer(Gazetteer.fromClasspath());
  }

  /** The gazetteer this recognizer reads. */
  public Gazetteer gazetteer() {
    return gazetteer;
  }

  @Override
  public List<EntityMention> recognize(TokenizedText text) {
    Objects.requireNonNull(text, "text");
    String original = text.original();
    List<Word> words = text.words();
    Proclitics.KeyedWord[] keyed = new Proclitics.KeyedWord[words.size()];
    List<EntityMention> mentions = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Match match = longestMatchAt(i, words, keyed, original);
      if (match == null) {
        i++;
        continue;
      }
      if (match.link != null) {
        Span span = Span.of(match.begin, words.get(match.endWord - 1).span().end());
        mentions.add(
            new EntityMention(
                typeOf(match.link), span.coveredText(original), span, match.link, SOURCE));
      }
      i = match.endWord;
    }
    return mentions;
  }

  /**
   * The entry a phrase names, seeing through proclitics on its first word: «بالمغرب» and
   * «المملكة المغربية» both give Morocco. For linking mentions found by another recognizer.
   *
   * @param phrase a mention as written, words separated by whitespace
   * @return the entry, or empty when the phrase is not (exactly) a name of the gazetteer
   * @throws NullPointerException if {@code phrase} is null
   */
  public Optional<Link> link(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    String[] parts = phrase.strip().split("\\s+", 2);
    String rest = parts.length > 1 ? " " + parts[1] : "";
    Proclitics.KeyedWord first = Proclitics.key(parts[0]);
    for (Proclitics.Stem stem : Proclitics.stems(first.key())) {
      Optional<Link> link = gazetteer.lookup(stem.key() + rest);
      if (link.isPresent()) {
        return link;
      }
    }
    return Optional.empty();
  }

  /** The entity type of an entry: organizations are ORG, countries, regions and cities LOC. */
  public static EntityType typeOf(Link link) {
    return link.kind() == Link.Kind.ORGANIZATION ? EntityType.ORG : EntityType.LOC;
  }

  /** A phrase found at a word: its entry (null for a not-entity), start and end word. */
  private record Match(Link link, int begin, int endWord) {}

  private Match longestMatchAt(
      int i, List<Word> words, Proclitics.KeyedWord[] keyed, String original) {
    Proclitics.KeyedWord first = keyedWord(i, words, keyed);
    Match best = null;
    for (Proclitics.Stem stem : Proclitics.stems(first.key())) {
      Gazetteer.Node node = gazetteer.root(stem.key());
      int end = -1;
      Link link = null;
      for (int j = i + 1; node != null; j++) {
        if (node.endsPhrase()) {
          end = j;
          link = node.link();
        }
        if (j == words.size() || !sameLine(words.get(j - 1), words.get(j), original)) {
          break;
        }
        node = node.next(keyedWord(j, words, keyed).key());
      }
      // Stems come with fewer proclitics removed first, so ">" keeps the least stripped on a tie.
      if (end > 0 && (best == null || end > best.endWord)) {
        int begin = words.get(i).span().begin() + first.offset(stem.start());
        best = new Match(link, begin, end);
      }
    }
    return best;
  }

  private static Proclitics.KeyedWord keyedWord(
      int index, List<Word> words, Proclitics.KeyedWord[] keyed) {
    if (keyed[index] == null) {
      keyed[index] = Proclitics.key(words.get(index).text());
    }
    return keyed[index];
  }

  /**
   * True when only spaces, tabs and what the normalizer removes between words (bidi and zero-width
   * chars, stray marks) separate the two words.
   */
  private static boolean sameLine(Word left, Word right, String original) {
    for (int k = left.span().end(); k < right.span().begin(); k++) {
      char c = original.charAt(k);
      int type = Character.getType(c);
      if (c != ' ' && c != '\t' && c != '\u00A0' && type != Character.FORMAT && type != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return true;
  }
}
