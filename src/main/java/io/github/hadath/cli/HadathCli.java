package io.github.hadath.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hadath-cli.jar} entry point. Each subcommand is its own class in this package.
 *
 * <p>Exit codes: 0 success, 1 bad usage, 2 some inputs failed.
 */
@Command(
    name = "hadath",
    mixinStandardHelpOptions = true,
    version = "hadath 0.1.0",
    description = "Arabic named entities, dates and events from news text.",
    exitCodeOnInvalidInput = 1,
    subcommands = {
      ExtractCommand.class,
      EvaluateEventsCommand.class,
      TrainNerCommand.class,
      EvaluateNerCommand.class,
      CommandLine.HelpCommand.class
    })
public final class HadathCli {

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    int exitCode =
        new CommandLine(new HadathCli())
            .setExecutionExceptionHandler(
                (exception, commandLine, parseResult) -> {
                  // A bug, not bad input (documents fail one by one): one line, no stack trace.
                  commandLine.getErr().println("hadath: internal error: " + exception);
                  return 1;
                })
            .execute(args);
    System.exit(exitCode);
  }
}
