/**
 * Sentences, words and tokens, and the word layer every later stage reads.
 *
 * <ul>
 *   <li>{@link io.github.hadath.tokenize.CoreNlpArabicTokenizer} splits proclitics and pronoun
 *       enclitics with Stanford CoreNLP's Arabic segmenter (the only class of Hadath that talks to
 *       CoreNLP's tokenizer) and keeps each token's surface form, normalized form and span in the
 *       original text.
 *   <li>Each {@link io.github.hadath.tokenize.Word} carries its {@link
 *       io.github.hadath.tokenize.WordForms}, computed once: match key, the readings a lookup
 *       tries, guessed proclitics, stem and bare stem.
 *   <li>{@link io.github.hadath.tokenize.Proclitics} is the one place that knows Arabic
 *       proclitics; the readings each stage needs are its parameters and named methods.
 *   <li>{@link io.github.hadath.tokenize.PhraseTrie} is the one phrase matcher, behind the
 *       gazetteers, the CRF's name lists and the event templates.
 * </ul>
 */
package io.github.hadath.tokenize;
