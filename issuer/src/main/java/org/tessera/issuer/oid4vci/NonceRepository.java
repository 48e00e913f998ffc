package org.tessera.issuer.oid4vci;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;

/** Plain JDBC access to {@code oid4vci_nonces} (hashes only). */
final class NonceRepository {

  void insert(Connection c, String nonceHash, Instant expiresAt) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO oid4vci_nonces (nonce_hash, expires_at) VALUES (?, ?)")) {
      s.setString(1, nonceHash);
      s.setLong(2, expiresAt.toEpochMilli());
      s.executeUpdate();
    }
  }

  /** Deletes an unexpired nonce: true exactly once per issued nonce. */
  boolean consume(Connection c, String nonceHash, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "DELETE FROM oid4vci_nonces WHERE nonce_hash = ? AND expires_at > ?")) {
      s.setString(1, nonceHash);
      s.setLong(2, now.toEpochMilli());
      return s.executeUpdate() == 1;
    }
  }

  /** Drops expired nonces so an anonymous endpoint cannot grow the table without bound. */
  void purgeExpired(Connection c, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "DELETE FROM oid4vci_nonces WHERE expires_at <= ?")) {
      s.setLong(1, now.toEpochMilli());
      s.executeUpdate();
    }
  }
}
