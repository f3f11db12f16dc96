package io.github.hadath.ner;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.Clique;
import edu.stanford.nlp.util.PaddedList;
import io.github.hadath.tokenize.WordForms;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * CoreNLP feature factory with Arabic features for {@link CrfEntityRecognizer}: it adds, to the
 * stock features CoreNLP's flags switch on, features read from the {@link WordForms} of each
 * word. Part of the CRF adapter, so it may use CoreNLP types.
 *
 * <p>CoreNLP instantiates the factory by reflection from the training flags and serializes it
 * inside the model, so the feature sets a model was trained with travel with it. Features of
 * clique C are conjoined with the current label, those of clique CpC with the label pair.
 *
 * @param <IN> CoreNLP's token type
 */
public final class ArabicCrfFeatureFactory<IN extends CoreLabel> extends NERFeatureFactory<IN> {

  private static final long serialVersionUID = 1L;

  /** The groups of Arabic features; a model lists those it was trained with. */
  public enum FeatureSet {
    /** Match key, proclitics, stem and bare stem of the current word. */
    FORMS,
    /** Prefixes and suffixes (1 to 4 letters) of the bare stem, its length and script. */
    AFFIXES,
    /** Forms of the words up to two before and after, and word pairs. */
    CONTEXT,
    /** Proclitics and article of the current word conjoined with the label pair. */
    TRANSITIONS,
    /**
     * Membership of the word in a gazetteer phrase (country, city, organization), as begin or
     * inside, with proclitics of the phrase's first word ignored.
     */
    GAZETTEER,
    /**
     * How often the bare stem occurs in the training text, in buckets (rare, 2–4, 5–19, 20–99,
     * 100+), for the word and its neighbours. Arabic has no capital letters; rarity is the best
     * surface cue that a word is a name. Counts come from the tokens only, never the tags.
     */
    FREQUENCY,
    /**
     * What the Penn Arabic Treebank says of the word and its neighbours ({@link AtbLexicon}):
     * unknown, mostly a proper noun, sometimes one, or never; and the word's most frequent coarse
     * tag. The nearest thing Arabic has to capital letters.
     */
    LEXICON,
    /**
     * The bare stems of the words up to four before and after, each as a feature of
     * its side but not its distance: a bag of words that tells a football report («مباراة»,
     * «فريق») from a city in the news.
     */
    WINDOW,
    /** Whether the word and its neighbours are listed given names ({@link FirstNames}). */
    NAMES,
    /**
     * Membership of the word in a listed organization name ({@link NamePhrases#organizations}), as
     * begin or inside, with the name's category; after a word of such a name, whether this word
     * continues it, starts another or lies outside (where the listed name ends).
     */
    ORGANIZATIONS,
    /**
     * Membership of the word in a listed person name ({@link NamePhrases#persons}), as begin or
     * inside, with the person's category; after a word of such a name, where it ends.
     */
    PERSONS,
    /**
     * Whether the Arabic spelling dictionary ({@link ArabicSpelling}) knows the word and its
     * neighbours: a word it does not know is likely a transliterated name.
     */
    SPELLING,
    /**
     * Membership of the word in a listed place name ({@link NamePhrases#places}): provinces,
     * towns, seas, rivers, mountains, regions, as begin or inside, with the place's category;
     * after a word of such a name, where it ends.
     */
    PLACES,
    /**
     * Whether the word and the word before it are listed currency names ({@link CurrencyNames}),
     * which ANERcorp tags as MISC, also conjoined with the word's article.
     */
    CURRENCIES,
    /**
     * The distributional classes ({@link WordClasses}) of the word's match key and of its bare
     * stem at each granularity, and of the neighbours' keys at the coarser two: knowledge of
     * words the training text never showed, learned from 11M words of unlabeled Arabic. A word
     * too rare there has class «-»; a stem gives an unseen inflection («وبكييف») a class.
     */
    CLASSES,
    /**
     * Whether the word and its neighbours are words of person names ({@link NameTokens}: Wikidata
     * person-name tokens and Arabic given and family names), conjoined with the spelling verdict.
     */
    NAME_TOKENS,
    /**
     * Membership of the word in an ArWikiCats label ({@link NamePhrases#wikiNames}: people, sports
     * clubs, cities, places), as begin or inside, with its category; after a word of such a
     * name, where it ends.
     */
    WIKI_NAMES,
    /**
     * Membership of the word in a Wikipedia article title typed by its first sentence ({@link
     * NamePhrases#wikiTitles}, built by {@code WikiTitleTyper} of {@code hadath-tools}: PERS, LOC,
     * ORG, MISC), as begin or inside, with its type; after a word of such a title, where it ends.
     */
    WIKI_TITLES,
    /**
     * More of the {@link #CLASSES}: the neighbours' classes at the finest granularity, the classes
     * two words away at the coarsest, the class pairs of the word and each neighbour at the middle
     * one, and the bare stem's coarsest class on the label pair.
     */
    CLASS_CONTEXT,
    /**
     * The hierarchical cluster ({@link BrownPaths}) of the word's bare stem as path prefixes of 4,
     * 6, 10 and 20 bits, and of the neighbours' bare stems at 4 and 6 bits (Ratinov and Roth,
     * CoNLL 2009): one tree read at several depths, beside the flat {@link #CLASSES}.
     */
    BROWN
  }

