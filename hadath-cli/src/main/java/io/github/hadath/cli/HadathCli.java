package io.github.hadath.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hadath-cli.jar} entry point. Each subcommand is its own class in this package.
 *
 * <p>Exit codes, the same for every subcommand: 0 success; 1 the command could not run (bad
 * usage, or an input file it needs is missing, unreadable or malformed); 2 it ran, but some
 * documents failed ({@code extract}, which writes an error record for each).
 */
@Command(
    name = "hadath",
    mixinStandardHelpOptions = true,
    version = "hadath 0.1.0",
    description = "Arabic named entities, dates and events from news text.",
    exitCodeOnInvalidInput = HadathCli.EXIT_USAGE,
    subcommands = {
      ExtractCommand.class,
      RenderCommand.class,
      EvaluateEventsCommand.class,
      TrainNerCommand.class,
      EvaluateNerCommand.class,
      WordClassesCommand.class,
      BrownClustersCommand.class,
      CommandLine.HelpCommand.class
    })
public final class HadathCli {

  static final int EXIT_OK = 0;
  static final int EXIT_USAGE = 1;
  static final int EXIT_SOME_FAILED = 2;

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    int exitCode =
        new CommandLine(new HadathCli())
            .setExecutionExceptionHandler(
                (exception, commandLine, parseResult) -> {
                  // A bug, not bad input (documents fail one by one): one line, no stack trace.
                  commandLine.getErr().println("hadath: internal error: " + exception);
                  return EXIT_USAGE;
                })
            .execute(args);
    System.exit(exitCode);
  }
}
