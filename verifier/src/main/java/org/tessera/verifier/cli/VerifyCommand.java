package org.tessera.verifier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tessera.shared.badge.BakedBadges;
import org.tessera.shared.json.Json;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.VerifierConfig;
import org.tessera.verifier.checks.CredentialInput;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.pipeline.VerificationReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code verify <file|->}: verifies one credential; exit 0 verified, 1 not, 2 error. */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Verify a credential (compact JWT, EnvelopedVerifiableCredential or "
        + "{verifiableCredential: ...} JSON, or an OB 3.0 baked badge PNG/SVG) from a file or"
        + " - for stdin.")
final class VerifyCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "<file|->", description = "input file, or - for stdin")
  String input;

  @Option(names = "--json", description = "print the verification report as JSON")
  boolean json;

  @CommandLine.Mixin
  TrustOptions trust = new TrustOptions();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private final Clock clock;
  private final Map<String, String> env;
  private final InputStream stdin;

  VerifyCommand(Clock clock, Map<String, String> env, InputStream stdin) {
    this.clock = clock;
    this.env = env;
    this.stdin = stdin;
  }

  @Override
  public Integer call() throws IOException {
    VerifierConfig config = trust.config(env);
    String text = read();
    VerificationReport report;
    try (PinnedSafeFetcher fetcher = PinnedSafeFetcher.create(config.allowHttpLocalhost())) {
      report = Verifier.create(config, clock, fetcher).verify(text);
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

  /** Baked badge images may be up to {@link BakedBadges#MAX_BYTES}; text up to 1 MB. */
  private String read() throws IOException {
    byte[] bytes = InputFiles.read(input, stdin, BakedBadges.MAX_BYTES);
    if (!BakedBadges.looksLikeImage(bytes) && bytes.length > CredentialInput.MAX_INPUT_CHARS) {
      throw new IOException("input is too large");
    }
    return CredentialInput.fromFile(bytes);
  }
}