  private static final int MAX_AFFIX = 4;
  private static final int WINDOW = 4;
  private static final String BOUNDARY = "<S>";

  private final EnumSet<FeatureSet> featureSets;
  private final HashMap<String, Integer> counts;

  /**
   * Creates a factory with the feature sets named in {@code spec}.
   *
   * @param spec feature set names separated by commas, case-insensitive («forms,affixes»)
   * @throws IllegalArgumentException if a name is not a {@link FeatureSet}
   */
  public ArabicCrfFeatureFactory(String spec) {
    this(spec, "");
  }

  /**
   * Creates a factory with the feature sets named in {@code spec} and the training text's counts.
   *
   * @param spec feature set names separated by commas, case-insensitive
   * @param counts one «bare stem TAB count» per line, for the {@link FeatureSet#FREQUENCY} set
   * @throws IllegalArgumentException if a name is not a {@link FeatureSet} or a count line is
   *     malformed
   */
  public ArabicCrfFeatureFactory(String spec, String counts) {
    this.featureSets = parse(spec);
    this.counts = new HashMap<>();
    for (String line : counts.split("\n")) {
      int tab = line.lastIndexOf('\t');
      if (tab >= 0) {
        this.counts.put(line.substring(0, tab), Integer.parseInt(line.substring(tab + 1)));
      } else if (!line.isEmpty()) {
        throw new IllegalArgumentException("expected «stem TAB count», found «" + line + "»");
      }
    }
  }

  /** The counts table {@link #ArabicCrfFeatureFactory(String, String)} reads. */
  static String countsTable(Map<String, Integer> counts) {
    StringBuilder table = new StringBuilder(counts.size() * 12);
    counts.forEach((stem, count) -> table.append(stem).append('\t').append(count).append('\n'));
    return table.toString();
  }

  /**
   * Parses a feature set list.
   *
   * @throws IllegalArgumentException if a name is not a {@link FeatureSet}
   */
  static EnumSet<FeatureSet> parse(String spec) {
    EnumSet<FeatureSet> sets = EnumSet.noneOf(FeatureSet.class);
    for (String name : spec.split(",")) {
      if (!name.isBlank()) {
        try {
          sets.add(FeatureSet.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "unknown feature set «" + name.strip() + "», expected some of "
                  + EnumSet.allOf(FeatureSet.class).toString().toLowerCase(Locale.ROOT), e);
        }
      }
    }
    return sets;
  }

