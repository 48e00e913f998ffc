package org.tessera.verifier.cli;

import java.time.Clock;

/** Entry point of {@code tessera-verifier.jar}: only reads the environment and runs the CLI. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int code = Cli.commandLine(Clock.systemUTC(), System.getenv(), System.in).execute(args);
    System.exit(code);
  }
}
