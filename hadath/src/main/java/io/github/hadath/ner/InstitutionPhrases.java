package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.Span;
import io.github.hadath.tokenize.Token;
import io.github.hadath.tokenize.TokenizedText;
import io.github.hadath.tokenize.Word;
import io.github.hadath.tokenize.WordForms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds institution names by their shape: a head noun such as وزارة، هيئة، اتحاد، جامعة، مجلس،
 * لجنة، مؤسسة، جمعية، نقابة، رابطة، مركز، غرفة، بنك، شركة، نادي، صحيفة، وكالة، مرصد، جهاز، حزب followed by its
 * genitive and adjective chain («وزارة الثقافة», «الهيئة العامة للمعارض», «مجلس وزراء الداخلية
 * العرب»). These are ORG mentions a statistical tagger trained on general news often misses, and
 * that no list can hold (every country has its own ministries and federations).
 *
 * <ul>
 *   <li>The head is the stem of a word, with or without the article; its proclitics («ب», «ل»,
 *       «و») stay outside the mention.
 *   <li>The chain continues over words with the article («الثقافة», «العامة»), over «ل» + such a
 *       word («للمعارض»), over a word without the article when the next word has it (a construct:
 *       «وزراء الداخلية», «لكرة القدم», or two such words before one with it: «لمجلس وزراء
 *       الداخلية»; without «ل» only after a word without the article, since after «الاتحاد
 *       الإفريقي» such a word is a verb), and over «و» + a word with the article after a genitive
 *       («للتعليم والتكوين والبحث», «وزارة الشباب والرياضة»), or after an adjective over «و» + a
 *       relative adjective («كلية العلوم الإنسانية والاجتماعية») or, once a genitive came, over «و»
 *       + a word with the article («للتعبئة العامة والإحصاء»), and over «و» + a point of the
 *       compass and the place after it («لدول الساحل وغرب أفريقيا»), but never onto another head
 *       («جامعة نايف العربية ... والاتحاد الرياضي» are two bodies); after such a
 *       coordinated word only «و» or «ل» go on («نظمت وزارة الشباب والرياضة السباق»: the object
 *       is not part of the name) but an adjective the Penn Arabic Treebank knows as one
 *       («للمناطق والأسواق الحرة»); after a nisba adjective, a word with the article goes on only as
 *       another adjective (a nisba or the Treebank's JJ, and never a verbal noun إفعال، افتعال،
 *       استفعال): «قرر البنك المركزي المصري الإبقاء», «منح النادي الثقافي العربي الجائزة» end
 *       before the object.
 *   <li>It stops at a line break, punctuation, digits, any other proclitic («بالكويت», «في»), at stop words
 *       that take the article but never continue a name: relative pronouns, time words, titles,
 *       an ordinal right after the head («المركز الأول» is a rank, not a centre, while «جامعة
 *       الحسن الثاني» is a name), and at a meeting noun
 *       («مجلس وزراء النقل العرب الاستثنائي للقمة»), except after «لجنة», since a committee is
 *       named after the meeting it runs («اللجنة العليا لمهرجان الفنون الشعبية»).
 *   <li>A unit of a larger body («كلية», «معهد») goes on with the body it belongs to, after «بـ»,
 *       «في» or nothing, and a qualifier such as «بنين»: «كلية الحقوق بجامعة عجلون الوطنية»,
 *       «كلية الهندسة بنات جامعة الأزهر».
 *   <li>After «الأعضاء» or «الأطراف» the name goes on over «في» to the body or treaty the members
 *       belong to («رابطة برلمانات الدول الأعضاء في الاتحاد الإفريقي»), and a treaty noun
 *       («اتفاقية») opens a name of its own only there: in «مؤتمر الأطراف في اتفاقية التنوع
 *       البيولوجي» the convention is the body whose parties meet. A treaty's name goes
 *       on over «بشأن» and its subject («الاتفاقية الإطارية بشأن تغير المناخ»).
 *   <li>A head with a pronoun («مجلسه التنفيذي») opens no phrase: it refers back.
 *   <li>A phrase is the head and at least one chain word, at most {@value #MAX_WORDS} words.
 * </ul>
 *
 * <p>The head and stop words are the resource {@value #RESOURCE} (written for Hadath, GPL-3.0).
 * Stateless after construction and thread-safe.
 */
public final class InstitutionPhrases {

  static final String RESOURCE = "io/github/hadath/ner/institution-phrases.tsv";
  /** The source recorded on the mentions found here. */
  public static final String SOURCE = "institution";
  static final int MAX_WORDS = 9;
  private static final String ARTICLE = "ال";
  private static final String IN = "في";
  /** Points of the compass that a region's name coordinates («الساحل وغرب أفريقيا»). */
  private static final Set<String> COMPASS = Set.of("شمال", "جنوب", "شرق", "غرب");

  /** «شأن» of «بشأن» (on the matter of), which goes on with a treaty's subject. */
  private static final String MATTER = ArabicTextNormalizer.matchKey("شأن");

  private final Set<String> heads = new HashSet<>();
  private final Set<String> stops = new HashSet<>();
  private final Set<String> committees = new HashSet<>();
  private final Set<String> meetingNouns = new HashSet<>();
  private final Set<String> ranks = new HashSet<>();
  private final Set<String> units = new HashSet<>();
  private final Set<String> parents = new HashSet<>();
  private final Set<String> qualifiers = new HashSet<>();
  private final Set<String> members = new HashSet<>();
  private final Set<String> treaties = new HashSet<>();

  /** The phrases of the bundled word list. */
  public InstitutionPhrases() {
    for (String[] row : WordLists.rows(RESOURCE)) {
      String key = ArabicTextNormalizer.matchKey(row[0]);
      switch (row[1]) {
        case "head" -> heads.add(withoutArticle(key));
        case "committee" -> {
          heads.add(withoutArticle(key));
          committees.add(withoutArticle(key));
        }
        case "stop" -> stops.add(key);
        case "meeting" -> meetingNouns.add(withoutArticle(key));
        case "rank" -> ranks.add(key);
        case "unit" -> {
          heads.add(withoutArticle(key));
          units.add(withoutArticle(key));
        }
        case "parent" -> {
          heads.add(withoutArticle(key));
          parents.add(withoutArticle(key));
        }
        case "qualifier" -> qualifiers.add(key);
        case "members" -> members.add(key);
        case "treaty" -> treaties.add(withoutArticle(key));
        default -> throw new IllegalStateException("expected head, committee, unit, parent, qualifier, members, treaty, stop, meeting or rank in "
            + RESOURCE + ", found «" + row[1] + "»");
      }
    }
  }

  /**
   * The institution phrases of {@code text}, in text order, not overlapping, as ORG mentions
   * without a link and with source {@value #SOURCE}.
   */
  public List<EntityMention> find(TokenizedText text) {
    List<Word> words = text.words();
    List<EntityMention> found = new ArrayList<>();
    int w = 0;
    while (w < words.size()) {
      Token head = stem(text, words.get(w));
      // A head with a pronoun («مجلسه التنفيذي») refers back to a body named elsewhere.
      if (head == null || !(heads.contains(withoutArticle(head.key())) || isTreatyAfterMembers(text, w))
          || hasEnclitic(text, words.get(w))) {
        w++;
        continue;
      }
      int end = chainEnd(text, w);
      if (end - w < 2) {
        w++;
        continue;
      }
      if (units.contains(withoutArticle(head.key()))) {
        end = parentEnd(text, end);
      }
      Span span = Span.of(head.span().begin(), words.get(end - 1).span().end());
      found.add(new EntityMention(EntityType.ORG, text.originalText(span), span, null, SOURCE));
      w = end;
    }
    return List.copyOf(found);
  }

  /**
   * The end of the larger body a unit's name goes on with after {@code end} («كلية الحقوق»
   * + «بجامعة عجلون الوطنية», «في جامعة ...», «بنين جامعة الأزهر»), else {@code end}.
   */
  private int parentEnd(TokenizedText text, int end) {
    List<Word> words = text.words();
    int at = end;
    if (at < words.size() && qualifiers.contains(stemKey(text, words.get(at)))) {
      at++;
    }
    if (at + 1 < words.size() && proclitics(text, words.get(at)).isEmpty() && stemKey(text, words.get(at)).equals(IN)) {
      at++;
    }
    if (at >= words.size() || !parents.contains(withoutArticle(stemKey(text, words.get(at))))
        || !(proclitics(text, words.get(at)).isEmpty() || proclitics(text, words.get(at)).equals("ب"))
        || hasEnclitic(text, words.get(at))) {
      return end;
    }
    int parentEnd = chainEnd(text, at);
    return parentEnd - at < 2 ? end : parentEnd;
  }

  private static String stemKey(TokenizedText text, Word word) {
    Token stem = stem(text, word);
    return stem == null ? "" : stem.key();
  }

  /**
   * True when {@code key} is the head noun of an institution («وزارة», «الرابطة»).
   *
   * @param key a word's match key, with or without the article
   */
  public boolean isHead(String key) {
    return heads.contains(withoutArticle(key));
  }

  /** The word after the last word of the chain that follows the head at {@code head}. */
  private int chainEnd(TokenizedText text, int head) {
    List<Word> words = text.words();
    int end = head + 1;
    boolean previousDefinite = stem(text, words.get(head)).key().startsWith(ARTICLE);
    boolean previousGenitive = false;
    boolean previousCoordinated = false;
    boolean previousAdjective = false;
    boolean genitiveSeen = false;
    boolean committee = committees.contains(withoutArticle(stem(text, words.get(head)).key()));
    boolean treaty = treaties.contains(withoutArticle(stem(text, words.get(head)).key()));
    boolean previousCompass = false;
    while (end < words.size() && end - head < MAX_WORDS) {
      Word word = words.get(end);
      Token stem = stem(text, word);
      if ((isMembersIn(text, end) && startsBody(text, end + 1))
          || (treaty && stem != null && stem.key().equals(MATTER) && proclitics(text, word).equals("ب")
              && (bareIndefiniteAt(text, end + 1) || definiteAt(text, end + 1)))) {
        // «الدول الأعضاء في منظمة ...»: the name goes on with the body the members belong to; a
        // treaty's name goes on with its subject («الاتفاقية الإطارية بشأن تغير المناخ»).
        end++;
        previousDefinite = previousGenitive = previousCoordinated = previousAdjective = false;
        continue;
      }
      if (stem == null || lineBreakBefore(text, end) || stops.contains(stem.key()) || !isArabicWord(stem.key()) || stem.key().length() < 3
          || (!committee && meetingNouns.contains(withoutArticle(stem.key())))
          || (end == head + 1 && ranks.contains(stem.key()))) {
        break;
      }
      String proclitics = proclitics(text, word);
      if (previousCompass) {
        // «الساحل وغرب أفريقيا»: the place after a point of the compass is part of the name.
        if (!proclitics.isEmpty()) {
          break;
        }
        previousCompass = false;
        previousDefinite = true;
        end++;
        continue;
      }
      if (proclitics.equals("و") && previousDefinite && COMPASS.contains(stem.key()) && end + 1 < words.size()) {
        previousCompass = true;
        end++;
        continue;
      }
      boolean definite = stem.key().startsWith(ARTICLE);
      boolean construct = !definite && (definiteAt(text, end + 1)
          || (bareIndefiniteAt(text, end + 1) && definiteAt(text, end + 2))
          || (bareIndefiniteAt(text, end + 1) && bareIndefiniteAt(text, end + 2) && definiteAt(text, end + 3)));
      boolean fits = previousCoordinated && proclitics.isEmpty() ? definite && isAdjective(stem.key()) : switch (proclitics) {
        // A bare construct word follows only a word without the article («مجلس وزراء»): after
        // «الاتحاد الإفريقي» a word without it is a verb («يعقد»), not part of the name.
        case "" -> definite || (construct && !previousDefinite);
        case "ل" -> definite || construct;
        case "و" -> definite && (previousGenitive || (previousDefinite && genitiveSeen)
                || (previousDefinite && WordForms.hasRelativeEnding(stem.key())))
            && !heads.contains(withoutArticle(stem.key()));
        default -> false;
      };
      if (!fits || proclitics.isEmpty() && previousAdjective && definite
          && (isVerbalNoun(stem.key()) || !(WordForms.hasRelativeEnding(stem.key()) || isAdjective(stem.key())))) {
        // after an adjective, a noun with the article is the verb's object, not the name's
        // genitive («قرر البنك المركزي المصري الإبقاء على ...», «منح النادي الثقافي العربي الجائزة»)
        break;
      }
      genitiveSeen |= proclitics.equals("ل") || (!previousDefinite && definite);
      previousAdjective = definite && previousDefinite && WordForms.hasRelativeEnding(stem.key());
      previousGenitive = proclitics.equals("ل") || proclitics.equals("و") || (!previousDefinite && definite);
      previousCoordinated = proclitics.equals("و");
      previousDefinite = definite;
      end++;
    }
    if (previousCompass) {
      end--; // a point of the compass with no place after it is not part of the name
    }
    return end;
  }

  /**
   * True when {@code phrase}, found here, names a body through the body or treaty its members
   * belong to («رابطة برلمانات الدول الأعضاء في الاتحاد الإفريقي», «الاتفاقية الدولية بشأن
   * النفايات الخطرة»): the organization named inside is part of its name, not the entity meant.
   */
  boolean namesThroughMembers(EntityMention phrase) {
    String[] keys = ArabicTextNormalizer.matchKey(phrase.text()).split(" ");
    if (treaties.contains(withoutArticle(keys[0]))) {
      return true;
    }
    for (int i = 1; i + 1 < keys.length; i++) {
      if (keys[i + 1].equals(IN) && members.contains(keys[i])) {
        return true;
      }
    }
    return false;
  }

  /** True when word {@code index} is «في» right after a members word («الأعضاء في», «الأطراف في»). */
  private boolean isMembersIn(TokenizedText text, int index) {
    if (index < 1 || index >= text.words().size()) {
      return false;
    }
    Token in = stem(text, text.words().get(index));
    Token before = stem(text, text.words().get(index - 1));
    return in != null && before != null && in.key().equals(IN) && proclitics(text, text.words().get(index)).isEmpty()
        && members.contains(before.key());
  }

  /** True when word {@code index} opens a body or a treaty: a head noun or a treaty noun. */
  private boolean startsBody(TokenizedText text, int index) {
    if (index >= text.words().size()) {
      return false;
    }
    Token stem = stem(text, text.words().get(index));
    return stem != null && proclitics(text, text.words().get(index)).isEmpty()
        && (heads.contains(withoutArticle(stem.key())) || treaties.contains(withoutArticle(stem.key())));
  }

  /** True when word {@code w} is a treaty noun right after «الأطراف في» or «الأعضاء في». */
  private boolean isTreatyAfterMembers(TokenizedText text, int w) {
    Token stem = stem(text, text.words().get(w));
    return stem != null && treaties.contains(withoutArticle(stem.key())) && isMembersIn(text, w - 1);
  }

  /** True when a line ends between word {@code w} and the word before it (a title, then the body). */
  private static boolean lineBreakBefore(TokenizedText text, int w) {
    int from = text.words().get(w - 1).span().end();
    int to = text.words().get(w).span().begin();
    return from < to && text.original().substring(from, to).indexOf('\n') >= 0;
  }

  /**
   * True when the Penn Arabic Treebank tags the form mostly as an adjective ({@link AtbLexicon}):
   * after a coordinated genitive, an adjective still qualifies the name («للمناطق والأسواق
   * الحرة»), a noun is the verb's object («نظمت وزارة الشباب والرياضة السباق»).
   */
  private static boolean isAdjective(String key) {
    AtbLexicon.Entry entry = AtbLexicon.shared().get(key);
    return entry != null && entry.tag().equals("JJ");
  }

  /** The verbal nouns إفعال, افتعال and استفعال with the article («الإبقاء», «الاجتماع»). */
  private static final Pattern VERBAL_NOUN =
      Pattern.compile("الا(..|.ت.|ست..)ا.");

  private static boolean isVerbalNoun(String key) {
    return VERBAL_NOUN.matcher(key).matches();
  }

  private boolean definiteAt(TokenizedText text, int index) {
    if (index >= text.words().size()) {
      return false;
    }
    Word word = text.words().get(index);
    Token stem = stem(text, word);
    String proclitics = proclitics(text, word);
    return stem != null && (proclitics.isEmpty() || proclitics.equals("ل"))
        && stem.key().startsWith(ARTICLE) && !stops.contains(stem.key());
  }

  /** True for a word without proclitic nor article, such as a construct noun («وزراء»). */
  private boolean bareIndefiniteAt(TokenizedText text, int index) {
    if (index >= text.words().size()) {
      return false;
    }
    Word word = text.words().get(index);
    Token stem = stem(text, word);
    return stem != null && proclitics(text, word).isEmpty() && !stem.key().startsWith(ARTICLE)
        && isArabicWord(stem.key());
  }

  private static Token stem(TokenizedText text, Word word) {
    for (Token token : text.tokensOf(word)) {
      if (token.role() == Token.Role.STEM) {
        return token;
      }
    }
    return null;
  }

  private static boolean hasEnclitic(TokenizedText text, Word word) {
    return text.tokensOf(word).stream().anyMatch(t -> t.role() == Token.Role.ENCLITIC);
  }

  private static String proclitics(TokenizedText text, Word word) {
    StringBuilder keys = new StringBuilder();
    for (Token token : text.tokensOf(word)) {
      if (token.role() == Token.Role.PROCLITIC) {
        keys.append(token.key());
      }
    }
    return keys.toString();
  }


  private static boolean isArabicWord(String key) {
    return !key.isEmpty() && key.chars().allMatch(c -> c >= 0x0621 && c <= 0x064A);
  }

  private static String withoutArticle(String key) {
    return key.startsWith(ARTICLE) && key.length() > 3 ? key.substring(2) : key;
  }
}
