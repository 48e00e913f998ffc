package org.tessera.verifier.page;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration of the verification page, share links and receipts.
 *
 * @param publicBaseUrl the verifier's public URL, used in share links ({@code VERIFIER_BASE_URL},
 *     default {@code http://localhost:<port>})
 * @param shareDbUrl JDBC URL of the share store; empty = share links disabled
 *     ({@code VERIFIER_DB}: a file path, a {@code jdbc:} URL, or {@code none}; default
 *     {@code data/verifier-shares.db})
 * @param receiptKey private JWK file signing receipts ({@code VERIFIER_RECEIPT_KEY}); empty = an
 *     ephemeral development key, announced on the page
 * @param verifierId the receipts' {@code iss} ({@code VERIFIER_ID}, default the base URL)
 * @param shareRatePerMinute share links a client may create per minute, also the burst
 *     ({@code VERIFIER_SHARE_RATE}, default {@value #DEFAULT_SHARE_RATE}; {@code 0} = no limit)
 * @param trustProxy the client address is the last {@code X-Forwarded-For} entry
 *     ({@code VERIFIER_TRUST_PROXY=true}, only behind your own reverse proxy)
 */
public record PageConfig(URI publicBaseUrl, Optional<String> shareDbUrl,
    Optional<Path> receiptKey, String verifierId, int shareRatePerMinute, boolean trustProxy) {

  public static final String DEFAULT_DB_FILE = "data/verifier-shares.db";
  public static final int DEFAULT_SHARE_RATE = 10;

  public PageConfig {
    Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
    Objects.requireNonNull(shareDbUrl, "shareDbUrl");
    Objects.requireNonNull(receiptKey, "receiptKey");
    Objects.requireNonNull(verifierId, "verifierId");
    String scheme = publicBaseUrl.getScheme();
    if (!("https".equals(scheme) || "http".equals(scheme)) || publicBaseUrl.getHost() == null
        || publicBaseUrl.getQuery() != null || publicBaseUrl.getFragment() != null) {
      throw new IllegalArgumentException("VERIFIER_BASE_URL must be an http(s) URL without query");
    }
    if (verifierId.isBlank()) {
      throw new IllegalArgumentException("VERIFIER_ID must not be blank");
    }
    if (shareRatePerMinute < 0) {
      throw new IllegalArgumentException("VERIFIER_SHARE_RATE must not be negative");
    }
  }

  /** The default share-link budget, no proxy in front. */
  public PageConfig(URI publicBaseUrl, Optional<String> shareDbUrl, Optional<Path> receiptKey,
      String verifierId) {
    this(publicBaseUrl, shareDbUrl, receiptKey, verifierId, DEFAULT_SHARE_RATE, false);
  }

  /** For tests and embedding: no share store, an ephemeral receipt key. */
  public static PageConfig defaults(int port) {
    URI base = URI.create("http://localhost:" + port);
    return new PageConfig(base, Optional.empty(), Optional.empty(), base.toString());
  }

  public static PageConfig fromEnvironment(Map<String, String> env, int port) {
    URI base = URI.create(text(env, "VERIFIER_BASE_URL")
        .orElse("http://localhost:" + port).replaceAll("/+$", ""));
    String db = text(env, "VERIFIER_DB").orElse(DEFAULT_DB_FILE);
    Optional<String> jdbc = db.equals("none") ? Optional.empty()
        : Optional.of(db.startsWith("jdbc:") ? db : "jdbc:sqlite:" + db);
    return new PageConfig(base, jdbc, text(env, "VERIFIER_RECEIPT_KEY").map(Path::of),
        text(env, "VERIFIER_ID").orElse(base.toString()),
        text(env, "VERIFIER_SHARE_RATE").map(Integer::parseInt).orElse(DEFAULT_SHARE_RATE),
        text(env, "VERIFIER_TRUST_PROXY").map(Boolean::parseBoolean).orElse(false));
  }

  /** The public URL of share link {@code id}. */
  public String shareUrl(String id) {
    return publicBaseUrl.toString().replaceAll("/+$", "") + "/s/" + id;
  }

  private static Optional<String> text(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }
}
