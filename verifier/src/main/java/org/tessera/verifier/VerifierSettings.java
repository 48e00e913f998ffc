package org.tessera.verifier;

import java.util.Map;
import java.util.Objects;
import org.tessera.verifier.oid4vp.Oid4vpPolicy;
import org.tessera.verifier.page.PageConfig;
import org.tessera.verifier.presentation.PresentationPolicy;

/**
 * Everything the verifier app is configured with, read once at start-up: verification (trust
 * list, fetching, limits), the page's share links and receipts, the presentation limits and
 * the OpenID4VP transaction limits.
 */
public record VerifierSettings(VerifierConfig verification, PageConfig page,
    PresentationPolicy presentations, Oid4vpPolicy oid4vp) {

  public VerifierSettings {
    Objects.requireNonNull(verification, "verification");
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(presentations, "presentations");
    Objects.requireNonNull(oid4vp, "oid4vp");
  }

  /** With the default OpenID4VP limits. */
  public VerifierSettings(VerifierConfig verification, PageConfig page,
      PresentationPolicy presentations) {
    this(verification, page, presentations, Oid4vpPolicy.defaults());
  }

  /** With the default presentation limits. */
  public VerifierSettings(VerifierConfig verification, PageConfig page) {
    this(verification, page, PresentationPolicy.defaults());
  }

  /** Reads the {@code VERIFIER_*} environment variables. */
  public static VerifierSettings fromEnvironment(Map<String, String> env) {
    VerifierConfig verification = VerifierConfig.fromEnvironment(env);
    return new VerifierSettings(verification,
        PageConfig.fromEnvironment(env, verification.port()),
        PresentationPolicy.fromEnvironment(env), Oid4vpPolicy.fromEnvironment(env));
  }

  /** For tests and embedding: no share links, an ephemeral receipt key. */
  public static VerifierSettings of(VerifierConfig verification) {
    return new VerifierSettings(verification, PageConfig.defaults(verification.port()));
  }
}
