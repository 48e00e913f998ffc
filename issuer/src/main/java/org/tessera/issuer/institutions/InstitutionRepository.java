package org.tessera.issuer.institutions;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.tessera.issuer.store.StoreException;

/** Plain JDBC access to {@code institutions}: which DID each institution id was published as. */
public final class InstitutionRepository {

  /**
   * Records the institution on first sight (several nodes may start at once: the primary key
   * settles it) and keeps its display name current. Returns the DID it was first recorded
   * with.
   */
  public String register(Connection c, String id, String did, String name, Instant now)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO institutions (id, did, name,"
        + " created_at, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
      s.setString(1, id);
      s.setString(2, did);
      s.setString(3, name);
      s.setLong(4, now.toEpochMilli());
      s.setLong(5, now.toEpochMilli());
      s.executeUpdate();
    }
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE institutions SET name = ?, updated_at = ? WHERE id = ? AND name <> ?")) {
      s.setString(1, name);
      s.setLong(2, now.toEpochMilli());
      s.setString(3, id);
      s.setString(4, name);
      s.executeUpdate();
    }
    return recordedDid(c, id).orElseThrow(() -> new StoreException("institution vanished"));
  }

  private static Optional<String> recordedDid(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT did FROM institutions WHERE id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }
}
