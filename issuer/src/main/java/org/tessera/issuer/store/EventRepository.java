package org.tessera.issuer.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Plain JDBC access to the {@code events} audit trail (append only). */
public final class EventRepository {

  public void append(Connection c, AuditEvent event) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO events"
        + " (id, action, actor, target_id, created_at) VALUES (?, ?, ?, ?, ?)")) {
      s.setString(1, event.id());
      s.setString(2, event.action().name());
      s.setString(3, event.actor());
      s.setString(4, event.targetId().orElse(null));
      s.setLong(5, event.at().toEpochMilli());
      s.executeUpdate();
    }
  }

  public List<AuditEvent> forTarget(Connection c, String targetId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id, action, actor, target_id,"
        + " created_at FROM events WHERE target_id = ? ORDER BY created_at, id")) {
      s.setString(1, targetId);
      List<AuditEvent> events = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          events.add(new AuditEvent(rs.getString(1), AuditAction.valueOf(rs.getString(2)),
              rs.getString(3), Optional.ofNullable(rs.getString(4)),
              Instant.ofEpochMilli(rs.getLong(5))));
        }
      }
      return events;
    }
  }
}
