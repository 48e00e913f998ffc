package org.tessera.verifier.oid4vp;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * The limits of OpenID4VP transactions (decision 0037).
 *
 * @param lifetime how long a transaction can be fetched and answered
 *     ({@code VERIFIER_OID4VP_TRANSACTION_SECONDS}, default 300, 10 s .. 1 h)
 * @param capacity most transactions held at once, open or finished (default 1,000); when full,
 *     new ones are refused ({@code TRANSACTION_STORE_FULL}) rather than old ones forgotten
 * @param maxVpTokenChars longest {@code vp_token} read (default 512,000 characters)
 * @param maxPresentations most presentations in one {@code vp_token} (default 20)
 * @param allowRedirectUri offer the unsigned {@code redirect_uri:} client identifier, for
 *     development ({@code VERIFIER_OID4VP_ALLOW_REDIRECT_URI=true}; default false)
 */
public record Oid4vpPolicy(Duration lifetime, int capacity, int maxVpTokenChars,
    int maxPresentations, boolean allowRedirectUri) {

  public static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(5);
  public static final int DEFAULT_CAPACITY = 1_000;
  public static final int DEFAULT_MAX_VP_TOKEN_CHARS = 512_000;
  public static final int DEFAULT_MAX_PRESENTATIONS = 20;

  public Oid4vpPolicy {
    Objects.requireNonNull(lifetime, "lifetime");
    if (lifetime.compareTo(Duration.ofSeconds(1)) < 0
        || lifetime.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException("the transaction lifetime must be 1 s .. 1 h");
    }
    if (capacity < 1 || maxVpTokenChars < 1024 || maxPresentations < 1) {
      throw new IllegalArgumentException("OpenID4VP limits must be positive");
    }
  }

  public static Oid4vpPolicy defaults() {
    return new Oid4vpPolicy(DEFAULT_LIFETIME, DEFAULT_CAPACITY, DEFAULT_MAX_VP_TOKEN_CHARS,
        DEFAULT_MAX_PRESENTATIONS, false);
  }

  /** Reads {@code VERIFIER_OID4VP_TRANSACTION_SECONDS} and {@code ..._ALLOW_REDIRECT_URI}. */
  public static Oid4vpPolicy fromEnvironment(Map<String, String> env) {
    return defaults().withLifetime(Duration.ofSeconds(Long.parseLong(env.getOrDefault(
        "VERIFIER_OID4VP_TRANSACTION_SECONDS",
        String.valueOf(DEFAULT_LIFETIME.toSeconds())).strip())))
        .withRedirectUri(Boolean.parseBoolean(env.getOrDefault(
            "VERIFIER_OID4VP_ALLOW_REDIRECT_URI", "false").strip()));
  }

  public Oid4vpPolicy withRedirectUri(boolean allowed) {
    return new Oid4vpPolicy(lifetime, capacity, maxVpTokenChars, maxPresentations, allowed);
  }

  public Oid4vpPolicy withLifetime(Duration newLifetime) {
    return new Oid4vpPolicy(newLifetime, capacity, maxVpTokenChars, maxPresentations,
        allowRedirectUri);
  }

  public Oid4vpPolicy withMaxVpTokenChars(int chars) {
    return new Oid4vpPolicy(lifetime, capacity, chars, maxPresentations, allowRedirectUri);
  }
}
