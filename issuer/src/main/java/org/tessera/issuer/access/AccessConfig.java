package org.tessera.issuer.access;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.config.ConfigException;
import org.tessera.issuer.config.Pkcs11Settings;

/**
 * Settings of access control, rate limits, key-state refresh and the optional PKCS#11 signer,
 * read from the environment next to {@link org.tessera.issuer.config.IssuerConfig}.
 *
 * @param publicPerMinute requests per minute (and burst) per client IP on public routes; 0 = off
 * @param apiPerMinute requests per minute (and burst) per token on the admin API; 0 = off
 * @param trustProxy take the client IP from the last {@code X-Forwarded-For} entry
 * @param keyRefresh how often a node re-reads the key states other nodes may have changed
 * @param pkcs11 the PKCS#11 signing key, if configured
 */
public record AccessConfig(int publicPerMinute, int apiPerMinute, boolean trustProxy,
    Duration keyRefresh, Optional<Pkcs11Settings> pkcs11) {

  static final int DEFAULT_PUBLIC_PER_MINUTE = 1_200;
  static final int DEFAULT_API_PER_MINUTE = 6_000;

  public AccessConfig {
    if (publicPerMinute < 0 || apiPerMinute < 0) {
      throw new IllegalArgumentException("rates must not be negative");
    }
    Objects.requireNonNull(keyRefresh, "keyRefresh");
    Objects.requireNonNull(pkcs11, "pkcs11");
  }

  /** The defaults: generous limits, 5 s key refresh, no PKCS#11. */
  public static AccessConfig defaults() {
    return new AccessConfig(DEFAULT_PUBLIC_PER_MINUTE, DEFAULT_API_PER_MINUTE, false,
        Duration.ofSeconds(5), Optional.empty());
  }

  /**
   * Reads {@code ISSUER_RATE_PUBLIC}, {@code ISSUER_RATE_API}, {@code ISSUER_TRUST_PROXY},
   * {@code ISSUER_KEY_REFRESH} (ms) and {@code ISSUER_PKCS11_CONFIG} / {@code _PIN} /
   * {@code _ALIAS} / {@code _KID}.
   *
   * @throws ConfigException listing every problem
   */
  public static AccessConfig fromEnvironment(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    int publicRate = number(env, "ISSUER_RATE_PUBLIC", DEFAULT_PUBLIC_PER_MINUTE, 0, 1_000_000,
        problems);
    int apiRate = number(env, "ISSUER_RATE_API", DEFAULT_API_PER_MINUTE, 0, 1_000_000, problems);
    String proxy = value(env, "ISSUER_TRUST_PROXY").orElse("false");
    if (!proxy.equals("true") && !proxy.equals("false")) {
      problems.add("ISSUER_TRUST_PROXY must be true or false");
    }
    int refreshMs = number(env, "ISSUER_KEY_REFRESH", 5_000, 100, 3_600_000, problems);
    Optional<Pkcs11Settings> pkcs11 = Optional.empty();
    Optional<String> p11Config = value(env, "ISSUER_PKCS11_CONFIG");
    if (p11Config.isPresent()) {
      Optional<String> pin = value(env, "ISSUER_PKCS11_PIN");
      Optional<String> alias = value(env, "ISSUER_PKCS11_ALIAS");
      if (pin.isEmpty()) {
        problems.add("ISSUER_PKCS11_PIN is required with ISSUER_PKCS11_CONFIG");
      }
      if (alias.isEmpty()) {
        problems.add("ISSUER_PKCS11_ALIAS is required with ISSUER_PKCS11_CONFIG");
      }
      if (pin.isPresent() && alias.isPresent()) {
        pkcs11 = Optional.of(new Pkcs11Settings(Path.of(p11Config.get()), pin.get(),
            alias.get(), value(env, "ISSUER_PKCS11_KID").orElse(alias.get())));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new AccessConfig(publicRate, apiRate, proxy.equals("true"),
        Duration.ofMillis(refreshMs), pkcs11);
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static int number(Map<String, String> env, String name, int fallback, int min, int max,
      List<String> problems) {
    Optional<String> raw = value(env, name);
    if (raw.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(raw.get());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(name + " must be a whole number from " + min + " to " + max);
    return fallback;
  }
}
