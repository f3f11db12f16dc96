package io.github.hadath.ner;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import io.github.hadath.text.ArabicTextNormalizer;
import io.github.hadath.text.Span;
import io.github.hadath.tokenize.Sentence;
import io.github.hadath.tokenize.Token;
import io.github.hadath.tokenize.TokenizedText;
import io.github.hadath.tokenize.Word;
import io.github.hadath.tokenize.WordForms;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Statistical entity recognizer: a linear-chain CRF (CoreNLP's {@code CRFClassifier}) over
 * whitespace words, with the Arabic features of {@link ArabicCrfFeatureFactory}. The adapter that
 * owns CoreNLP's CRF; nothing outside it sees a CoreNLP type.
 *
 * <ul>
 *   <li>The default model {@value #DEFAULT_MODEL} is trained on the CAMeL Lab train split of
 *       ANERcorp (Benajiba, Rosso and Benedí Ruiz, CICLing 2007; split of Obeid et al., LREC
 *       2020; CC BY-SA 4.0) by {@code hadath-cli train-ner}; it tags PERS, LOC, ORG and MISC.
 *   <li>It reads whitespace words with their clitics attached, as ANERcorp writes them, so {@link
 *       #tag} scores the corpus's own tokens; {@link #recognize} feeds it the pipeline's {@link
 *       Word words} and maps each entity back onto the original text.
 *   <li>A mention never includes a proclitic: it starts at the first token of its first word that
 *       the segmenter did not mark {@link Token.Role#PROCLITIC} («المغرب» in «وبالمغرب»), and it
 *       ends with its last word, so it never stops inside a name.
 *   <li>A mention neither begins nor ends with a word that cannot carry a name (the article or a
 *       preposition alone, digits, tatweel), never runs across two such words in a row, and is
 *       dropped if it has no other word ({@link NamelessWords}): runs of particles give nothing.
 *   <li>{@link #recognize} tags a text as one document ({@link #tagDocument}): after the CRF, a
 *       name found once is tagged again where it recurs untagged within five sentences ({@link
 *       DocumentConsistency}). {@link #tag} reads one sentence alone.
 *   <li>{@link #recognize} never reports the name of God, «الله» alone (any spelling: «اللّه»,
 *       «لله» with its elided article; any type), as an entity. ANERcorp tags it MISC, and the
 *       CRF keeps that convention, so {@link #tag} and {@link #tagDocument} (what {@code
 *       evaluate-ner} scores) still return it; but in news it comes in formulas («بمشيئة الله»,
 *       «رحمه الله») that name no participant, and an application reading events does not want
 *       it among the entities. Names that contain it are kept: «عبد الله الثاني», «حزب الله».
 *   <li>Sentences longer than {@value #MAX_WORDS} words are tagged in pieces, so a huge input
 *       without punctuation cannot exhaust memory.
 *   <li>A sentence (or piece) that does not end with punctuation is tagged as if it ended with a
 *       full stop, as nearly every ANERcorp sentence does: at a bare sentence edge the model
 *       otherwise tends to run a name into the next word («الأردن أمس»).
 * </ul>
 *
 * <p>Thread-safe: the classifier is only read after loading.
 */
public final class CrfEntityRecognizer implements EntityRecognizer {

  /** Classpath location of the default model. */
  public static final String DEFAULT_MODEL = "models/ner/anercorp-crf.ser.gz";

  /** The {@link EntityMention#source()} of this recognizer's mentions. */
  public static final String SOURCE = "crf";

  static final int MAX_WORDS = 400;

  private final CRFClassifier<CoreLabel> classifier;
  private final CrfViterbiDecoder decoder;

  CrfEntityRecognizer(CRFClassifier<CoreLabel> classifier) {
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.decoder = new CrfViterbiDecoder(classifier);
  }

  private static CrfEntityRecognizer bundled;

  /**
   * The default model from the classpath, with the word lists and dictionaries its features read:
   * loaded at the first call (about 1 s of CPU on two threads, docs/performance.md), then shared,
   * since a recognizer is only read. A call while another thread loads it waits for that load.
   *
   * @throws UncheckedIOException if the model is missing or unreadable (the next call tries again)
   */
  public static synchronized CrfEntityRecognizer fromClasspath() {
    if (bundled == null) {
      InputStream in = CrfEntityRecognizer.class.getClassLoader().getResourceAsStream(DEFAULT_MODEL);
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("NER model " + DEFAULT_MODEL + " is not on the classpath"));
      }
      bundled = load(in, DEFAULT_MODEL);
    }
    return bundled;
  }

  /**
   * Loads a model written by {@link #save}.
   *
   * @throws UncheckedIOException if the file is missing or is not a CRF model
   */
  public static CrfEntityRecognizer load(Path model) {
    try {
      return load(Files.newInputStream(model), model.toString());
    } catch (NoSuchFileException e) {
      throw new UncheckedIOException("cannot read NER model " + model + ": no such file", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read NER model " + model + ": " + e.getMessage(), e);
    }
  }

  private static CrfEntityRecognizer load(InputStream in, String name) {
    // The word lists and dictionaries the features read (about 0.4 s of CPU together) load on a
    // thread of their own while this one reads the model (about 0.3 s).
    CompletableFuture<Void> resources = CompletableFuture.runAsync(
        CrfEntityRecognizer::loadFeatureResources, CrfEntityRecognizer::startLoader);
    try (InputStream model = new GZIPInputStream(new BufferedInputStream(in))) {
      CrfEntityRecognizer recognizer = new CrfEntityRecognizer(CRFClassifier.getClassifier(model));
      awaitResources(resources);
      // a resource not loaded above loads at its first use: make that now, so that loading the
      // model costs its time here and not in the first document's
      recognizer.tag(List.of("قال", "."));
      return recognizer;
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw new UncheckedIOException(
          "cannot read NER model " + name + ": " + e.getMessage(),
          e instanceof IOException io ? io : new IOException(e));
    }
  }

  /**
   * Loads the shared resources that {@link ArabicCrfFeatureFactory}'s features read. A resource a
   * new feature reads belongs here too; if it is missing, it loads at the first tagged sentence.
   */
  private static void loadFeatureResources() {
    AtbLexicon.shared();
    WordClasses.shared();
    NameTokens.shared();
    FirstNames.shared();
    CurrencyNames.shared();
    NamePhrases.organizations();
    NamePhrases.persons();
    NamePhrases.places();
    NamePhrases.wikiNames();
    GazetteerPhrases.gazetteer();
    ArabicSpelling.shared(); // last: it may wait for the tokenizer's thread to read the table
  }

  private static void startLoader(Runnable load) {
    Thread thread = new Thread(load, "hadath-feature-resources-loader");
    thread.setDaemon(true);
    thread.start();
  }

  /** Waits for the resources; a failure is thrown as it was thrown. */
  private static void awaitResources(CompletableFuture<Void> resources) {
    try {
      resources.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Writes the model, gzipped, creating parent directories.
   *
   * @throws UncheckedIOException if the file cannot be written
   */
  public void save(Path model) {
    try {
      if (model.toAbsolutePath().getParent() != null) {
        Files.createDirectories(model.toAbsolutePath().getParent());
      }
      try (OutputStream file = Files.newOutputStream(model);
          ObjectOutputStream out =
              new ObjectOutputStream(new GZIPOutputStream(new BufferedOutputStream(file)))) {
        classifier.serializeClassifier(out);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write NER model " + model + ": " + e.getMessage(), e);
    }
  }

  /**
   * Tags one sentence of whitespace tokens.
   *
   * @param tokens the words as written, clitics attached; may be empty
   * @return one BIO tag per token («B-PERS», «I-PERS», «O»)
   * @throws NullPointerException if {@code tokens} or one of them is null
   */
  public List<String> tag(List<String> tokens) {
    return tag(tokens, formsOf(tokens));
  }

  /** Tags one sentence whose words' {@link WordForms} are known already. */
  private List<String> tag(List<String> tokens, List<WordForms> forms) {
    List<String> tags = new ArrayList<>(tokens.size());
    for (int from = 0; from < tokens.size(); from += MAX_WORDS) {
      int to = Math.min(tokens.size(), from + MAX_WORDS);
      tags.addAll(tagPiece(tokens.subList(from, to), forms.subList(from, to)));
    }
    return tags;
  }

  private static List<WordForms> formsOf(List<String> tokens) {
    List<WordForms> forms = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      forms.add(WordForms.of(Objects.requireNonNull(token, "token")));
    }
    return forms;
  }

  /**
   * Tags the sentences of one document, then tags again the names it found where they recur
   * untagged within a few sentences ({@link DocumentConsistency}).
   *
   * @param sentences the document's sentences in order, each a list of whitespace tokens
   * @return one list of BIO tags per sentence
   * @throws NullPointerException if {@code sentences}, a sentence or a token is null
   */
  public List<List<String>> tagDocument(List<List<String>> sentences) {
    List<List<WordForms>> forms = new ArrayList<>(sentences.size());
    for (List<String> sentence : sentences) {
      forms.add(formsOf(sentence));
    }
    return tagDocument(sentences, forms);
  }

  /** Tags a document whose words' {@link WordForms} are known already, one list per sentence. */
  private List<List<String>> tagDocument(
      List<List<String>> sentences, List<List<WordForms>> forms) {
    List<List<String>> tags = new ArrayList<>(sentences.size());
    for (int s = 0; s < sentences.size(); s++) {
      tags.add(tag(sentences.get(s), forms.get(s)));
    }
    DocumentConsistency.apply(forms, tags);
    return tags;
  }

  private List<String> tagPiece(List<String> tokens, List<WordForms> forms) {
    if (tokens.stream().noneMatch(CrfEntityRecognizer::hasArabicLetter)) {
      return new ArrayList<>(Collections.nCopies(tokens.size(), "O"));
    }
    List<CoreLabel> labels = toLabels(tokens);
    for (int i = 0; i < labels.size(); i++) {
      // the word layer's forms, so the features never compute them again
      labels.get(i).set(ArabicCrfFeatureFactory.FormsAnnotation.class, forms.get(i));
    }
    boolean closed = !labels.isEmpty() && isPunctuation(tokens.get(tokens.size() - 1));
    if (!closed) {
      labels.add(fullStop());
    }
    return new ArrayList<>(decoder.bestLabels(labels).subList(0, tokens.size()));
  }

  private static CoreLabel fullStop() {
    CoreLabel label = new CoreLabel();
    label.setWord(".");
    label.setValue(".");
    return label;
  }

  private static boolean hasArabicLetter(String token) {
    return token
        .codePoints()
        .anyMatch(
            c -> Character.isLetter(c)
                && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
  }

  private static boolean isPunctuation(String token) {
    return token.codePoints().noneMatch(Character::isLetterOrDigit);
  }

  static List<CoreLabel> toLabels(List<String> tokens) {
    List<CoreLabel> labels = new ArrayList<>(tokens.size());
    for (String token : tokens) {
      CoreLabel label = new CoreLabel();
      label.setWord(Objects.requireNonNull(token, "token"));
      label.setValue(token);
      labels.add(label);
    }
    return labels;
  }

  @Override
  public List<EntityMention> recognize(TokenizedText text) {
    Objects.requireNonNull(text, "text");
    List<EntityMention> mentions = new ArrayList<>();
    List<List<Word>> sentences = new ArrayList<>(text.sentences().size());
    List<List<String>> tokens = new ArrayList<>(text.sentences().size());
    List<List<WordForms>> forms = new ArrayList<>(text.sentences().size());
    for (Sentence sentence : text.sentences()) {
      List<Word> words = wordsOf(text, sentence);
      sentences.add(words);
      tokens.add(words.stream().map(Word::text).toList());
      forms.add(words.stream().map(Word::forms).toList());
    }
    List<List<String>> documentTags = tagDocument(tokens, forms);
    for (int s = 0; s < sentences.size(); s++) {
      List<Word> words = sentences.get(s);
      for (BioChunk chunk : BioChunk.of(documentTags.get(s))) {
        EntityType type = typeOf(chunk.type());
        if (type == null) {
          continue;
        }
        for (int[] part : NamelessWords.nameParts(words, chunk.begin(), chunk.end())) {
          if (isDivineName(words.subList(part[0], part[1]))) {
            continue;
          }
          Span span = new Span(start(text, words.get(part[0])), words.get(part[1] - 1).span().end());
          mentions.add(new EntityMention(type, text.originalText(span), span, null, SOURCE));
        }
      }
    }
    return List.copyOf(mentions);
  }

  /**
   * True when the words are «الله» alone, read through its proclitics («بالله», «والله») or with
   * the article's alef elided after «ل» («لله»): the pipeline's policy above.
   */
  static boolean isDivineName(List<Word> words) {
    if (words.size() != 1) {
      return false;
    }
    WordForms forms = words.get(0).forms();
    String key = forms.key();
    if (key.equals("لله") || key.equals("ولله") || key.equals("فلله")) {
      return true;
    }
    return forms.readings().contains(GOD);
  }

  private static final String GOD = ArabicTextNormalizer.matchKey("الله");

  /** The words whose first token lies in {@code sentence}. */
  private static List<Word> wordsOf(TokenizedText text, Sentence sentence) {
    if (sentence.endToken() <= sentence.firstToken()) {
      return List.of();
    }
    int first = text.tokens().get(sentence.firstToken()).word();
    int last = text.tokens().get(sentence.endToken() - 1).word();
    return text.words().subList(first, last + 1);
  }

  /** Where a mention starting with {@code word} begins: after the word's proclitics. */
  private static int start(TokenizedText text, Word word) {
    for (Token token : text.tokensOf(word)) {
      if (token.role() != Token.Role.PROCLITIC) {
        return token.span().begin();
      }
    }
    return word.span().begin();
  }

  private static EntityType typeOf(String tagType) {
    for (EntityType type : EntityType.values()) {
      if (type.name().equals(tagType)) {
        return type;
      }
    }
    return null;
  }
}
