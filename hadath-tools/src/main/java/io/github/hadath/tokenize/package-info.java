/**
 * The tools of the tokenizer, beside the library's classes of the same package: {@link
 * io.github.hadath.tokenize.SegmentationTableBuilder} writes the segmentation table the tokenizer
 * reads, from the corpora {@link io.github.hadath.tokenize.SegmentationCorpora} lists.
 */
package io.github.hadath.tokenize;
