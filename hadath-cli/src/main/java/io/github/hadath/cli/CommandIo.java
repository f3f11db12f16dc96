package io.github.hadath.cli;

import io.github.hadath.Hadath;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * What a command that analyzes documents runs with: how it builds its pipeline and its three
 * streams. The jar uses the process's ({@link #ofProcess()}); tests give their own, sharing one
 * pipeline.
 *
 * @param pipelines builds the pipeline for a maximum document length in UTF-16 chars
 * @param stdin where {@code -} reads from
 * @param stdout where records or the page go when {@code --output} is not given
 * @param stderr messages and the progress bar
 */
record CommandIo(IntFunction<Hadath> pipelines, InputStream stdin, OutputStream stdout, PrintStream stderr) {

  /** The default pipeline and the process's streams (UTF-8 on standard error). */
  static CommandIo ofProcess() {
    return new CommandIo(
        maxLength -> Hadath.builder().maxDocumentLength(maxLength).build(),
        System.in,
        new FileOutputStream(FileDescriptor.out),
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
  }
}
