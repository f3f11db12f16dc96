package io.github.hadath.ner;

import io.github.hadath.text.ArabicTextNormalizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * Types the titles of Wikipedia articles as PERS, LOC, ORG or MISC by the first sentence of each
 * article, and writes them as a name list for the CRF's {@link
 * ArabicCrfFeatureFactory.FeatureSet#WIKI_TITLES} features («دابود قرية نوبية» makes «دابود» a
 * LOC).
 *
 * <p>An article's first sentence defines its subject: «X هو ممثل مصري», «X مدينة تقع في ...»,
 * «X (1925–2013) سياسية بريطانية». The rule reads the sentence with parentheses and brackets
 * removed, when it opens with the title's first word (among its first three, article aside), from
 * the copula «هو»/«هي» among its first twenty words or else from the title's last word or the
 * first comma; skips fillers («أحد», «إحدى», «كان», «أكبر», «أول», «عبارة عن») and
 * reads the first other word, the <em>defining noun</em>, in {@link #DEFINING_NOUNS}: «ممثل» and
 * «لاعب» are PERS, «مدينة» and «قرية» LOC, «حزب» and «صحيفة» ORG, «فيلم» and «حرب» MISC. A
 * defining noun the table does not hold («مصطلح», «مرض», «نظام») leaves the title out, as does a
 * title that is a list («قائمة ...»), a year or a date. A title's parenthesis («فريندز (مسلسل)») is
 * dropped from the name and, when the sentence gives no type, types it by the same table.
 *
 * <p>Usage, from the repository root:
 *
 * <pre>{@code
 * java -cp hadath-cli/target/hadath-cli.jar io.github.hadath.ner.WikiTitleTyper \
 *     ../shared/data/corpora/arwiki-2017/arwiki_20170120_arzaligned.testfiltered.txt.gz \
 *     hadath/models/names/wiki-titles.tsv
 * }</pre>
 *
 * <p>Each output line is {@code TITLE TAB TYPE}, sorted, after a header that states the source
 * and licence (CC BY-SA 4.0, as the Wikipedia text).
 */
public final class WikiTitleTyper {

  /** Most words a listed title may have. */
  static final int MAX_TITLE_WORDS = 6;

  /** How far into the first sentence the copula is looked for, in words. */
  private static final int COPULA_WINDOW = 20;

  /** How far into a sentence without a copula the subject's name is looked for, in words. */
  private static final int NAME_WINDOW = 10;

  /** How many fillers may stand before the defining noun. */
  private static final int MAX_FILLERS = 4;

  private static final Set<String> COPULAS = keys("هو", "هي", "هى", "وهو", "وهي", "هما", "هم");

  /** Words between the anchor and the defining noun: quantifiers, superlatives, verbs of being. */
  private static final Set<String> FILLERS = keys(
      "أحد", "إحدى", "احدى", "واحد", "واحدة", "كان", "كانت", "من", "أكبر", "أشهر", "أهم", "أول",
      "أولى", "ثاني", "ثالث", "رابع", "خامس", "أقدم", "أعلى", "أصغر", "أكثر", "أبرز", "أقوى",
      "عبارة", "عن", "يعد", "يعتبر", "تعد", "تعتبر", "أيضا", "رسميا", "حاليا", "سابقا", "الآن",
      "ثم", "و", "كبرى", "كبير", "كبيرة", "صغيرة", "صغير", "شهير", "شهيرة", "عريق",
      "عريقة", "سابق", "سابقة");

  /**
   * The defining nouns and the type each gives, as written (match keys are compared, so «مدينه»
   * and «مدينة» are one). Singular and, for the nouns that follow «أحد»/«إحدى», plural.
   */
  static final Map<String, String> DEFINING_NOUNS = table(
      "PERS",
      "ممثل ممثلة ممثلي الممثل الممثلة ممثلين لاعب لاعبة لاعبي لاعبين اللاعب مغني مغنية مغن "
          + "المغني المغنية مطرب مطربة كاتب كاتبة الكاتب سياسي سياسية السياسي شاعر شاعرة "
          + "الشاعر شعراء عالم علماء مخرج مخرجة المخرج فيلسوف فلاسفة ملك ملكة الملك "
          + "الملكة ملوك رجل امرأة سيدة شخصية طبيب طبيبة الرئيس رئيس رئيسة مؤلف مؤلفة صحفي صحفية "
          + "صحافي صحافية مؤرخ مؤرخة مؤسس مؤسسي فنان فنانة الفنان الفنانة ملحن روائي روائية وزير "
          + "وزيرة الوزير أستاذ أستاذة مصمم مصممة زوجة زوج مهندس مهندسة قائد قادة القائد راقصة راقص "
          + "أديب أديبة مفكر مفكرة أمير أميرة الأمير الأميرة إمبراطور إمبراطورة الإمبراطور رسام "
          + "رسامة زعيم زعيمة سلطان السلطان عارضة عارض فيزيائي فيزيائية كيميائي رياضي رياضية "
          + "ناشط ناشطة مذيع مذيعة مقدم مقدمة إعلامي إعلامية فقيه فقهاء مستشرق جراح نائب "
          + "نائبة دبلوماسي موسيقار موسيقي موسيقية شيخ الشيخ قديس قديسة القديس أسقف بابا البابا "
          + "باشا إمام الإمام فرعون الفرعون قاض قاضي مدرب مدربة بطل بطلة ابن ابنة بنت خليفة الخليفة "
          + "والي نبي صحابي صحابية قارئ منشد منشدة كوميدي محام محامي محامية اقتصادي اقتصادية باحث "
          + "باحثة داعية مفتي بطريرك البطريرك رواد رائد رائدة مواليد ولد ولدت المولود مغنيي عازف "
          + "عازفة مصور مصورة منتج منتجة نحات نحاتة معماري طيار رحالة مستكشف مخترع عسكري ضابط "
          + "جنرال لواء مشير أميرال حاكم الحاكم الشخص عالمة مطربي مدير مديرة زعماء أمين رجال "
          + "دوق دوقة كونت بارون مبشر كاهن راهب راهبة حاخام لاهوتي عداء عداءة ملاكم مصارع سباح "
          + "سباحة متسابق متسابقة عميد",
      "LOC",
      "مدينة مدن المدينة عاصمة العاصمة دولة دول الدولة بلد بلدة بلدات منطقة المنطقة مناطق ولاية "
          + "ولايات جزيرة جزر الجزيرة مقاطعة مقاطعات جمهورية الجمهورية محافظة محافظات قرية قرى القرية "
          + "حي أحياء إقليم أقاليم بحيرة نهر أنهار النهر بحر البحر مملكة المملكة إمارة جبل جبال "
          + "الجبل صحراء واحة شبه قارة القارة محيط خليج مضيق وادي ميناء مطار ملعب ستاد برج حديقة "
          + "كنيسة كاتدرائية مسجد جامع قلعة قصر معبد دير ضاحية مستوطنة مخيم شارع ميدان ساحة حصن "
          + "سد جسر بلدية كومونة سلطنة إمبراطورية الإمبراطورية "
          + "دوقية كونتية أرخبيل شلال هضبة سهل بركان منتجع",
      "ORG",
      "شركة شركات الشركة جامعة الجامعة جامعات حزب أحزاب الحزب نادي ناد النادي أندية منظمة "
          + "المنظمة منظمات مؤسسة المؤسسة هيئة الهيئة فرقة الفرقة قناة القناة مجلة المجلة صحيفة "
          + "الصحيفة صحف جريدة الجريدة وكالة الوكالة حركة الحركة تنظيم التنظيم جماعة الجماعة "
          + "منتخب المنتخب اتحاد الاتحاد تحالف التحالف مجلس المجلس جمعية الجمعية نقابة رابطة بنك "
          + "البنك مصرف المصرف إذاعة فريق الفريق وزارة الوزارة مدرسة المدرسة كلية الكلية معهد "
          + "المعهد أكاديمية الأكاديمية مستشفى جيش الجيش ميليشيا مليشيا ديوان مكتبة متحف المتحف "
          + "دار مجمع المجمع محكمة المحكمة برلمان البرلمان "
          + "مختبر مرصد",
      "MISC",
      "لغة اللغة لغات لهجة اللهجة دين الدين ديانة الديانة مذهب المذهب طائفة الطائفة حرب الحرب "
          + "حروب معركة المعركة معارك ثورة الثورة بطولة البطولة كأس الكأس جائزة الجائزة "
          + "عملة العملة مهرجان المهرجان عيد "
          + "العيد حملة الحملة انتفاضة الانتفاضة اتفاقية الاتفاقية معاهدة المعاهدة مسابقة المسابقة "
          + "أولمبياد دورة الدورة حضارة الحضارة "
          + "عقيدة مجزرة المجزرة غزوة الغزوة حادثة الحادثة كارثة تفجير هجوم "
          + "اتفاق الاتفاق إعلان وثيقة دستور الدستور");

  /**
   * A person is the likeliest subject of an article whose first sentence starts with a
   * birth-date parenthesis: kept as a type hint only when nothing else types the title.
   */
  private static final Pattern LIFE_SPAN = Pattern.compile("^[^()]*\\([^()]*\\d{3,4}[^()]*[-–][^()]*\\)");

  private static final Pattern TITLE_ATTRIBUTE = Pattern.compile("title=\"([^\"]*)\"");

  private static final Pattern SENTENCE_END = Pattern.compile("[.!؟?:؛]\\s|[.!؟?]$");

  private static final Pattern WORD = Pattern.compile("[\\u0621-\\u064A\\u0671-\\u06D3]+|[،,]");

  private WikiTitleTyper() {}

  /**
   * Writes the typed titles of the wikiextractor file {@code args[0]} (gzipped or plain) into
   * {@code args[1]}.
   *
   * @throws IllegalArgumentException if there are not two arguments
   * @throws UncheckedIOException if a file cannot be read or written
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: WikiTitleTyper ARTICLES.txt[.gz] OUT.tsv");
    }
    Map<String, String> rows = new TreeMap<>();
    int[] counts = new int[2];
    readArticles(Path.of(args[0]), (title, firstParagraph) -> {
      counts[0]++;
      Typed typed = type(title, firstParagraph);
      if (typed != null) {
        counts[1]++;
        rows.putIfAbsent(typed.name(), typed.type());
      }
    });
    Map<String, Integer> byType = new TreeMap<>();
    rows.values().forEach(t -> byType.merge(t, 1, Integer::sum));
    List<String> out = new ArrayList<>(List.of(
        "# Hadath name list: Wikipedia article titles typed by their first sentence, TITLE<TAB>TYPE",
        "# (PERS, LOC, ORG, MISC). Derived by io.github.hadath.ner.WikiTitleTyper from the data",
        "# directory's corpora/arwiki-2017 (Arabic Wikipedia, dump 2017-01-20, 10,816 articles that",
        "# also exist in Egyptian Arabic Wikipedia; Arabic Wikipedia contributors, CC BY-SA 4.0).",
        "# This list is licensed CC BY-SA 4.0. " + counts[0] + " articles, " + rows.size()
            + " typed titles: " + byType + ".",
        "# Read by io.github.hadath.ner.NamePhrases (FeatureSet.WIKI_TITLES)."));
    rows.forEach((name, type) -> out.add(name + "\t" + type));
    try {
      Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + args[1], e);
    }
    System.err.println("wiki titles: " + counts[0] + " articles, " + rows.size() + " typed " + byType);
  }

  /** A typed title. */
  record Typed(String name, String type) {}

  /**
   * Types one article's title by its first paragraph.
   *
   * @return {@code null} when the title is a list, a date or a year, has more than {@value
   *     #MAX_TITLE_WORDS} words, or its first sentence has no defining noun in the table
   */
  static Typed type(String title, String firstParagraph) {
    String hint = null;
    String name = title.strip();
    int open = name.indexOf('(');
    if (open > 0 && name.endsWith(")")) {
      hint = definingType(words(name.substring(open + 1, name.length() - 1)), 0);
      name = name.substring(0, open).strip();
    }
    List<String> nameWords = words(name);
    if (nameWords.isEmpty() || nameWords.size() > MAX_TITLE_WORDS
        || name.chars().anyMatch(Character::isDigit)
        || ArabicTextNormalizer.matchKey(nameWords.get(0)).equals(ArabicTextNormalizer.matchKey("قائمة"))
        || nameWords.size() != name.split("\\s+").length
        || nameWords.size() == 1 && (NOUN_TYPES.containsKey(ArabicTextNormalizer.matchKey(name))
            || FILLERS.contains(ArabicTextNormalizer.matchKey(name)))) {
      return null; // a list, a date, a year, a defining noun, or punctuation or Latin letters
    }
    String type = firstParagraph == null ? null : sentenceType(name, firstParagraph);
    if (type == null) {
      type = hint;
    }
    if (type == null && firstParagraph != null && LIFE_SPAN.matcher(firstParagraph).find()) {
      type = "PERS";
    }
    return type == null ? null : new Typed(String.join(" ", nameWords), type);
  }

  private static String sentenceType(String name, String paragraph) {
    String text = paragraph;
    for (String previous = null; !text.equals(previous); ) {
      previous = text;
      text = text.replaceAll("\\([^()]*\\)|\\[[^\\[\\]]*]", " ");
    }
    Matcher end = SENTENCE_END.matcher(text);
    if (end.find()) {
      text = text.substring(0, end.start());
    }
    List<String> words = words(text);
    if (!startsWithTitle(words, words(name).get(0))) {
      return null; // the article does not open with its subject («يعد ... من مؤسسي الوكالة»)
    }
    int anchor = -1;
    for (int i = 0; i < Math.min(COPULA_WINDOW, words.size()); i++) {
      if (COPULAS.contains(ArabicTextNormalizer.matchKey(words.get(i)))) {
        anchor = i + 1;
        break;
      }
    }
    if (anchor < 0) {
      anchor = afterName(words, words(name));
    }
    return anchor < 0 ? null : definingType(words, anchor);
  }

  /**
   * Where the subject's name ends in a sentence without a copula: after the last word, among the
   * first {@value #NAME_WINDOW}, that is the title's last word («محمد سيف الدين ... وانلي فنان»
   * for «سيف وانلي»), else after the first comma there; -1 when neither is found.
   */
  private static int afterName(List<String> sentence, List<String> title) {
    String last = withoutArticle(ArabicTextNormalizer.matchKey(title.get(title.size() - 1)));
    int end = -1;
    int comma = -1;
    for (int i = 0; i < Math.min(NAME_WINDOW, sentence.size()); i++) {
      String word = sentence.get(i);
      if (withoutArticle(ArabicTextNormalizer.matchKey(word)).equals(last)) {
        end = i + 1;
      } else if (comma < 0 && (word.equals("،") || word.equals(","))) {
        comma = i + 1;
      }
    }
    return end >= 0 ? end : comma;
  }

  /** Whether the title's first word, article aside, is among the sentence's first three. */
  private static boolean startsWithTitle(List<String> sentence, String titleWord) {
    String first = withoutArticle(ArabicTextNormalizer.matchKey(titleWord));
    for (int i = 0; i < Math.min(3, sentence.size()); i++) {
      if (withoutArticle(ArabicTextNormalizer.matchKey(sentence.get(i))).equals(first)) {
        return true;
      }
    }
    return false;
  }

  private static String withoutArticle(String key) {
    return key.startsWith("ال") && key.length() > 4 ? key.substring(2) : key;
  }

  /** The type of the first word from {@code from} on that is no filler or comma, if listed. */
  private static String definingType(List<String> words, int from) {
    int skipped = 0;
    for (int i = from; i < words.size() && skipped <= MAX_FILLERS; i++) {
      String key = ArabicTextNormalizer.matchKey(words.get(i));
      if (key.equals("،") || key.equals(",")) {
        continue;
      }
      if (FILLERS.contains(key)) {
        skipped++;
        continue;
      }
      String type = NOUN_TYPES.get(key);
      if (type == null && key.startsWith("و") && key.length() > 3) {
        type = NOUN_TYPES.get(key.substring(1));
      }
      return type;
    }
    return null;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** {@link #DEFINING_NOUNS} by match key. */
  private static final Map<String, String> NOUN_TYPES = new HashMap<>();

  static {
    DEFINING_NOUNS.forEach((noun, type) -> {
      NOUN_TYPES.putIfAbsent(ArabicTextNormalizer.matchKey(noun), type);
    });
  }

  private static Map<String, String> table(String... typeAndNouns) {
    Map<String, String> table = new TreeMap<>();
    for (int i = 0; i < typeAndNouns.length; i += 2) {
      for (String noun : typeAndNouns[i + 1].split(" ")) {
        table.putIfAbsent(noun, typeAndNouns[i]);
      }
    }
    return table;
  }

  private static Set<String> keys(String... words) {
    Set<String> keys = new java.util.HashSet<>();
    for (String w : words) {
      keys.add(ArabicTextNormalizer.matchKey(w));
    }
    return Set.copyOf(keys);
  }

  /** Receives each article's title and first paragraph ({@code null} when it has none). */
  interface ArticleSink {
    void accept(String title, String firstParagraph);
  }

  /**
   * Reads a wikiextractor file: {@code <doc ... title="...">}, the title again, then one paragraph
   * a line, {@code </doc>}. The first paragraph is the first line of at least three words.
   */
  static void readArticles(Path file, ArticleSink sink) {
    try (InputStream raw = Files.newInputStream(file);
        InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String title = null;
      String paragraph = null;
      boolean titleLineSeen = false;
      for (String line; (line = reader.readLine()) != null; ) {
        if (line.startsWith("<doc ")) {
          Matcher m = TITLE_ATTRIBUTE.matcher(line);
          title = m.find() ? unescape(m.group(1)) : null;
          paragraph = null;
          titleLineSeen = false;
        } else if (line.startsWith("</doc>")) {
          if (title != null) {
            sink.accept(title, paragraph);
          }
          title = null;
        } else if (!titleLineSeen) {
          titleLineSeen = true;
        } else if (paragraph == null && line.strip().split("\\s+").length >= 3) {
          paragraph = line.strip();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String unescape(String attribute) {
    return attribute.replace("&quot;", "\"").replace("&amp;", "&").replace("&#039;", "'");
  }
}
