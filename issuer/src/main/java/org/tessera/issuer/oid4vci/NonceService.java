package org.tessera.issuer.oid4vci;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.tessera.issuer.store.Database;
import org.tessera.shared.json.Json;

/** Issues unpredictable, short-lived, single-use {@code c_nonce} values. */
final class NonceService {

  private final Database db;
  private final NonceRepository nonces;
  private final Secrets secrets;
  private final Oid4vciSettings settings;
  private final Clock clock;

  NonceService(Database db, NonceRepository nonces, Secrets secrets, Oid4vciSettings settings,
      Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.nonces = Objects.requireNonNull(nonces, "nonces");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The nonce endpoint's answer: {@code {c_nonce}}. */
  OAuthResponse nonceResponse() {
    ObjectNode body = Json.object();
    body.put("c_nonce", issue());
    return OAuthResponse.ok(body);
  }

  /** Adds a fresh {@code c_nonce} and {@code c_nonce_expires_in} (draft 13) to {@code body}. */
  ObjectNode withFreshNonce(ObjectNode body) {
    body.put("c_nonce", issue());
    body.put("c_nonce_expires_in", settings.nonceTtl().toSeconds());
    return body;
  }

  String issue() {
    String nonce = secrets.token();
    Instant now = clock.instant();
    db.inTransaction(c -> {
      nonces.purgeExpired(c, now);
      nonces.insert(c, Secrets.hash(nonce), now.plus(settings.nonceTtl()));
      return null;
    });
    return nonce;
  }

  /** Uses up {@code nonce} inside the caller's transaction: true once, if it is unexpired. */
  boolean consume(Connection c, String nonce) throws SQLException {
    return nonces.consume(c, Secrets.hash(nonce), clock.instant());
  }
}
