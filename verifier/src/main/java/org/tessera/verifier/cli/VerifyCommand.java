package org.tessera.verifier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.tessera.shared.badge.BakedBadges;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.checks.CredentialInput;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.sdjwt.SdJwtExpectations;
import org.tessera.verifier.status.StatusFreshness;
import org.tessera.verifier.transcript.TranscriptReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code verify <file|->}: verifies one credential (a learner record with every credential it
 * embeds); exit 0 verified, 1 not, 2 error.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Verify a credential (compact JWT, EnvelopedVerifiableCredential or "
        + "{verifiableCredential: ...} JSON, or an OB 3.0 baked badge PNG/SVG) or an Open Badges"
        + " 2.0 assertion (JSON, signed JWS, its URL, or a baked PNG/SVG) or an SD-JWT VC"
        + " (<jwt>~<disclosure>~...~[<kb-jwt>]) from a file or - for stdin.")
final class VerifyCommand extends VerifyingCommand {

  @Option(names = "--recipient-email", paramLabel = "<address>",
      description = "Open Badges 2.0: also check that the badge was issued to this address")
  String recipientEmail;

  @Option(names = "--nonce", paramLabel = "<nonce>",
      description = "SD-JWT VC: the key-binding JWT must carry this nonce")
  String nonce;

  @Option(names = "--audience", paramLabel = "<aud>",
      description = "SD-JWT VC: the key-binding JWT must be addressed to this audience")
  String audience;

  VerifyCommand(Clock clock, Map<String, String> env, InputStream stdin) {
    super(clock, env, stdin);
  }

  @Override
  public Integer call() throws IOException {
    VerifierConfig config = trust.config(env);
    String text = read();
    VerificationReport report;
    Optional<TranscriptReport> transcript;
    try (PinnedSafeFetcher fetcher = PinnedSafeFetcher.create(config.allowHttpLocalhost())) {
      Verifier verifier = Verifier.create(config, clock, fetcher);
      SdJwtExpectations expected = new SdJwtExpectations(Optional.ofNullable(nonce),
          Optional.ofNullable(audience));
      report = expected.requireKeyBinding() ? verifier.verifySdJwt(text, expected)
          : verifier.verify(text, StatusFreshness.CACHED, Optional.ofNullable(recipientEmail));
      transcript = verifier.transcript(report, StatusFreshness.CACHED);
    }
    if (transcript.isPresent()) {
      TranscriptReport clr = transcript.get();
      return print(clr.toJson(), out -> HumanReport.print(clr, out), clr.verified());
    }
    return print(report.toJson(), out -> HumanReport.print(report, out), report.verified());
  }

  /** Baked badge images may be up to {@link BakedBadges#MAX_BYTES}; text up to 1 MB. */
  private String read() throws IOException {
    byte[] bytes = InputFiles.read(input, stdin, BakedBadges.MAX_BYTES);
    if (!BakedBadges.looksLikeImage(bytes) && bytes.length > CredentialInput.MAX_INPUT_CHARS) {
      throw new IOException("input is too large");
    }
    return CredentialInput.fromFile(bytes);
  }
}
