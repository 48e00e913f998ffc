package org.tessera.verifier.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.tessera.verifier.VerifierConfig;
import picocli.CommandLine.Option;

/** The trust-list options of every verifying command, over the {@code VERIFIER_*} defaults. */
final class TrustOptions {

  @Option(names = "--trust-list", paramLabel = "<path|url>",
      description = "trust list JWT (default: $VERIFIER_TRUST_LIST)")
  Optional<String> trustList = Optional.empty();

  @Option(names = "--trust-anchor", paramLabel = "<key file>",
      description = "public JWK of the trust-list anchor (default: $VERIFIER_TRUST_ANCHOR)")
  Optional<Path> trustAnchor = Optional.empty();

  @Option(names = "--no-trust-list",
      description = "verify without a trust list: trust becomes a warning, not a failure")
  boolean noTrustList;

  /** The environment's configuration with these options applied. */
  VerifierConfig config(Map<String, String> env) {
    VerifierConfig base = VerifierConfig.fromEnvironment(env);
    Optional<String> list = noTrustList ? Optional.empty() : trustList.or(base::trustList);
    Optional<Path> anchor = trustAnchor.or(base::trustAnchor);
    return base.withTrustList(list, anchor, noTrustList || base.noTrustList());
  }
}