  /** The feature sets this factory adds. */
  public Set<FeatureSet> featureSets() {
    return EnumSet.copyOf(featureSets);
  }

  @Override
  public Collection<String> getCliqueFeatures(PaddedList<IN> info, int loc, Clique clique) {
    Collection<String> features = super.getCliqueFeatures(info, loc, clique);
    if (clique == cliqueC) {
      addCurrentFeatures(info, loc, features);
    } else if (clique == cliqueCpC && featureSets.contains(FeatureSet.TRANSITIONS)) {
      WordForms c = forms(info.get(loc));
      features.add("PC=" + c.proclitics() + "|CpC");
      features.add("AL=" + c.hasArticle() + "|CpC");
    }
    if (clique == cliqueCpC && featureSets.contains(FeatureSet.CLASS_CONTEXT)) {
      features.add("WB0=" + classOf(classes(info.get(loc)).bare(), 0) + "|CpC");
    }
    if (clique == cliqueCpC && featureSets.contains(FeatureSet.LEXICON)) {
      features.add("LX=" + lexicon(info.get(loc)).properNounClass() + "|CpC");
    }
    return features;
  }

  private void addCurrentFeatures(PaddedList<IN> info, int loc, Collection<String> out) {
    WordForms c = forms(info.get(loc));
    if (featureSets.contains(FeatureSet.FORMS)) {
      out.add("K=" + c.key() + "|C");
      out.add("S=" + c.stem() + "|C");
      out.add("B=" + c.bare() + "|C");
      out.add("PC=" + c.proclitics() + "|C");
      out.add("AL=" + c.hasArticle() + "|C");
    }
    if (featureSets.contains(FeatureSet.AFFIXES)) {
      String bare = c.bare();
      for (int n = 1; n <= Math.min(MAX_AFFIX, bare.length()); n++) {
        out.add("BP" + n + "=" + bare.substring(0, n) + "|C");
        out.add("BS" + n + "=" + bare.substring(bare.length() - n) + "|C");
      }
      out.add("LEN=" + Math.min(bare.length(), 10) + "|C");
      out.add("SC=" + script(c.key()) + "|C");
    }
    if (featureSets.contains(FeatureSet.CONTEXT)) {
      WordForms p = forms(info.get(loc - 1));
      WordForms n = forms(info.get(loc + 1));
      WordForms p2 = forms(info.get(loc - 2));
      WordForms n2 = forms(info.get(loc + 2));
      out.add("PS=" + p.stem() + "|C");
      out.add("NS=" + n.stem() + "|C");
      out.add("PB=" + p.bare() + "|C");
      out.add("NB=" + n.bare() + "|C");
      out.add("P2S=" + p2.stem() + "|C");
      out.add("N2S=" + n2.stem() + "|C");
      out.add("PPC=" + p.proclitics() + "|C");
      out.add("NPC=" + n.proclitics() + "|C");
      out.add("PAL=" + p.hasArticle() + "|C");
      out.add("NAL=" + n.hasArticle() + "|C");
      out.add("PB-CB=" + p.bare() + "_" + c.bare() + "|C");
      out.add("CB-NB=" + c.bare() + "_" + n.bare() + "|C");
      out.add("NS2=" + suffix(n.bare(), 2) + "|C");
      out.add("PS2=" + suffix(p.bare(), 2) + "|C");
    }
    if (featureSets.contains(FeatureSet.FREQUENCY)) {
      String cf = frequency(c);
      out.add("FQ=" + cf + "|C");
      out.add("FQ-AL=" + cf + c.hasArticle() + "|C");
      out.add("PFQ=" + frequency(forms(info.get(loc - 1))) + "|C");
      out.add("NFQ=" + frequency(forms(info.get(loc + 1))) + "|C");
    }
    if (featureSets.contains(FeatureSet.LEXICON)) {
      LexiconView current = lexicon(info.get(loc));
      String cl = current.properNounClass();
      String pl = lexicon(info.get(loc - 1)).properNounClass();
      String nl = lexicon(info.get(loc + 1)).properNounClass();
      out.add("LX=" + cl + "|C");
      out.add("LT=" + current.tag() + "|C");
      out.add("LX-AL=" + cl + c.hasArticle() + "|C");
      out.add("PLX=" + pl + "|C");
      out.add("NLX=" + nl + "|C");
      out.add("P2LX=" + lexicon(info.get(loc - 2)).properNounClass() + "|C");
      out.add("N2LX=" + lexicon(info.get(loc + 2)).properNounClass() + "|C");
      out.add("PLX-LX-NLX=" + pl + cl + nl + "|C");
    }
    if (featureSets.contains(FeatureSet.NAMES)) {
      boolean cn = firstName(c);
      boolean pn = firstName(forms(info.get(loc - 1)));
      boolean nn = firstName(forms(info.get(loc + 1)));
      out.add("FN=" + cn + "|C");
      out.add("PFN=" + pn + "|C");
      out.add("NFN=" + nn + "|C");
      out.add("PFN-FN-NFN=" + pn + cn + nn + "|C");
    }
    if (featureSets.contains(FeatureSet.CURRENCIES)) {
      boolean currency = currency(info.get(loc));
      out.add("CUR=" + currency + "|C");
      out.add("CUR-AL=" + currency + c.hasArticle() + "|C");
      out.add("PCUR=" + currency(info.get(loc - 1)) + "|C");
    }
    if (featureSets.contains(FeatureSet.CLASSES)) {
      addClassFeatures(info, loc, c, out);
    }
    if (featureSets.contains(FeatureSet.CLASS_CONTEXT)) {
      addClassContextFeatures(info, loc, out);
    }
    if (featureSets.contains(FeatureSet.BROWN)) {
      addBrownFeatures(info, loc, out);
    }
    if (featureSets.contains(FeatureSet.NAME_TOKENS)) {
      boolean cn = nameToken(info.get(loc));
      boolean pn = nameToken(info.get(loc - 1));
      boolean nn = nameToken(info.get(loc + 1));
      out.add("NT=" + cn + "|C");
      out.add("PNT=" + pn + "|C");
      out.add("NNT=" + nn + "|C");
      out.add("PNT-NT-NNT=" + pn + cn + nn + "|C");
      out.add("NT-SP=" + cn + spelling(info.get(loc)) + "|C");
    }
    if (featureSets.contains(FeatureSet.WINDOW)) {
      for (int d = 1; d <= WINDOW; d++) {
        WordForms before = forms(info.get(loc - d));
        WordForms after = forms(info.get(loc + d));
        if (before != OUTSIDE) {
          out.add("WL=" + before.bare() + "|C");
        }
        if (after != OUTSIDE) {
          out.add("WR=" + after.bare() + "|C");
        }
      }
    }
    if (featureSets.contains(FeatureSet.SPELLING)) {
      String cs = spelling(info.get(loc));
      String ps = spelling(info.get(loc - 1));
      String ns = spelling(info.get(loc + 1));
      out.add("SP=" + cs + "|C");
      out.add("PSP=" + ps + "|C");
      out.add("NSP=" + ns + "|C");
      out.add("PSP-SP-NSP=" + ps + cs + ns + "|C");
      if (featureSets.contains(FeatureSet.LEXICON)) {
        out.add("SP-LX=" + cs + lexicon(info.get(loc)).properNounClass() + "|C");
      }
    }
    if (featureSets.contains(FeatureSet.ORGANIZATIONS)) {
      addMembership("ON", NamePhrases.organizations(), info, loc, out);
    }
    if (featureSets.contains(FeatureSet.PERSONS)) {
      addMembership("PN", NamePhrases.persons(), info, loc, out);
    }
    if (featureSets.contains(FeatureSet.PLACES)) {
      addMembership("GN", NamePhrases.places(), info, loc, out);
    }
    if (featureSets.contains(FeatureSet.WIKI_NAMES)) {
      addMembership("WN", NamePhrases.wikiNames(), info, loc, out);
    }
    if (featureSets.contains(FeatureSet.WIKI_TITLES)) {
      addMembership("WT", NamePhrases.wikiTitles(), info, loc, out);
    }
    if (featureSets.contains(FeatureSet.GAZETTEER)) {
      for (String feature : GazetteerPhrases.features(info, loc)) {
        out.add(feature + "|C");
      }
    }
  }

