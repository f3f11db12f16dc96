package io.github.hadath.ner;

/**
 * Entity classes. The first four are those of ANERcorp (Benajiba and Rosso 2008) and CoNLL; the
 * last three are found by rules.
 */
public enum EntityType {
  /** A person. */
  PERS,
  /** A location: country, city, region, geographic feature. */
  LOC,
  /** An organization: international body, government, company, party, team. */
  ORG,
  /** Other named things: nationalities, events, products. */
  MISC,
  /** A calendar date or date range. */
  DATE,
  /** A cardinal number. */
  NUMBER,
  /** An ordinal number («الثالثة والتسعين»). */
  ORDINAL
}
