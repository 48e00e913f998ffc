package org.tessera.issuer.claim;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.store.Scope;

/** Plain JDBC access to {@code claims}. */
public final class ClaimRepository {

  private final Scope scope;

  public ClaimRepository(Scope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  /** Stores a new claim link and removes every older one of the same credential. */
  public void replaceFor(Connection c, ClaimRow row) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "DELETE FROM claims WHERE credential_id = ?" + Scope.CREDENTIAL_IN_SCOPE)) {
      s.setString(1, row.credentialId());
      s.setString(2, scope.institutionId());
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO claims (token_hash,"
        + " credential_id, created_at, expires_at, offer_sealed, offer_expires_at)"
        + " VALUES (?, ?, ?, ?, NULL, NULL)")) {
      s.setString(1, row.tokenHash());
      s.setString(2, row.credentialId());
      s.setLong(3, row.createdAt().toEpochMilli());
      s.setLong(4, row.expiresAt().toEpochMilli());
      s.executeUpdate();
    }
  }

  public Optional<ClaimRow> find(Connection c, String tokenHash) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT token_hash, credential_id,"
        + " created_at, expires_at, offer_sealed, offer_expires_at FROM claims"
        + " WHERE token_hash = ?" + Scope.CREDENTIAL_IN_SCOPE)) {
      s.setString(1, tokenHash);
      s.setString(2, scope.institutionId());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String sealed = rs.getString(5);
        long offerExpiry = rs.getLong(6);
        return Optional.of(new ClaimRow(rs.getString(1), rs.getString(2),
            Instant.ofEpochMilli(rs.getLong(3)), Instant.ofEpochMilli(rs.getLong(4)),
            Optional.ofNullable(sealed),
            sealed == null ? Optional.empty() : Optional.of(Instant.ofEpochMilli(offerExpiry))));
      }
    }
  }

  /** Replaces the sealed current offer of a claim link. */
  public void storeOffer(Connection c, String tokenHash, String sealed, Instant expiresAt)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE claims SET offer_sealed = ?,"
        + " offer_expires_at = ? WHERE token_hash = ?" + Scope.CREDENTIAL_IN_SCOPE)) {
      s.setString(1, sealed);
      s.setLong(2, expiresAt.toEpochMilli());
      s.setString(3, tokenHash);
      s.setString(4, scope.institutionId());
      s.executeUpdate();
    }
  }
}