  private static void addClassFeatures(
      PaddedList<? extends CoreLabel> info, int loc, WordForms c, Collection<String> out) {
    WordClasses classes = WordClasses.shared();
    ClassView view = classes(info.get(loc));
    int[] key = view.key();
    int[] bare = view.bare();
    int[] prev = neighbourClasses(info.get(loc - 1));
    int[] next = neighbourClasses(info.get(loc + 1));
    for (int g = 0; g < classes.granularities().size(); g++) {
      out.add("WC" + g + "=" + classOf(key, g) + "|C");
      out.add("WB" + g + "=" + classOf(bare, g) + "|C");
      if (g < 2) {
        out.add("PWC" + g + "=" + classOf(prev, g) + "|C");
        out.add("NWC" + g + "=" + classOf(next, g) + "|C");
      }
    }
    out.add("WB0-AL=" + classOf(bare, 0) + c.hasArticle() + "|C");
  }

  private static void addClassContextFeatures(
      PaddedList<? extends CoreLabel> info, int loc, Collection<String> out) {
    int finest = WordClasses.shared().granularities().size() - 1;
    String key = classOf(classes(info.get(loc)).key(), 1);
    String prev = classOf(neighbourClasses(info.get(loc - 1)), 1);
    String next = classOf(neighbourClasses(info.get(loc + 1)), 1);
    out.add("PWCF=" + classOf(neighbourClasses(info.get(loc - 1)), finest) + "|C");
    out.add("NWCF=" + classOf(neighbourClasses(info.get(loc + 1)), finest) + "|C");
    out.add("P2WC0=" + classOf(neighbourClasses(info.get(loc - 2)), 0) + "|C");
    out.add("N2WC0=" + classOf(neighbourClasses(info.get(loc + 2)), 0) + "|C");
    out.add("PWC1-WC1=" + prev + "_" + key + "|C");
    out.add("WC1-NWC1=" + key + "_" + next + "|C");
  }

