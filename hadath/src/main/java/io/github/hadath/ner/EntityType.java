package io.github.hadath.ner;

/**
 * Entity classes, those of ANERcorp (Benajiba and Rosso 2008) and CoNLL 2003.
 *
 * <p>Dates are not entity mentions: they are {@link io.github.hadath.time.TimeExpression time
 * expressions}, with their TIMEX3 value.
 */
public enum EntityType {
  /** A person. */
  PERS,
  /** A location: country, city, region, geographic feature. */
  LOC,
  /** An organization: international body, government, company, party, team. */
  ORG,
  /** Other named things: nationalities, events, products. */
  MISC
}
