package org.tessera.verifier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tessera.shared.json.Json;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.presentation.PresentationExpectations;
import org.tessera.verifier.presentation.PresentationPolicy;
import org.tessera.verifier.presentation.PresentationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code verify-presentation <file|-> --nonce N --audience A}: verifies a presentation and every
 * credential in it; exit 0 verified, 1 not, 2 error. One run remembers nothing, so the replay
 * check only matters to a long-running verifier ({@code serve}).
 */
@Command(name = "verify-presentation", mixinStandardHelpOptions = true,
    description = "Verify a presentation (VP JWT, vp+jwt, EnvelopedVerifiablePresentation or "
        + "{verifiablePresentation: ...} JSON) of a holder's credentials from a file or - for"
        + " stdin (VERIFIER_PRESENTATION_WINDOW_SECONDS, VERIFIER_PRESENTATION_MAX_CREDENTIALS).")
final class VerifyPresentationCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<file|->", description = "input file, or - for stdin")
  String input;

  @Option(names = "--nonce", required = true, paramLabel = "<nonce>",
      description = "the nonce (challenge) the holder was given")
  String nonce;

  @Option(names = "--audience", required = true, paramLabel = "<aud>",
      description = "the audience (client id, domain) the presentation must be addressed to")
  String audience;

  @Option(names = "--json", description = "print the presentation report as JSON")
  boolean json;

  @CommandLine.Mixin
  TrustOptions trust = new TrustOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Clock clock;
  private final Map<String, String> env;
  private final InputStream stdin;

  VerifyPresentationCommand(Clock clock, Map<String, String> env, InputStream stdin) {
    this.clock = clock;
    this.env = env;
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws IOException {
    PresentationExpectations expected = PresentationExpectations.of(nonce, audience)
        .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
            "--nonce and --audience must be 1.." + PresentationExpectations.MAX_CHARS
                + " characters"));
    VerifierConfig config = trust.config(env);
    PresentationPolicy policy = PresentationPolicy.fromEnvironment(env);
    String text = new String(InputFiles.read(input, stdin, policy.maxChars()),
        StandardCharsets.UTF_8);
    PresentationReport report;
    try (PinnedSafeFetcher fetcher = PinnedSafeFetcher.create(config.allowHttpLocalhost())) {
      report = Verifier.create(config, policy, clock, fetcher).verifyPresentation(text, expected);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.writePretty(report.toJson()));
    } else {
      HumanReport.print(report, out);
    }
    out.flush();
    return report.verified() ? Cli.VERIFIED : Cli.NOT_VERIFIED;
  }
}