  private static final int[] BROWN_PREFIXES = {4, 6, 10, 20};
  private static final int BROWN_NEIGHBOUR_PREFIXES = 2;
  private static final String NO_PATH = "-";

  private static void addBrownFeatures(
      PaddedList<? extends CoreLabel> info, int loc, Collection<String> out) {
    String current = brownPath(info.get(loc));
    String prev = brownPath(info.get(loc - 1));
    String next = brownPath(info.get(loc + 1));
    for (int i = 0; i < BROWN_PREFIXES.length; i++) {
      int bits = BROWN_PREFIXES[i];
      out.add("BR" + bits + "=" + BrownPaths.prefix(current, bits) + "|C");
      if (i < BROWN_NEIGHBOUR_PREFIXES) {
        out.add("PBR" + bits + "=" + BrownPaths.prefix(prev, bits) + "|C");
        out.add("NBR" + bits + "=" + BrownPaths.prefix(next, bits) + "|C");
      }
    }
  }

  /**
   * The path of a word's bare stem, «-» when it has none, «<S>» beyond the sentence (both shorter
   * than the shortest prefix, so they pass through {@link BrownPaths#prefix} unchanged); looked
   * up once and kept on its token.
   */
  private static String brownPath(CoreLabel label) {
    WordForms f = forms(label);
    if (f == OUTSIDE) {
      return BOUNDARY;
    }
    String path = label.get(BrownAnnotation.class);
    if (path == null) {
      path = BrownPaths.shared().pathOf(f.bare());
      path = path == null ? NO_PATH : path;
      label.set(BrownAnnotation.class, path);
    }
    return path;
  }

