package org.tessera.issuer.issuance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.status.StatusRef;
import org.tessera.issuer.store.Scope;
import org.tessera.issuer.store.StoreException;

/** Plain JDBC access to {@code sd_jwt_credentials}. */
public final class SdJwtRepository {

  private static final String COLUMNS = "credential_id, status_list_id, status_index, jti,"
      + " sd_jwt, signing_kid, holder_bound, created_at, updated_at";

  private final Scope scope;

  public SdJwtRepository(Scope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  public Optional<SdJwtRow> find(Connection c, String credentialId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
        + " FROM sd_jwt_credentials WHERE credential_id = ? AND institution_id = ?")) {
      s.setString(1, credentialId);
      s.setString(2, scope.institutionId());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  public void insert(Connection c, SdJwtRow row) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO sd_jwt_credentials (" + COLUMNS
        + ", institution_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, row.credentialId());
      s.setString(2, row.tokenStatus().listId());
      s.setInt(3, row.tokenStatus().index());
      s.setString(4, row.jti());
      s.setString(5, row.sdJwt());
      s.setString(6, row.signingKid());
      s.setInt(7, row.holderBound() ? 1 : 0);
      s.setLong(8, row.createdAt().toEpochMilli());
      s.setLong(9, row.updatedAt().toEpochMilli());
      s.setString(10, scope.institutionId());
      s.executeUpdate();
    }
  }

  /** Replaces the stored SD-JWT VC of an award; its status position never changes. */
  public void replace(Connection c, SdJwtRow row) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE sd_jwt_credentials SET jti = ?,"
        + " sd_jwt = ?, signing_kid = ?, holder_bound = ?, updated_at = ?"
        + " WHERE credential_id = ? AND institution_id = ?")) {
      s.setString(1, row.jti());
      s.setString(2, row.sdJwt());
      s.setString(3, row.signingKid());
      s.setInt(4, row.holderBound() ? 1 : 0);
      s.setLong(5, row.updatedAt().toEpochMilli());
      s.setString(6, row.credentialId());
      s.setString(7, scope.institutionId());
      if (s.executeUpdate() != 1) {
        throw new StoreException("SD-JWT VC row vanished during update");
      }
    }
  }

  private static SdJwtRow map(ResultSet rs) throws SQLException {
    return new SdJwtRow(rs.getString(1), new StatusRef(rs.getString(2), rs.getInt(3)),
        rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7) != 0,
        Instant.ofEpochMilli(rs.getLong(8)), Instant.ofEpochMilli(rs.getLong(9)));
  }
}
