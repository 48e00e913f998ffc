package org.tessera.verifier;

import java.util.Map;
import java.util.Objects;
import org.tessera.verifier.page.PageConfig;

/**
 * Everything the verifier app is configured with, read once at start-up: verification (trust
 * list, fetching, limits) and the page's share links and receipts.
 */
public record VerifierSettings(VerifierConfig verification, PageConfig page) {

  public VerifierSettings {
    Objects.requireNonNull(verification, "verification");
    Objects.requireNonNull(page, "page");
  }

  /** Reads the {@code VERIFIER_*} environment variables. */
  public static VerifierSettings fromEnvironment(Map<String, String> env) {
    VerifierConfig verification = VerifierConfig.fromEnvironment(env);
    return new VerifierSettings(verification,
        PageConfig.fromEnvironment(env, verification.port()));
  }

  /** For tests and embedding: no share links, an ephemeral receipt key. */
  public static VerifierSettings of(VerifierConfig verification) {
    return new VerifierSettings(verification, PageConfig.defaults(verification.port()));
  }
}
