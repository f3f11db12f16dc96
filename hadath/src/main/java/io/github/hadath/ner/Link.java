package io.github.hadath.ner;

import java.util.Objects;

/**
 * The knowledge-base entry a mention refers to.
 *
 * @param kind what the entry is, which also fixes the id scheme
 * @param id the entry's id in that scheme: ISO 3166-1 alpha-2 for {@link Kind#COUNTRY} («MA»),
 *     GeoNames id for {@link Kind#CITY} («2542997»), Wikidata id for {@link Kind#ORGANIZATION}
 *     («Q8475») and {@link Kind#REGION} («Q36678»); null only for a {@link Kind#CITY} the knowledge
 *     base lacks ({@link #unlistedPlace}), which never comes from the entity stage
 * @param name the entry's canonical English name («Morocco», «Marrakesh», «INTERPOL»)
 * @param countryCode ISO 3166-1 alpha-2 code of the country the entry lies in (its own id for a
 *     country, «MA» for Marrakesh), or null when it has none (most organizations)
 */
public record Link(Kind kind, String id, String name, String countryCode) {

  /** Kinds of linked entries. */
  public enum Kind {
    /** A country, id ISO 3166-1 alpha-2. */
    COUNTRY,
    /** A city or town, id GeoNames. */
    CITY,
    /** An organization, id Wikidata. */
    ORGANIZATION,
    /**
     * A region that is neither a country nor a city: a continent, a part of the world, a
     * territory or a constituent country («الضفة الغربية», «أوروبا», «إنجلترا»), id Wikidata.
     */
    REGION
  }

  /**
   * @throws NullPointerException if {@code kind} or {@code name} is null, or {@code id} is null
   *     for any kind but {@link Kind#CITY}
   */
  public Link {
    Objects.requireNonNull(kind, "kind");
    if (kind != Kind.CITY) {
      Objects.requireNonNull(id, "id");
    }
    Objects.requireNonNull(name, "name");
  }

  /**
   * A town or area that GeoNames' cities15000 lacks, named as the text writes it («تيشيت» after
   * «مدينة»): kind {@link Kind#CITY}, no id, no country. The event stage gives it as a city.
   *
   * @throws NullPointerException if {@code name} is null
   */
  public static Link unlistedPlace(String name) {
    return new Link(Kind.CITY, null, name, null);
  }

  /** True when the entry has an id in the knowledge base (always, except {@link #unlistedPlace}). */
  public boolean isListed() {
    return id != null;
  }
}
