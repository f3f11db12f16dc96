/**
 * Normalization of Arabic text that keeps offsets: {@link io.github.hadath.text.ArabicTextNormalizer}
 * folds letter variants, drops diacritics, tatweel and format characters, and records every length
 * change so that {@link io.github.hadath.text.NormalizedText} maps a normalized range back to a
 * {@link io.github.hadath.text.Span} of the original text.
 */
package io.github.hadath.text;
