package org.tessera.issuer.achievements;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.store.Scope;

/** Plain JDBC access to {@code achievements}. */
public final class AchievementRepository {

  private static final String COLUMNS = "id, definition, suspension_enabled, created_at";

  private final Scope scope;

  public AchievementRepository(Scope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  public void insert(Connection c, AchievementRow row) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "INSERT INTO achievements (" + COLUMNS + ", institution_id) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, row.id());
      s.setString(2, row.definitionJson());
      s.setInt(3, row.suspensionEnabled() ? 1 : 0);
      s.setLong(4, row.createdAt().toEpochMilli());
      s.setString(5, scope.institutionId());
      s.executeUpdate();
    }
  }

  public Optional<AchievementRow> find(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM achievements WHERE id = ? AND institution_id = ?")) {
      s.setString(1, id);
      s.setString(2, scope.institutionId());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  public List<AchievementRow> list(Connection c, int limit, int offset) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
        + " FROM achievements WHERE institution_id = ? ORDER BY created_at, id LIMIT ? OFFSET ?")) {
      s.setString(1, scope.institutionId());
      s.setInt(2, limit);
      s.setInt(3, offset);
      List<AchievementRow> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(map(rs));
        }
      }
      return rows;
    }
  }

  private static AchievementRow map(ResultSet rs) throws SQLException {
    return new AchievementRow(rs.getString(1), rs.getString(2), rs.getInt(3) != 0,
        Instant.ofEpochMilli(rs.getLong(4)));
  }
}
