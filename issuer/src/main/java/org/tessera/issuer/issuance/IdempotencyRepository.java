package org.tessera.issuer.issuance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.store.Scope;

/** Plain JDBC access to {@code idempotency_keys}. */
public final class IdempotencyRepository {

  /** A stored key: the request it was first used with and the credential that request made. */
  public record Stored(IdempotencyRecord record, String credentialId) {}

  private final Scope scope;

  public IdempotencyRepository(Scope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  /** Records {@code record} for {@code credentialId}; false when the key is already taken. */
  public boolean insertIfAbsent(Connection c, IdempotencyRecord record, String credentialId,
      Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO idempotency_keys"
        + " (idem_key, request_hash, credential_id, created_at, institution_id)"
        + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (institution_id, idem_key) DO NOTHING")) {
      s.setString(1, record.key());
      s.setString(2, record.requestHash());
      s.setString(3, credentialId);
      s.setLong(4, now.toEpochMilli());
      s.setString(5, scope.institutionId());
      return s.executeUpdate() == 1;
    }
  }

  public Optional<Stored> find(Connection c, String key) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT idem_key, request_hash,"
        + " credential_id FROM idempotency_keys WHERE idem_key = ? AND institution_id = ?")) {
      s.setString(1, key);
      s.setString(2, scope.institutionId());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(new Stored(
            new IdempotencyRecord(rs.getString(1), rs.getString(2)), rs.getString(3)))
            : Optional.empty();
      }
    }
  }
}
