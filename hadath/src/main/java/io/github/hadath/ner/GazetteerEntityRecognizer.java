package io.github.hadath.ner;

import io.github.hadath.text.Span;
import io.github.hadath.tokenize.PhraseTrie;
import io.github.hadath.tokenize.Proclitics;
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
 *       proclitics are read off by {@link Proclitics#readings(String)} (و ف, then ب ل ك, with «لل» read as «ل» +
 *       «ال»). CoreNLP's own segmentation is not used for this: it cuts names that merely start
 *       with a clitic letter («وهران» → و + هران).
 *   <li>Each of those keys is followed word by word through the gazetteer's trie, so a name may
 *       span several words («الولايات المتحدة»); a name never crosses a line break or
 *       punctuation, and a word joined by a hyphen or slash («المغرب-الجزائر») is read as two.
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
    List<Segment> segments = segments(text.words());
    GazetteerKeys.KeyedWord[] keyed = new GazetteerKeys.KeyedWord[segments.size()];
    List<EntityMention> mentions = new ArrayList<>();
    int i = 0;
    while (i < segments.size()) {
      Match match = longestMatchAt(i, segments, keyed, original);
      if (match == null) {
        i++;
        continue;
      }
      if (match.link != null) {
        Span span = Span.of(match.begin, segments.get(match.endSegment - 1).end());
        mentions.add(
            new EntityMention(
                typeOf(match.link), span.coveredText(original), span, match.link, SOURCE));
      }
      i = match.endSegment;
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
    GazetteerKeys.KeyedWord marked = GazetteerKeys.markedKey(parts[0]);
    for (GazetteerKeys.KeyedWord first :
        marked == null
            ? List.of(GazetteerKeys.key(parts[0]))
            : List.of(marked, GazetteerKeys.key(parts[0]))) {
      for (Proclitics.Reading stem : Proclitics.readings(first.key())) {
        Optional<Link> link = gazetteer.lookup(stem.key() + rest);
        if (link.isPresent()) {
          return link;
        }
      }
    }
    return Optional.empty();
  }

  /** The entity type of an entry: organizations are ORG, countries, regions and cities LOC. */
  public static EntityType typeOf(Link link) {
    return link.kind() == Link.Kind.ORGANIZATION ? EntityType.ORG : EntityType.LOC;
  }

  /** A phrase found at a segment: its entry (null for a not-entity), begin and end segment. */
  private record Match(Link link, int begin, int endSegment) {}

  /**
   * A word, or a part of a word between hyphens or slashes: CoreNLP keeps «المغرب-الجزائر» as
   * one word, and each side of it may be a name.
   *
   * @param text the segment as written
   * @param begin UTF-16 index of its first char in the original text
   * @param end UTF-16 index one past its last char
   */
  private record Segment(String text, int begin, int end) {}

  private static List<Segment> segments(List<Word> words) {
    List<Segment> segments = new ArrayList<>(words.size() + 8);
    for (Word word : words) {
      String text = word.text();
      int offset = word.span().begin();
      int start = 0;
      for (int k = 0; k <= text.length(); k++) {
        if (k == text.length() || isJoiner(text.charAt(k))) {
          if (k > start) {
            segments.add(
                start == 0 && k == text.length()
                    ? new Segment(text, offset, word.span().end())
                    : new Segment(text.substring(start, k), offset + start, offset + k));
          }
          start = k + 1;
        }
      }
    }
    return segments;
  }

  /** Hyphens, dashes and the slash, which join two names into one written word. */
  private static boolean isJoiner(char c) {
    return c == '-' || c == '/' || (c >= '\u2010' && c <= '\u2015');
  }

  private Match longestMatchAt(
      int i, List<Segment> segments, GazetteerKeys.KeyedWord[] keyed, String original) {
    // A first word written with a shadda is read with it first, so «عمّان» is Amman, not Oman.
    Match best = null;
    GazetteerKeys.KeyedWord marked = GazetteerKeys.markedKey(segments.get(i).text());
    if (marked != null) {
      best = longestMatchAt(i, marked, segments, keyed, original);
    }
    Match plain = longestMatchAt(i, keyedSegment(i, segments, keyed), segments, keyed, original);
    return plain != null && (best == null || plain.endSegment > best.endSegment) ? plain : best;
  }

  private Match longestMatchAt(
      int i,
      GazetteerKeys.KeyedWord first,
      List<Segment> segments,
      GazetteerKeys.KeyedWord[] keyed,
      String original) {
    Match best = null;
    for (Proclitics.Reading stem : Proclitics.readings(first.key())) {
      PhraseTrie.Node<Gazetteer.Name> node = gazetteer.root(stem.key());
      int end = -1;
      Link link = null;
      for (int j = i + 1; node != null; j++) {
        if (node.endsPhrase()) {
          end = j;
          link = Gazetteer.link(node);
        }
        if (j == segments.size() || !sameLine(segments.get(j - 1), segments.get(j), original)) {
          break;
        }
        node = node.next(keyedSegment(j, segments, keyed).key());
      }
      // Stems come with fewer proclitics removed first, so ">" keeps the least stripped on a tie.
      if (end > 0 && (best == null || end > best.endSegment)) {
        best = new Match(link, segments.get(i).begin() + first.offset(stem.start()), end);
      }
    }
    return best;
  }

  private static GazetteerKeys.KeyedWord keyedSegment(
      int index, List<Segment> segments, GazetteerKeys.KeyedWord[] keyed) {
    if (keyed[index] == null) {
      keyed[index] = GazetteerKeys.key(segments.get(index).text());
    }
    return keyed[index];
  }

  /**
   * True when only spaces, tabs and what the normalizer removes between words (bidi and zero-width
   * chars, stray marks) separate the two segments: never a line break, punctuation or hyphen.
   */
  private static boolean sameLine(Segment left, Segment right, String original) {
    for (int k = left.end(); k < right.begin(); k++) {
      char c = original.charAt(k);
      int type = Character.getType(c);
      if (c != ' ' && c != '\t' && c != '\u00A0' && type != Character.FORMAT && type != Character.NON_SPACING_MARK) {
        return false;
      }
    }
    return true;
  }
}
