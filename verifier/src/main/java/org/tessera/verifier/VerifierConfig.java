package org.tessera.verifier;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.badge.BakedBadges;
import org.tessera.verifier.checks.ValidityCheck;
import org.tessera.verifier.checks.VerificationLimits;

/**
 * The verifier's configuration, validated when built (a bad configuration fails at start-up).
 *
 * @param port HTTP port ({@code VERIFIER_PORT}, default 8081)
 * @param trustList trust list path or URL ({@code VERIFIER_TRUST_LIST})
 * @param trustAnchor public JWK file of the trust-list anchor ({@code VERIFIER_TRUST_ANCHOR});
 *     required with a trust list
 * @param noTrustList explicit opt-out: run without a trust list, trust becomes a warning
 *     ({@code VERIFIER_NO_TRUST_LIST=true}); without it and without a list, nothing verifies
 * @param allowHttpLocalhost development switch: fetch http://localhost and 127.0.0.1
 *     ({@code VERIFIER_ALLOW_HTTP_LOCALHOST=true})
 * @param clockSkew tolerance for validity dates ({@code VERIFIER_CLOCK_SKEW_SECONDS}, default 60)
 * @param maxRequestBytes largest HTTP request body accepted
 * @param maxImageBytes largest baked badge image accepted over HTTP (raw image body or upload;
 *     {@code VERIFIER_MAX_IMAGE_BYTES}, default 8 MiB, between maxRequestBytes and the
 *     extractor's cap {@link BakedBadges#MAX_BYTES})
 * @param limits what one verification may cost: status entries and lists, one deadline
 */
public record VerifierConfig(
    int port,
    Optional<String> trustList,
    Optional<Path> trustAnchor,
    boolean noTrustList,
    boolean allowHttpLocalhost,
    Duration clockSkew,
    int maxRequestBytes,
    int maxImageBytes,
    VerificationLimits limits) {

  public static final int DEFAULT_PORT = 8081;
  public static final int DEFAULT_MAX_REQUEST_BYTES = 1_048_576;
  public static final int DEFAULT_MAX_IMAGE_BYTES = 8_388_608;

  public VerifierConfig {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port must be 0..65535");
    }
    Objects.requireNonNull(trustList, "trustList");
    Objects.requireNonNull(trustAnchor, "trustAnchor");
    Objects.requireNonNull(clockSkew, "clockSkew");
    Objects.requireNonNull(limits, "limits");
    if (trustList.isPresent() && trustAnchor.isEmpty()) {
      throw new IllegalArgumentException(
          "a trust list needs a trust anchor (--trust-anchor / VERIFIER_TRUST_ANCHOR)");
    }
    if (trustList.isPresent() && noTrustList) {
      throw new IllegalArgumentException("a trust list and --no-trust-list exclude each other");
    }
    if (clockSkew.isNegative()) {
      throw new IllegalArgumentException("clock skew must not be negative");
    }
    if (maxRequestBytes < 1024) {
      throw new IllegalArgumentException("maxRequestBytes must be at least 1024");
    }
    if (maxImageBytes < maxRequestBytes || maxImageBytes > BakedBadges.MAX_BYTES) {
      // Above the extractor's cap an image would be read only to be refused.
      throw new IllegalArgumentException("VERIFIER_MAX_IMAGE_BYTES must be between "
          + maxRequestBytes + " and " + BakedBadges.MAX_BYTES);
    }
  }

  /** Defaults: no trust list (fail closed), no development switch. */
  public static VerifierConfig defaults() {
    return new VerifierConfig(DEFAULT_PORT, Optional.empty(), Optional.empty(), false, false,
        ValidityCheck.DEFAULT_SKEW, DEFAULT_MAX_REQUEST_BYTES, DEFAULT_MAX_IMAGE_BYTES,
        VerificationLimits.defaults());
  }

  /** Reads the {@code VERIFIER_*} environment variables. */
  public static VerifierConfig fromEnvironment(Map<String, String> env) {
    return new VerifierConfig(
        Integer.parseInt(env.getOrDefault("VERIFIER_PORT", String.valueOf(DEFAULT_PORT)).strip()),
        text(env, "VERIFIER_TRUST_LIST"),
        text(env, "VERIFIER_TRUST_ANCHOR").map(Path::of),
        flag(env, "VERIFIER_NO_TRUST_LIST"),
        flag(env, "VERIFIER_ALLOW_HTTP_LOCALHOST"),
        Duration.ofSeconds(Long.parseLong(env.getOrDefault("VERIFIER_CLOCK_SKEW_SECONDS",
            String.valueOf(ValidityCheck.DEFAULT_SKEW.toSeconds())).strip())),
        DEFAULT_MAX_REQUEST_BYTES,
        Integer.parseInt(env.getOrDefault("VERIFIER_MAX_IMAGE_BYTES",
            String.valueOf(DEFAULT_MAX_IMAGE_BYTES)).strip()),
        VerificationLimits.fromEnvironment(env));
  }

  public VerifierConfig withTrustList(Optional<String> list, Optional<Path> anchor,
      boolean disabled) {
    return new VerifierConfig(port, list, anchor, disabled, allowHttpLocalhost, clockSkew,
        maxRequestBytes, maxImageBytes, limits);
  }

  public VerifierConfig withAllowHttpLocalhost(boolean allow) {
    return new VerifierConfig(port, trustList, trustAnchor, noTrustList, allow, clockSkew,
        maxRequestBytes, maxImageBytes, limits);
  }

  public VerifierConfig withLimits(VerificationLimits newLimits) {
    return new VerifierConfig(port, trustList, trustAnchor, noTrustList, allowHttpLocalhost,
        clockSkew, maxRequestBytes, maxImageBytes, newLimits);
  }

  private static Optional<String> text(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }

  private static boolean flag(Map<String, String> env, String name) {
    String value = text(env, name).orElse("false");
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(name + " must be true or false");
    }
    return value.equals("true");
  }
}