  /** Caches a token's Brown path on its CoreLabel. */
  static final class BrownAnnotation implements CoreAnnotation<String> {
    @Override
    public Class<String> getType() {
      return String.class;
    }
  }

  private static final int[] EDGE_CLASSES = new int[0];

  private static int[] neighbourClasses(CoreLabel label) {
    return forms(label) == OUTSIDE ? EDGE_CLASSES : classes(label).key();
  }

  /** The classes of a word's key and bare stem, {@code null} for a word too rare to have one. */
  record ClassView(int[] key, int[] bare) {}

  /** The word's {@link ClassView}, looked up once and kept on its token. */
  private static ClassView classes(CoreLabel label) {
    ClassView view = label.get(ClassAnnotation.class);
    if (view == null) {
      WordForms f = forms(label);
      WordClasses table = WordClasses.shared();
      int[] key = table.classesOf(f.key());
      view = new ClassView(key, f.bare().equals(f.key()) ? key : table.classesOf(f.bare()));
      label.set(ClassAnnotation.class, view);
    }
    return view;
  }

  /** Caches a token's {@link ClassView} on its CoreLabel. */
  static final class ClassAnnotation implements CoreAnnotation<ClassView> {
    @Override
    public Class<ClassView> getType() {
      return ClassView.class;
    }
  }

  private static String classOf(int[] row, int g) {
    if (row == null) {
      return "-";
    }
    return row == EDGE_CLASSES ? BOUNDARY : Integer.toString(row[g]);
  }

  private String frequency(WordForms forms) {
    if (forms == OUTSIDE) {
      return BOUNDARY;
    }
    int count = counts.getOrDefault(forms.bare(), 0);
    return count <= 1 ? "rare" : count < 5 ? "2" : count < 20 ? "5" : count < 100 ? "20" : "100";
  }

  /**
   * What the lexicon features read of a word: «NNP», «nnp» or «-» ({@link
   * AtbLexicon.Entry#properNounClass}) and the coarse tag, «?» for both when the Treebank does not
   * know the word, «<S>» beyond the sentence.
   */
  record LexiconView(String properNounClass, String tag) {}

  private static final LexiconView UNKNOWN_WORD = new LexiconView("?", "?");
  private static final LexiconView BEYOND = new LexiconView(BOUNDARY, BOUNDARY);

  /** The word's {@link LexiconView}, looked up once and kept on its token. */
  private static LexiconView lexicon(CoreLabel label) {
    if (label.word() == null || label.word().isEmpty()) {
      return BEYOND; // the shared padding token: nothing is stored on it
    }
    LexiconView view = label.get(LexiconAnnotation.class);
    if (view == null) {
      AtbLexicon.Entry entry = AtbLexicon.shared().find(forms(label));
      view = entry == null ? UNKNOWN_WORD : new LexiconView(entry.properNounClass(), entry.tag());
      label.set(LexiconAnnotation.class, view);
    }
    return view;
  }

  /** Caches a token's {@link LexiconView} on its CoreLabel. */
  static final class LexiconAnnotation implements CoreAnnotation<LexiconView> {
    @Override
    public Class<LexiconView> getType() {
      return LexiconView.class;
    }
  }

  /**
   * Adds the word's membership in a listed name («category-B» or «category-I», and «B» or «I»)
   * and, after a word of a listed name, whether this word continues it («I»), starts another
   * («B») or lies outside («-»): the list says where its name ends, which the CRF cannot see
   * from the membership of one word.
   */
  private static void addMembership(
      String prefix, NamePhrases list, PaddedList<? extends CoreLabel> info, int loc,
      Collection<String> out) {
    String membership = list.membership(info, loc);
    if (!membership.isEmpty()) {
      out.add(prefix + "=" + membership + "|C");
      out.add(prefix + "=" + last(membership) + "|C");
    }
    if (!list.membership(info, loc - 1).isEmpty()) {
      out.add(prefix + "-AFTER=" + (membership.isEmpty() ? "-" : last(membership)) + "|C");
    }
  }

