package org.tessera.issuer.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.issuer.store.Scope;

/** Plain JDBC access to {@code api_tokens}. */
public final class TokenRepository {

  private static final String COLUMNS =
      "id, label, role, token_hash, created_at, created_by, revoked_at, institution_id";

  public void insert(Connection c, TokenRow row) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO api_tokens (" + COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, row.id());
      s.setString(2, row.label());
      s.setString(3, row.role());
      s.setString(4, row.tokenHash());
      s.setLong(5, row.createdAt().toEpochMilli());
      s.setString(6, row.createdBy());
      s.setObject(7, row.revokedAt().map(Instant::toEpochMilli).orElse(null));
      s.setString(8, row.institutionId().orElse(null));
      s.executeUpdate();
    }
  }

  public Optional<TokenRow> findByHash(Connection c, String tokenHash) throws SQLException {
    return one(c, "token_hash", tokenHash);
  }

  public Optional<TokenRow> find(Connection c, String id) throws SQLException {
    return one(c, "id", id);
  }

  /** Every token ({@code view} empty), or those serving the one institution {@code view}. */
  public List<TokenRow> list(Connection c, Optional<Scope> view) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM api_tokens"
        + (view.isPresent() ? " WHERE institution_id = ?" : "") + " ORDER BY created_at, id")) {
      if (view.isPresent()) {
        s.setString(1, view.get().institutionId());
      }
      return readAll(s);
    }
  }

  /** Marks a token revoked; false when it was unknown or already revoked. */
  public boolean revoke(Connection c, String id, Instant at) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE api_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL")) {
      s.setLong(1, at.toEpochMilli());
      s.setString(2, id);
      return s.executeUpdate() == 1;
    }
  }

  private Optional<TokenRow> one(Connection c, String column, String value) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
        + " FROM api_tokens WHERE " + column + " = ?")) {
      s.setString(1, value);
      return readAll(s).stream().findFirst();
    }
  }

  private static List<TokenRow> readAll(PreparedStatement s) throws SQLException {
    List<TokenRow> rows = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        long revoked = rs.getLong(7);
        Optional<Instant> revokedAt = rs.wasNull() ? Optional.empty()
            : Optional.of(Instant.ofEpochMilli(revoked));
        rows.add(new TokenRow(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), Instant.ofEpochMilli(rs.getLong(5)), rs.getString(6), revokedAt,
            Optional.ofNullable(rs.getString(8))));
      }
    }
    return rows;
  }
}
