package org.tessera.verifier.roundtrip;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import org.tessera.verifier.cli.Cli;
import picocli.CommandLine;

/** The verifier's CLI in-process, allowed to fetch from the local test issuer over http. */
final class VerifierCli {

  private VerifierCli() {}

  /** Runs {@code args}; standard output goes to {@code out}, errors are dropped. */
  static int run(StringWriter out, String... args) {
    CommandLine cli = Cli.commandLine(Clock.systemUTC(),
        Map.of("VERIFIER_ALLOW_HTTP_LOCALHOST", "true"), new ByteArrayInputStream(new byte[0]));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(new StringWriter(), true));
    return cli.execute(args);
  }
}
