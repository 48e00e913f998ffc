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
 */
public record PageConfig(URI publicBaseUrl, Optional<String> shareDbUrl,
    Optional<Path> receiptKey, String verifierId) {

  public static final String DEFAULT_DB_FILE = "data/verifier-shares.db";

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
        text(env, "VERIFIER_ID").orElse(base.toString()));
  }

  /** The public URL of share link {@code id}. */
  public String shareUrl(String id) {
    return publicBaseUrl.toString().replaceAll("/+$", "") + "/s/" + id;
  }

  private static Optional<String> text(Map<String, String> env, String name) {
    return Optional.ofNullable(env.get(name)).map(String::strip).filter(s -> !s.isEmpty());
  }
}
