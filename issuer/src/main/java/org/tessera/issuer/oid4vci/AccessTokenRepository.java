package org.tessera.issuer.oid4vci;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.store.Scope;

/** Plain JDBC access to {@code oid4vci_access_tokens} (hashes only). */
final class AccessTokenRepository {

  static final String ACTIVE = "ACTIVE";
  static final String USED = "USED";
  static final String REVOKED = "REVOKED";

  /** What an active access token allows: collecting one credential through one offer. */
  record Grant(String offerId, String credentialId) {}

  private final Scope scope;

  AccessTokenRepository(Scope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  void insert(Connection c, String tokenHash, String offerId, String credentialId,
      Instant expiresAt) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO oid4vci_access_tokens"
        + " (token_hash, offer_id, credential_id, state, expires_at) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, tokenHash);
      s.setString(2, offerId);
      s.setString(3, credentialId);
      s.setString(4, ACTIVE);
      s.setLong(5, expiresAt.toEpochMilli());
      s.executeUpdate();
    }
  }

  /** The grant of an active, unexpired token. */
  Optional<Grant> findActive(Connection c, String tokenHash, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT offer_id, credential_id"
        + " FROM oid4vci_access_tokens WHERE token_hash = ? AND state = ? AND expires_at > ?"
        + Scope.CREDENTIAL_IN_SCOPE)) {
      s.setString(1, tokenHash);
      s.setString(2, ACTIVE);
      s.setLong(3, now.toEpochMilli());
      s.setString(4, scope.institutionId());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(new Grant(rs.getString(1), rs.getString(2)))
            : Optional.empty();
      }
    }
  }

  /** ACTIVE → USED; false when the token was used or revoked meanwhile. */
  boolean markUsed(Connection c, String tokenHash) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE oid4vci_access_tokens SET state = ?"
        + " WHERE token_hash = ? AND state = ?")) {
      s.setString(1, USED);
      s.setString(2, tokenHash);
      s.setString(3, ACTIVE);
      return s.executeUpdate() == 1;
    }
  }

  /** Revokes the active tokens of a credential (a new offer replaces the old ones). */
  void revokeForCredential(Connection c, String credentialId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE oid4vci_access_tokens SET state = ?"
        + " WHERE credential_id = ? AND state = ?")) {
      s.setString(1, REVOKED);
      s.setString(2, credentialId);
      s.setString(3, ACTIVE);
      s.executeUpdate();
    }
  }
}
