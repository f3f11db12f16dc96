/**
 * Sentences, words and tokens: {@link io.github.hadath.tokenize.CoreNlpArabicTokenizer} splits
 * proclitics and pronoun enclitics with Stanford CoreNLP's Arabic segmenter (the only class of
 * Hadath that talks to CoreNLP's tokenizer) and keeps each token's surface form, normalized form
 * and span in the original text.
 */
package io.github.hadath.tokenize;
