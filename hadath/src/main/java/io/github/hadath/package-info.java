/**
 * Hadath: Arabic named entities, normalized dates and structured events from news text.
 *
 * <p>{@link io.github.hadath.Hadath} is the pipeline, built once and shared by threads; {@link
 * io.github.hadath.Hadath#analyze} returns an {@link io.github.hadath.Analysis} of one document and
 * {@link io.github.hadath.Hadath#analyzeAll} runs a batch in input order. The stages live in one
 * package each, in the order they run: {@code text} (normalization, offsets), {@code tokenize}
 * (CoreNLP's Arabic segmenter), {@code ner} (CRF, gazetteers, rules), {@code time} (TIMEX3) and
 * {@code event} (templates). Every span is a UTF-16 range of the original text, end exclusive.
 */
package io.github.hadath;
