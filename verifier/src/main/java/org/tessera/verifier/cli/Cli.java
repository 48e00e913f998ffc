package org.tessera.verifier.cli;

import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line: {@code verify}, {@code verify-presentation}, {@code serve},
 * {@code trust-list sign}. Exit codes (contract):
 * 0 verified / done, 1 not verified, 2 usage or I/O error.
 */
@Command(name = "tessera-verifier", mixinStandardHelpOptions = true,
    description = "Verify Open Badges 3.0 / CMF micro-credentials (VC-JWT).")
public final class Cli {

  public static final int VERIFIED = 0;
  public static final int NOT_VERIFIED = 1;
  public static final int ERROR = 2;

  private Cli() {}

  /** The command line, with what the outside world provides injected (tests pass fakes). */
  public static CommandLine commandLine(Clock clock, Map<String, String> env, InputStream stdin) {
    CommandLine commandLine = new CommandLine(new Cli())
        .addSubcommand(new VerifyCommand(clock, env, stdin))
        .addSubcommand(new VerifyPresentationCommand(clock, env, stdin))
        .addSubcommand(new ServeCommand(clock, env))
        .addSubcommand(new CommandLine(new TrustListCommand())
            .addSubcommand(new TrustListSignCommand(clock)));
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("error: " + describe(e));
      return ERROR;
    });
    return commandLine;
  }

  private static String describe(Exception e) {
    if (e instanceof java.nio.file.NoSuchFileException missing) {
      return "no such file: " + missing.getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Group command for trust-list tools. */
  @Command(name = "trust-list", mixinStandardHelpOptions = true,
      description = "Trust-list operator tools.")
  static final class TrustListCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
      throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: sign");
    }
  }
}
