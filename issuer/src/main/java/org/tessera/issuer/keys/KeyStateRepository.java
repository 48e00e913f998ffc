package org.tessera.issuer.keys;

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

/** Plain JDBC access to {@code key_states}. */
public final class KeyStateRepository {

  private final Scope scope;

  public KeyStateRepository(Scope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  public List<KeyStateRow> all(Connection c) throws SQLException {
    List<KeyStateRow> rows = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT key_id, state, compromised_since,"
        + " updated_at FROM key_states WHERE institution_id = ? ORDER BY key_id")) {
      s.setString(1, scope.institutionId());
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long since = rs.getLong(3);
          Optional<Instant> compromised = rs.wasNull() ? Optional.empty()
              : Optional.of(Instant.ofEpochMilli(since));
          rows.add(new KeyStateRow(rs.getString(1), rs.getString(2), compromised,
              Instant.ofEpochMilli(rs.getLong(4))));
        }
      }
    }
    return rows;
  }

  /** Inserts or replaces the row of {@code row.keyId()}. */
  public void save(Connection c, KeyStateRow row) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE key_states SET state = ?,"
        + " compromised_since = ?, updated_at = ? WHERE key_id = ? AND institution_id = ?")) {
      bind(s, row);
      if (s.executeUpdate() == 1) {
        return;
      }
    }
    try (PreparedStatement s = c.prepareStatement("INSERT INTO key_states (state,"
        + " compromised_since, updated_at, key_id, institution_id) VALUES (?, ?, ?, ?, ?)")) {
      bind(s, row);
      s.executeUpdate();
    }
  }

  private void bind(PreparedStatement s, KeyStateRow row) throws SQLException {
    s.setString(1, row.state());
    s.setObject(2, row.compromisedSince().map(Instant::toEpochMilli).orElse(null));
    s.setLong(3, row.updatedAt().toEpochMilli());
    s.setString(4, row.keyId());
    s.setString(5, scope.institutionId());
  }
}
