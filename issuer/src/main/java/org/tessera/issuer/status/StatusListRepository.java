package org.tessera.issuer.status;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.store.Dialect;
import org.tessera.issuer.store.Scope;

/** Plain JDBC access to {@code status_lists} and {@code status_allocations}. */
public final class StatusListRepository {

  private static final String COLUMNS = "id, purpose, size, allocated, encoded_list, signed_jwt,"
      + " etag, version, created_at, updated_at";
  /** First key of our advisory locks ("TSSR"), apart from other users of the database. */
  private static final int ADVISORY_LOCK_SPACE = 0x54535352;

  private final Scope scope;

  public StatusListRepository(Scope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  public void insert(Connection c, StatusListRow row) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO status_lists (" + COLUMNS
        + ", institution_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, row.id());
      s.setString(2, row.purpose());
      s.setInt(3, row.size());
      s.setInt(4, row.allocated());
      s.setString(5, row.encodedList());
      s.setString(6, row.signedJwt());
      s.setString(7, row.etag());
      s.setLong(8, row.version());
      s.setLong(9, row.createdAt().toEpochMilli());
      s.setLong(10, row.updatedAt().toEpochMilli());
      s.setString(11, scope.institutionId());
      s.executeUpdate();
    }
  }

  public Optional<StatusListRow> find(Connection c, String id) throws SQLException {
    return findById(c, id, "");
  }

  /** As {@link #find}, locking the row until the transaction ends (PostgreSQL). */
  public Optional<StatusListRow> findForUpdate(Connection c, String id) throws SQLException {
    return findById(c, id, Dialect.of(c).rowLock());
  }

  private Optional<StatusListRow> findById(Connection c, String id, String lock)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM status_lists WHERE id = ? AND institution_id = ?" + lock)) {
      s.setString(1, id);
      s.setString(2, scope.institutionId());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  /** The id of every list, served or not yet full. */
  public List<String> ids(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT id FROM status_lists WHERE institution_id = ? ORDER BY id")) {
      s.setString(1, scope.institutionId());
      List<String> ids = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      return ids;
    }
  }

  /**
   * Serialises the opening of new lists of one purpose until the transaction ends, so that
   * concurrent nodes do not each open a list of their own (PostgreSQL transaction-scoped
   * advisory lock; SQLite write transactions are serialised already).
   */
  public void lockListOpening(Connection c, String purpose) throws SQLException {
    if (Dialect.of(c) != Dialect.POSTGRESQL) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
      s.setInt(1, ADVISORY_LOCK_SPACE);
      s.setInt(2, (scope.institutionId() + "/" + purpose).hashCode());
      s.execute();
    }
  }

  /** The oldest list of {@code purpose} that is still below {@code fillLimit} (0..1) full. */
  public Optional<StatusListRow> findOpen(Connection c, String purpose, double fillLimit)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM status_lists"
        + " WHERE institution_id = ? AND purpose = ? AND allocated < size * ?"
        + " ORDER BY created_at, id LIMIT 1")) {
      s.setString(1, scope.institutionId());
      s.setString(2, purpose);
      s.setDouble(3, fillLimit);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  /**
   * Claims {@code index} in {@code listId}; false when it is already taken. The primary key
   * decides, so two instances on one database never both win.
   */
  public boolean tryAllocate(Connection c, String listId, int index, String credentialId)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO status_allocations"
        + " (list_id, idx, credential_id) VALUES (?, ?, ?)"
        + " ON CONFLICT (list_id, idx) DO NOTHING")) {
      s.setString(1, listId);
      s.setInt(2, index);
      s.setString(3, credentialId);
      if (s.executeUpdate() != 1) {
        return false;
      }
    }
    try (PreparedStatement s = c.prepareStatement(
        "UPDATE status_lists SET allocated = allocated + 1 WHERE id = ?")) {
      s.setString(1, listId);
      s.executeUpdate();
    }
    return true;
  }

  public long countAllocations(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM status_allocations");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Stores new bits and a re-signed list credential if nobody changed the list since
   * {@code expectedVersion} was read; false on a lost race (the caller re-reads and retries).
   */
  public boolean update(Connection c, String id, long expectedVersion, String encodedList,
      String signedJwt, String etag, Instant now) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE status_lists SET encoded_list = ?,"
        + " signed_jwt = ?, etag = ?, version = version + 1, updated_at = ?"
        + " WHERE id = ? AND version = ? AND institution_id = ?")) {
      s.setString(1, encodedList);
      s.setString(2, signedJwt);
      s.setString(3, etag);
      s.setLong(4, now.toEpochMilli());
      s.setString(5, id);
      s.setLong(6, expectedVersion);
      s.setString(7, scope.institutionId());
      return s.executeUpdate() == 1;
    }
  }

  private static StatusListRow map(ResultSet rs) throws SQLException {
    return new StatusListRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
        rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8),
        Instant.ofEpochMilli(rs.getLong(9)), Instant.ofEpochMilli(rs.getLong(10)));
  }
}
