package org.tessera.verifier.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
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

  @Option(names = "--trust-list", paramLabel = "<path|url>",
      description = "trust list JWT (default: $VERIFIER_TRUST_LIST)")
  Optional<String> trustList = Optional.empty();

  @Option(names = "--trust-anchor", paramLabel = "<key file>",
      description = "public JWK of the trust-list anchor (default: $VERIFIER_TRUST_ANCHOR)")
  Optional<Path> trustAnchor = Optional.empty();

  @Option(names = "--no-trust-list",
      description = "verify without a trust list: trust becomes a warning, not a failure")
  boolean noTrustList;

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
    VerifierConfig base = VerifierConfig.fromEnvironment(env);
    Optional<String> list = trustList.or(base::trustList);
    Optional<Path> anchor = trustAnchor.or(base::trustAnchor);
    if (noTrustList) {
      list = Optional.empty();
    }
    VerifierConfig config = base.withTrustList(list, anchor, noTrustList || base.noTrustList());
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
    byte[] bytes;
    if (input.equals("-")) {
      bytes = stdin.readNBytes(BakedBadges.MAX_BYTES + 1);
    } else {
      Path path = Path.of(input);
      if (Files.size(path) > BakedBadges.MAX_BYTES) {
        throw new IOException("input file is too large");
      }
      bytes = Files.readAllBytes(path);
    }
    if (bytes.length > BakedBadges.MAX_BYTES
        || (!BakedBadges.looksLikeImage(bytes) && bytes.length > CredentialInput.MAX_INPUT_CHARS)) {
      throw new IOException("input is too large");
    }
    return CredentialInput.fromFile(bytes);
  }
}
