package io.github.hadath.ner;

import io.github.hadath.text.Span;
import io.github.hadath.tokenize.TokenizedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Hadath's default entity recognizer: the {@link GazetteerEntityRecognizer gazetteer} and the
 * {@link CrfEntityRecognizer CRF} together, under one policy.
 *
 * <ol>
 *   <li>Gazetteer mentions are linked (country, city, organization with its id) and precise, so
 *       they are kept, except when a CRF mention strictly contains one: a person named after a
 *       place («جورج واشنطن») is the CRF's, and a CRF mention of the same type that extends a name
 *       («الولايات المتحدة الأمريكية») keeps the gazetteer's link. An organization or MISC name built
 *       around a linked place («جامعة قسنطينة», «معرض القاهرة الدولي للكتاب») yields to the place:
 *       the place is what the event stage needs for its city and host country, and a CRF mention
 *       carries no id.
 *   <li>Any other CRF mention that overlaps a gazetteer mention is dropped: where they disagree on
 *       the same words, the gazetteer wins.
 *   <li>CRF mentions that overlap nothing are added: all persons and MISC, and the LOC and ORG
 *       names the gazetteer does not know. A LOC or ORG one whose text the gazetteer can link
 *       (seeing through proclitics) gets that link when the types agree.
 * </ol>
 *
 * <p>Then the {@link InstitutionPhrases institution phrases} («وزارة الثقافة», «الهيئة العامة
 * للمعارض») are added as unlinked ORG mentions, since the CRF misses most of them: a phrase that
 * overlaps a gazetteer mention yields to it (the link is worth more), except when it begins with a
 * linked organization and goes on («الاتحاد الأوروبي لكرة القدم» is another
 * body than «الاتحاد الأوروبي») or holds a linked place after its head («جامعة عجلون الوطنية»,
 * where the place is part of the body's name) or names a body through the body or treaty its
 * members belong to («الاتفاقية الدولية بشأن النفايات الخطرة»), one that crosses a CRF
 * mention's boundary or lies inside a CRF mention yields to the CRF, and one that contains CRF
 * mentions replaces them («مركز الملك عبدالعزيز» over the person «عبدالعزيز»).
 *
 * <p>So a LOC becomes a country or a city with an id exactly when its words name a gazetteer entry
 * ({@link Link.Kind#COUNTRY} with ISO 3166-1 alpha-2, {@link Link.Kind#CITY} with GeoNames id).
 * Mentions are returned in text order, never overlapping. Thread-safe when both recognizers are.
 */
public final class CombinedEntityRecognizer implements EntityRecognizer {

  private final GazetteerEntityRecognizer gazetteer;
  private final CrfEntityRecognizer crf;
  private static final InstitutionPhrases INSTITUTIONS = new InstitutionPhrases();

  /**
   * Combines the two recognizers.
   *
   * @throws NullPointerException if either is null
   */
  public CombinedEntityRecognizer(GazetteerEntityRecognizer gazetteer, CrfEntityRecognizer crf) {
    this.gazetteer = Objects.requireNonNull(gazetteer, "gazetteer");
    this.crf = Objects.requireNonNull(crf, "crf");
  }

  /**
   * Loads both recognizers' bundled models from the classpath.
   *
   * @throws java.io.UncheckedIOException if a model is missing or unreadable
   */
  public static CombinedEntityRecognizer fromClasspath() {
    return new CombinedEntityRecognizer(
        GazetteerEntityRecognizer.fromClasspath(), CrfEntityRecognizer.fromClasspath());
  }

  @Override
  public List<EntityMention> recognize(TokenizedText text) {
    Objects.requireNonNull(text, "text");
    List<EntityMention> combined = combine(gazetteer.recognize(text), crf.recognize(text), this::linkOf);
    return withInstitutions(combined.stream().map(this::withoutLinkedProclitics).toList(), INSTITUTIONS.find(text));
  }

  /** Letters that may be glued proclitics before a name: «و», «ف», «ب», «ل», «ك». */
  private static final String PROCLITIC_LETTERS = "وفبلك";

  /**
   * A linked CRF mention that starts with proclitic letters the segmenter left on the word
   * («بوهران», «لوهران»), begun after them when the rest links to the same entry: the span of a
   * name never holds its preposition, as the gazetteer's spans do not.
   */
  private EntityMention withoutLinkedProclitics(EntityMention mention) {
    if (mention.link() == null || !mention.source().equals(CrfEntityRecognizer.SOURCE)) {
      return mention;
    }
    String text = mention.text();
    for (int k = 1; k <= 2 && k + 2 < text.length() && PROCLITIC_LETTERS.indexOf(text.charAt(k - 1)) >= 0; k++) {
      String rest = text.substring(k);
      if (gazetteer.link(rest).map(link -> link.equals(mention.link())).orElse(false)) {
        Span span = Span.of(mention.span().begin() + k, mention.span().end());
        return new EntityMention(mention.type(), rest, span, mention.link(), mention.source());
      }
    }
    return mention;
  }

  /**
   * Adds institution phrases to combined mentions by the policy in the class comment.
   *
   * @param combined mentions in text order, not overlapping
   * @param phrases institution phrases in text order, not overlapping
   * @return the mentions in text order, not overlapping
   */
  static List<EntityMention> withInstitutions(List<EntityMention> combined, List<EntityMention> phrases) {
    List<EntityMention> result = new ArrayList<>(combined);
    for (EntityMention phrase : phrases) {
      List<EntityMention> overlapping = overlapping(phrase.span(), result);
      boolean yields = false;
      for (EntityMention other : overlapping) {
        // «الاتحاد الأوروبي لكرة القدم» extends a linked body's name into another body.
        boolean extendsLinkedName = other.type() == EntityType.ORG && other.link() != null
            && other.span().begin() == phrase.span().begin() && phrase.span().end() > other.span().end();
        // «جامعة عجلون الوطنية», «غرفة تجارة دبي»: a place named after the head is part of the name.
        boolean namesAPlaceInside = other.type() == EntityType.LOC && other.link() != null
            && other.span().begin() > phrase.span().begin() && phrase.span().contains(other.span());
        // «اتفاقية التنوع البيولوجي», «رابطة برلمانات الدول الأعضاء في الاتحاد الإفريقي»: the
        // body named inside is how this one is named.
        boolean namesABodyInside = other.type() == EntityType.ORG && other.link() != null
            && other.span().begin() > phrase.span().begin() && phrase.span().contains(other.span())
            && INSTITUTIONS.namesThroughMembers(phrase);
        if (extendsLinkedName || namesAPlaceInside || namesABodyInside) {
          continue;
        }
        if (!other.source().equals(CrfEntityRecognizer.SOURCE) || other.link() != null || !phrase.span().contains(other.span()) || phrase.span().equals(other.span())) {
          yields = true;
          break;
        }
      }
      if (!yields) {
        result.removeAll(overlapping);
        result.add(phrase);
      }
    }
    result.sort(Comparator.comparing(EntityMention::span));
    return List.copyOf(result);
  }

  /**
   * Applies the policy to the two recognizers' mentions.
   *
   * @param fromGazetteer the gazetteer's mentions, not overlapping each other
   * @param fromCrf the CRF's mentions, not overlapping each other
   * @param linker the link of a CRF mention that overlaps no gazetteer mention, or null
   * @return the combined mentions in text order, not overlapping
   */
  static List<EntityMention> combine(
      List<EntityMention> fromGazetteer,
      List<EntityMention> fromCrf,
      Function<EntityMention, Link> linker) {
    List<EntityMention> result = new ArrayList<>(fromGazetteer.size() + fromCrf.size());
    List<EntityMention> keptGazetteer = new ArrayList<>(fromGazetteer);
    for (EntityMention mention : fromCrf) {
      List<EntityMention> overlapping = overlapping(mention.span(), fromGazetteer);
      if (overlapping.isEmpty()) {
        result.add(withLink(mention, linker.apply(mention)));
      } else if (strictlyContainsAll(mention, overlapping)
          && !wrapsALinkedPlace(mention, overlapping)) {
        keptGazetteer.removeAll(overlapping);
        result.add(withLink(mention, sameTypeLink(mention, overlapping)));
      }
    }
    result.addAll(keptGazetteer);
    result.sort(Comparator.comparing(EntityMention::span));
    return List.copyOf(result);
  }

  private static List<EntityMention> overlapping(Span span, List<EntityMention> mentions) {
    List<EntityMention> overlapping = new ArrayList<>(1);
    for (EntityMention mention : mentions) {
      if (mention.span().overlaps(span)) {
        overlapping.add(mention);
      }
    }
    return overlapping;
  }

  private static boolean strictlyContainsAll(EntityMention outer, List<EntityMention> inner) {
    for (EntityMention mention : inner) {
      if (!outer.span().contains(mention.span()) || outer.span().equals(mention.span())) {
        return false;
      }
    }
    return true;
  }

  /** True when an ORG or MISC mention contains a place the gazetteer linked. */
  private static boolean wrapsALinkedPlace(EntityMention outer, List<EntityMention> inner) {
    if (outer.type() != EntityType.ORG && outer.type() != EntityType.MISC) {
      return false;
    }
    for (EntityMention mention : inner) {
      if (mention.type() == EntityType.LOC && mention.link() != null) {
        return true;
      }
    }
    return false;
  }

  private static Link sameTypeLink(EntityMention mention, List<EntityMention> inner) {
    if (inner.size() == 1 && inner.get(0).type() == mention.type()) {
      return inner.get(0).link();
    }
    return null;
  }

  private Link linkOf(EntityMention mention) {
    if (mention.type() != EntityType.LOC && mention.type() != EntityType.ORG) {
      return null;
    }
    return gazetteer
        .link(mention.text())
        .filter(link -> GazetteerEntityRecognizer.typeOf(link) == mention.type())
        .orElse(null);
  }

  private static EntityMention withLink(EntityMention mention, Link link) {
    return link == null
        ? mention
        : new EntityMention(mention.type(), mention.text(), mention.span(), link, mention.source());
  }
}
