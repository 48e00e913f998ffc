package org.tessera.issuer.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.issuer.store.Scope;
import org.tessera.issuer.store.StoreException;

/**
 * Plain JDBC access to the {@code events} audit trail: append only, hash-chained. Every append
 * first bumps the single {@code audit_head} row: on PostgreSQL its row lock queues concurrent
 * appenders (also from other issuer nodes) until the holder commits, on SQLite the database is
 * single-writer anyway, so each new row chains onto the committed head and the chain stays linear.
 * One chain serves the whole deployment; each row names its institution.
 */
public final class EventRepository {

  private static final String COLUMNS =
      "seq, id, action, actor, target_id, created_at, detail, prev_hash, hash, institution_id";

  /** The institution whose events this repository appends; empty for deployment events. */
  private final Optional<Scope> scope;

  /** Appends the events of {@code scope}'s institution. */
  EventRepository(Scope scope) {
    this(Optional.of(scope));
  }

  private EventRepository(Optional<Scope> scope) {
    this.scope = scope;
  }

  /** Appends deployment-level events (no institution), e.g. about deployment-wide tokens. */
  public static EventRepository deployment() {
    return new EventRepository(Optional.empty());
  }

  /** The same chain, appending for {@code institution} (empty: deployment level). */
  static EventRepository of(Optional<Scope> institution) {
    return new EventRepository(institution);
  }