  private static String last(String membership) {
    return membership.substring(membership.length() - 1);
  }

  /** «K», «U» or «O» for the word's {@link ArabicSpelling.Verdict}, «S» beyond the sentence. */
  private static String spelling(CoreLabel label) {
    String word = label.word();
    if (word == null || word.isEmpty()) {
      return "S";
    }
    return ArabicSpelling.shared().verdict(word).name().substring(0, 1);
  }

  private static boolean nameToken(CoreLabel label) {
    if (label.word() == null || label.word().isEmpty()) {
      return false; // the shared padding token: nothing is stored on it
    }
    Boolean listed = label.get(NameTokenAnnotation.class);
    if (listed == null) {
      listed = NameTokens.shared().contains(forms(label));
      label.set(NameTokenAnnotation.class, listed);
    }
    return listed;
  }

  /** Caches whether a token is a listed name word on its CoreLabel. */
  static final class NameTokenAnnotation implements CoreAnnotation<Boolean> {
    @Override
    public Class<Boolean> getType() {
      return Boolean.class;
    }
  }

  private static boolean firstName(WordForms forms) {
    return forms != OUTSIDE && FirstNames.shared().contains(forms);
  }

  private static boolean currency(CoreLabel label) {
    if (label.word() == null || label.word().isEmpty()) {
      return false; // the shared padding token: nothing is stored on it
    }
    Boolean currency = label.get(CurrencyAnnotation.class);
    if (currency == null) {
      currency = CurrencyNames.shared().contains(forms(label));
      label.set(CurrencyAnnotation.class, currency);
    }
    return currency;
  }

  /** Caches whether a token is a listed currency on its CoreLabel. */
  static final class CurrencyAnnotation implements CoreAnnotation<Boolean> {
    @Override
    public Class<Boolean> getType() {
      return Boolean.class;
    }
  }

  private static String suffix(String s, int n) {
    return s.length() <= n ? s : s.substring(s.length() - n);
  }

  private static final WordForms OUTSIDE = new WordForms(BOUNDARY, "", BOUNDARY, BOUNDARY, List.of(BOUNDARY));

  /**
   * The forms of a token, computed once and kept on it. The padding token beyond the sentence
   * edges has no word and is shared between threads, so nothing is stored on it.
   */
  static WordForms forms(CoreLabel label) {
    String word = label.word();
    if (word == null || word.isEmpty()) {
      return OUTSIDE;
    }
    WordForms forms = label.get(FormsAnnotation.class);
    if (forms == null) {
      forms = WordForms.of(word);
      label.set(FormsAnnotation.class, forms);
    }
    return forms;
  }

  private static String script(String key) {
    boolean arabic = false;
    boolean digit = false;
    boolean latin = false;
    boolean other = false;
    for (int i = 0; i < key.length(); i++) {
      char ch = key.charAt(i);
      if (ch >= '\u0600' && ch <= '\u06FF') {
        arabic = true;
      } else if (ch >= '0' && ch <= '9') {
        digit = true;
      } else if (Character.isLetter(ch)) {
        latin = true;
      } else {
        other = true;
      }
    }
    return (arabic ? "A" : "") + (digit ? "D" : "") + (latin ? "L" : "") + (other ? "P" : "");
  }

  /** Caches the {@link WordForms} of a token on its CoreLabel. */
  static final class FormsAnnotation implements CoreAnnotation<WordForms> {
    @Override
    public Class<WordForms> getType() {
      return WordForms.class;
    }
  }
}
