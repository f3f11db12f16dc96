/**
 * Named entities (PERS, LOC, ORG, MISC): a CRF trained on ANERcorp with Arabic features ({@link
 * io.github.hadath.ner.CrfEntityRecognizer}), gazetteers linked to ISO 3166, GeoNames and Wikidata
 * ({@link io.github.hadath.ner.GazetteerEntityRecognizer}) and the rules that merge them ({@link
 * io.github.hadath.ner.CombinedEntityRecognizer}. The trainer and the scorer of the CRF are in the
 * same package of the {@code hadath-tools} module.
 */
package io.github.hadath.ner;