  /**
   * Appends {@code event} at the head of the chain, inside the caller's transaction. Features
   * record through {@link AuditLog}.
   */
  void append(Connection c, AuditEvent event) throws SQLException {
    Head head = lockHead(c);
    Optional<String> institution = scope.map(Scope::institutionId);
    String hash = EventChain.hash(head.hash(), head.seq(), event.id(), event.action().name(),
        event.actor(), event.targetId(), event.at().toEpochMilli(), event.detail(), institution);
    try (PreparedStatement s = c.prepareStatement("INSERT INTO events (" + COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setLong(1, head.seq());
      s.setString(2, event.id());
      s.setString(3, event.action().name());
      s.setString(4, event.actor());
      s.setString(5, event.targetId().orElse(null));
      s.setLong(6, event.at().toEpochMilli());
      s.setString(7, event.detail().orElse(null));
      s.setString(8, head.hash());
      s.setString(9, hash);
      s.setString(10, institution.orElse(null));
      s.executeUpdate();
    }
    setHead(c, hash);
  }

  /**
   * Chains rows written before the chain existed (seq NULL), oldest first. Returns how many.
   * Runs at start-up, in its own transaction.
   */
  public int chainLegacyRows(Connection c) throws SQLException {
    List<String[]> legacy = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT id, action, actor, target_id,"
        + " created_at, detail FROM events WHERE seq IS NULL ORDER BY created_at, id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        legacy.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), Long.toString(rs.getLong(5)), rs.getString(6)});
      }
    }
    for (String[] row : legacy) {
      Head head = lockHead(c);
      String hash = EventChain.hash(head.hash(), head.seq(), row[0], row[1], row[2],
          Optional.ofNullable(row[3]), Long.parseLong(row[4]), Optional.ofNullable(row[5]),
          Optional.empty());
      try (PreparedStatement s = c.prepareStatement(
          "UPDATE events SET seq = ?, prev_hash = ?, hash = ? WHERE id = ? AND seq IS NULL")) {
        s.setLong(1, head.seq());
        s.setString(2, head.hash());
        s.setString(3, hash);
        s.setString(4, row[0]);
        s.executeUpdate();
      }
      setHead(c, hash);
    }
    return legacy.size();
  }

  /** Up to {@code limit} chained rows with {@code afterSeq < seq <= upToSeq}, in chain order. */
  public List<ChainedEvent> chainAfter(Connection c, long afterSeq, long upToSeq, int limit)
      throws SQLException {
    return chainAfter(c, afterSeq, upToSeq, limit, Optional.empty());
  }

  /** As {@link #chainAfter(Connection, long, long, int)}, only the rows {@code view} shows. */
  public List<ChainedEvent> chainAfter(Connection c, long afterSeq, long upToSeq, int limit,
      Optional<Scope> view) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
        + " FROM events WHERE seq > ? AND seq <= ?" + viewClause(view)
        + " ORDER BY seq LIMIT ?")) {
      s.setLong(1, afterSeq);
      s.setLong(2, upToSeq);
      int next = 3;
      if (view.isPresent()) {
        s.setString(next++, view.get().institutionId());
      }
      s.setInt(next, limit);
      return readAll(s);
    }
  }

  /**
   * Which rows an institution's auditors see: its own; the default institution also sees
   * deployment-level rows and those from before institutions existed (institution NULL).
   */
  private static String viewClause(Optional<Scope> view) {
    if (view.isEmpty()) {
      return "";
    }
    return view.get().isDefault() ? " AND (institution_id = ? OR institution_id IS NULL)"
        : " AND institution_id = ?";
  }

  /**
   * A page of the trail, newest first, optionally filtered by action and a time window
   * {@code [from, to)}; only the rows {@code view} shows (empty: every row).
   */
  public List<ChainedEvent> query(Connection c, Optional<Scope> view, Optional<String> action,
      Optional<Instant> from, Optional<Instant> to, int limit, int offset) throws SQLException {
    StringBuilder sql = new StringBuilder("SELECT " + COLUMNS
        + " FROM events WHERE seq IS NOT NULL" + viewClause(view));
    List<Object> args = new ArrayList<>();
    view.ifPresent(v -> args.add(v.institutionId()));
    action.ifPresent(a -> {
      sql.append(" AND action = ?");
      args.add(a);
    });
    from.ifPresent(t -> {
      sql.append(" AND created_at >= ?");
      args.add(t.toEpochMilli());
    });
    to.ifPresent(t -> {
      sql.append(" AND created_at < ?");
      args.add(t.toEpochMilli());
    });
    sql.append(" ORDER BY seq DESC LIMIT ? OFFSET ?");
    args.add(limit);
    args.add(offset);
    try (PreparedStatement s = c.prepareStatement(sql.toString())) {
      for (int i = 0; i < args.size(); i++) {
        s.setObject(i + 1, args.get(i));
      }
      return readAll(s);
    }
  }

  /** How many rows carry no chain position (written around the chain: a sign of tampering). */
  public long unchainedCount(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT COUNT(*) FROM events WHERE seq IS NULL OR hash IS NULL");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Takes the chain head's row lock without appending: serialises rare work that must not
   * interleave across issuer nodes (key state changes), until the caller's transaction ends.
   */
  void lockChain(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE audit_head SET seq = seq WHERE id = 1")) {
      s.executeUpdate();
    }
  }

  /** The chain head as committed: last sequence number and hash. */
  public Head head(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT seq, hash FROM audit_head WHERE id = 1");
        ResultSet rs = s.executeQuery()) {
      if (!rs.next()) {
        throw new StoreException("audit_head row is missing");
      }
      return new Head(rs.getLong(1), rs.getString(2));
    }
  }

  public List<AuditEvent> forTarget(Connection c, String targetId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT id, action, actor, target_id,"
        + " created_at, detail FROM events WHERE target_id = ? ORDER BY created_at, id")) {
      s.setString(1, targetId);
      List<AuditEvent> events = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          events.add(new AuditEvent(rs.getString(1), AuditAction.valueOf(rs.getString(2)),
              rs.getString(3), Optional.ofNullable(rs.getString(4)),
              Instant.ofEpochMilli(rs.getLong(5)), Optional.ofNullable(rs.getString(6))));
        }
      }
      return events;
    }
  }

  /** The chain head: the sequence number of the last row and its hash. */
  public record Head(long seq, String hash) {}

  /**
   * Claims the next sequence number: the UPDATE takes the head's row lock first (held to
   * commit), then the head is read. Returns the new row's seq and the previous hash.
   */
  private Head lockHead(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE audit_head SET seq = seq + 1 WHERE id = 1")) {
      if (s.executeUpdate() != 1) {
        throw new StoreException("audit_head row is missing");
      }
    }
    return head(c);
  }

  private static void setHead(Connection c, String hash) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE audit_head SET hash = ? WHERE id = 1")) {
      s.setString(1, hash);
      s.executeUpdate();
    }
  }

  private static List<ChainedEvent> readAll(PreparedStatement s) throws SQLException {
    List<ChainedEvent> rows = new ArrayList<>();
    try (ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        rows.add(new ChainedEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
            rs.getString(4), Optional.ofNullable(rs.getString(5)), rs.getLong(6),
            Optional.ofNullable(rs.getString(7)), nonNull(rs.getString(8)),
            nonNull(rs.getString(9)), Optional.ofNullable(rs.getString(10))));
      }
    }
    return rows;
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
