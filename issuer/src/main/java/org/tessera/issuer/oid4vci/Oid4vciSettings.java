package org.tessera.issuer.oid4vci;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.config.ConfigException;

/**
 * Lifetimes and limits of the OpenID4VCI flow.
 *
 * @param offerTtl how long a credential offer (and its pre-authorized code) can be redeemed
 * @param accessTokenTtl lifetime of an access token from the token endpoint
 * @param nonceTtl lifetime of a {@code c_nonce}
 * @param proofMaxAge how old a proof's {@code iat} may be
 * @param clockSkew how far in the future a proof's {@code iat} may be
 * @param maxTxCodeFailures wrong transaction codes after which the offer is locked
 */
public record Oid4vciSettings(Duration offerTtl, Duration accessTokenTtl, Duration nonceTtl,
    Duration proofMaxAge, Duration clockSkew, int maxTxCodeFailures) {

  public static final Oid4vciSettings DEFAULTS = new Oid4vciSettings(Duration.ofMinutes(10),
      Duration.ofMinutes(5), Duration.ofMinutes(5), Duration.ofMinutes(5),
      Duration.ofSeconds(60), 5);

  public Oid4vciSettings {
    for (Duration d : List.of(Objects.requireNonNull(offerTtl, "offerTtl"),
        Objects.requireNonNull(accessTokenTtl, "accessTokenTtl"),
        Objects.requireNonNull(nonceTtl, "nonceTtl"),
        Objects.requireNonNull(proofMaxAge, "proofMaxAge"),
        Objects.requireNonNull(clockSkew, "clockSkew"))) {
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException("durations must be positive");
      }
    }
    if (maxTxCodeFailures < 1) {
      throw new IllegalArgumentException("maxTxCodeFailures must be at least 1");
    }
  }

  /**
   * Reads {@code ISSUER_OFFER_TTL} (milliseconds, 1 minute to 30 days); the rest are defaults.
   *
   * @throws ConfigException for a bad value
   */
  public static Oid4vciSettings fromEnvironment(Map<String, String> env) {
    Optional<String> raw = Optional.ofNullable(env.get("ISSUER_OFFER_TTL")).map(String::strip)
        .filter(v -> !v.isEmpty());
    if (raw.isEmpty()) {
      return DEFAULTS;
    }
    List<String> problems = new ArrayList<>();
    try {
      long ms = Long.parseLong(raw.get());
      if (ms >= Duration.ofMinutes(1).toMillis() && ms <= Duration.ofDays(30).toMillis()) {
        return DEFAULTS.withOfferTtl(Duration.ofMillis(ms));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add("ISSUER_OFFER_TTL must be milliseconds between 60000 and 2592000000");
    throw new ConfigException(problems);
  }

  public Oid4vciSettings withOfferTtl(Duration ttl) {
    return new Oid4vciSettings(ttl, accessTokenTtl, nonceTtl, proofMaxAge, clockSkew,
        maxTxCodeFailures);
  }
}
