/**
 * The tools of the entity recognizer, beside the library's classes of the same package: the CRF
 * trainer ({@link io.github.hadath.ner.CrfNerTrainer}) and pruner, the word-class inducer, the
 * gazetteer compiler and name-list exporter that build the files the features read, the spelling
 * verdicts, and the CoNLL reader and scorer of {@code train-ner} and {@code evaluate-ner} ({@link
 * io.github.hadath.ner.ConllCorpus}, {@link io.github.hadath.ner.NerScores}).
 */
package io.github.hadath.ner;
