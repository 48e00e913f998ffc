package org.tessera.issuer.claim;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.config.ConfigException;

/**
 * Configuration of the learner claim flow, read from {@code ISSUER_CLAIM_TTL} and
 * {@code ISSUER_SMTP_*}. Without {@code ISSUER_SMTP_HOST} no e-mail is sent: the admin API
 * answers the claim URL instead, for the registrar to pass on.
 *
 * @param ttl how long a claim link works
 * @param smtp the mail server, when e-mail delivery is configured
 * @param retryDelays the waits before each retry of a failed e-mail (its length = retries)
 * @param verifierUrl the verifier the claim page makes share links at
 *     ({@code ISSUER_VERIFIER_URL}); none: the page offers no share link
 */
public record ClaimConfig(Duration ttl, Optional<SmtpSettings> smtp, List<Duration> retryDelays,
    Optional<URI> verifierUrl) {

  static final Duration DEFAULT_TTL = Duration.ofDays(30);
  static final List<Duration> DEFAULT_RETRIES =
      List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(2));
  private static final Duration MIN_TTL = Duration.ofMinutes(5);
  private static final Duration MAX_TTL = Duration.ofDays(366);

  public ClaimConfig {
    Objects.requireNonNull(ttl, "ttl");
    Objects.requireNonNull(smtp, "smtp");
    Objects.requireNonNull(verifierUrl, "verifierUrl");
    retryDelays = List.copyOf(retryDelays);
    if (ttl.compareTo(MIN_TTL) < 0 || ttl.compareTo(MAX_TTL) > 0) {
      throw new IllegalArgumentException("claim TTL must be between 5 minutes and 366 days");
    }
  }

  /** Without a verifier for share links. */
  public ClaimConfig(Duration ttl, Optional<SmtpSettings> smtp, List<Duration> retryDelays) {
    this(ttl, smtp, retryDelays, Optional.empty());
  }

  /** 30-day links, no e-mail. */
  public static ClaimConfig defaults() {
    return new ClaimConfig(DEFAULT_TTL, Optional.empty(), DEFAULT_RETRIES);
  }

  /**
   * Reads and validates the variables.
   *
   * @throws ConfigException listing every problem found
   */
  public static ClaimConfig fromEnvironment(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    Duration ttl = value(env, "ISSUER_CLAIM_TTL").map(raw -> parseTtl(raw, problems))
        .orElse(DEFAULT_TTL);
    Optional<SmtpSettings> smtp = value(env, "ISSUER_SMTP_HOST")
        .flatMap(host -> smtp(host, env, problems));
    if (value(env, "ISSUER_SMTP_HOST").isEmpty() && value(env, "ISSUER_SMTP_FROM").isPresent()) {
      problems.add("ISSUER_SMTP_FROM is set but ISSUER_SMTP_HOST is not");
    }
    Optional<URI> verifier = value(env, "ISSUER_VERIFIER_URL")
        .flatMap(raw -> verifierUrl(raw, problems));
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new ClaimConfig(ttl, smtp, DEFAULT_RETRIES, verifier);
  }

  /** An absolute https URL (http only for localhost), no query or fragment. */
  private static Optional<URI> verifierUrl(String raw, List<String> problems) {
    try {
      URI uri = new URI(raw);
      boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
      if (uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null
          && ("https".equals(uri.getScheme()) || ("http".equals(uri.getScheme()) && local))) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problems.add("ISSUER_VERIFIER_URL must be an https URL (http only for localhost)"
        + " without query or fragment");
    return Optional.empty();
  }

  private static Duration parseTtl(String raw, List<String> problems) {
    try {
      Duration ttl = Duration.parse(raw);
      if (ttl.compareTo(MIN_TTL) >= 0 && ttl.compareTo(MAX_TTL) <= 0) {
        return ttl;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.add("ISSUER_CLAIM_TTL must be an ISO-8601 duration between PT5M and P366D,"
        + " e.g. P30D");
    return DEFAULT_TTL;
  }

  private static Optional<SmtpSettings> smtp(String host, Map<String, String> env,
      List<String> problems) {
    boolean startTls = value(env, "ISSUER_SMTP_STARTTLS").map(v -> {
      if (!v.equalsIgnoreCase("true") && !v.equalsIgnoreCase("false")) {
        problems.add("ISSUER_SMTP_STARTTLS must be true or false");
      }
      return v.equalsIgnoreCase("true");
    }).orElse(true);
    int port = 587;
    Optional<String> rawPort = value(env, "ISSUER_SMTP_PORT");
    if (rawPort.isPresent()) {
      try {
        port = Integer.parseInt(rawPort.get());
      } catch (NumberFormatException e) {
        port = -1;
      }
      if (port < 1 || port > 65_535) {
        problems.add("ISSUER_SMTP_PORT must be a number between 1 and 65535");
      }
    }
    Optional<String> from = value(env, "ISSUER_SMTP_FROM");
    if (from.isEmpty()) {
      problems.add("ISSUER_SMTP_FROM is required when ISSUER_SMTP_HOST is set");
    } else if (!isAddress(from.get())) {
      problems.add("ISSUER_SMTP_FROM must be an e-mail address");
    }
    Optional<String> user = value(env, "ISSUER_SMTP_USER");
    Optional<String> password = Optional.ofNullable(env.get("ISSUER_SMTP_PASSWORD"))
        .filter(p -> !p.isEmpty());
    if (password.isPresent() && user.isEmpty()) {
      problems.add("ISSUER_SMTP_PASSWORD is set but ISSUER_SMTP_USER is not");
    }
    if (!problems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SmtpSettings(host, port, user, password, from.get(), startTls));
  }

  private static boolean isAddress(String raw) {
    try {
      new InternetAddress(raw, true).validate();
      return true;
    } catch (AddressException e) {
      return false;
    }
  }

  private static Optional<String> value(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
