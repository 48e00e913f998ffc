package org.tessera.verifier.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.tessera.shared.json.Json;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * What {@code verify} and {@code verify-presentation} share: one input (file or stdin), the trust
 * options, {@code --json}, and how a report is printed and becomes the exit code.
 */
abstract class VerifyingCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<file|->", description = "input file, or - for stdin")
  String input;

  @Option(names = "--json", description = "print the report as JSON")
  boolean json;

  @CommandLine.Mixin
  TrustOptions trust = new TrustOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  final Clock clock;
  final Map<String, String> env;
  final InputStream stdin;

  VerifyingCommand(Clock clock, Map<String, String> env, InputStream stdin) {
    this.clock = clock;
    this.env = env;
    this.stdin = stdin;
  }

  /** Prints the report as JSON or for people; exit 0 when verified, else 1. */
  final int print(JsonNode reportJson, Consumer<PrintWriter> human, boolean verified) {
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.writePretty(reportJson));
    } else {
      human.accept(out);
    }
    out.flush();
    return verified ? Cli.VERIFIED : Cli.NOT_VERIFIED;
  }
}
