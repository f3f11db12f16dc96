package io.github.hadath.ner;

import java.util.Objects;

/**
 * The knowledge-base entry a mention refers to.
 *
 * @param kind what the entry is, which also fixes the id scheme
 * @param id the entry's id in that scheme: ISO 3166-1 alpha-2 for {@link Kind#COUNTRY} («MA»),
 *     GeoNames id for {@link Kind#CITY} («2542997»), Wikidata id for {@link Kind#ORGANIZATION}
 *     («Q8475») and {@link Kind#REGION} («Q36678»)
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

  public Link {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
  }
}
