package org.tessera.verifier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.presentation.PresentationExpectations;
import org.tessera.verifier.presentation.PresentationPolicy;
import org.tessera.verifier.presentation.PresentationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verify-presentation <file|-> --nonce N --audience A}: verifies a presentation and every
 * credential in it; exit 0 verified, 1 not, 2 error. One run remembers nothing, so the replay
 * check only matters to a long-running verifier ({@code serve}).
 */
@Command(name = "verify-presentation", mixinStandardHelpOptions = true,
    description = "Verify a presentation (VP JWT, vp+jwt, EnvelopedVerifiablePresentation or "
        + "{verifiablePresentation: ...} JSON) of a holder's credentials from a file or - for"
        + " stdin (VERIFIER_PRESENTATION_WINDOW_SECONDS, VERIFIER_PRESENTATION_MAX_CREDENTIALS).")
final class VerifyPresentationCommand extends VerifyingCommand {

  @Option(names = "--nonce", required = true, paramLabel = "<nonce>",
      description = "the nonce (challenge) the holder was given")
  String nonce;

  @Option(names = "--audience", required = true, paramLabel = "<aud>",
      description = "the audience (client id, domain) the presentation must be addressed to")
  String audience;

  VerifyPresentationCommand(Clock clock, Map<String, String> env, InputStream stdin) {
    super(clock, env, stdin);
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
    return print(report.toJson(), out -> HumanReport.print(report, out), report.verified());
  }
}
