package org.tessera.issuer.issuance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.status.StatusRef;
import org.tessera.issuer.store.Dialect;
import org.tessera.issuer.store.Scope;
import org.tessera.issuer.store.StoreException;

/** Plain JDBC access to {@code credentials}. */
public final class CredentialRepository {

  private static final String COLUMNS = "id, achievement_id, subject_id, jwt, credential,"
      + " signing_kid, revocation_list_id, revocation_index, suspension_list_id,"
      + " suspension_index, revoked, suspended, revocation_reason, created_at";

  private final Scope scope;

  public CredentialRepository(Scope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  public void insert(Connection c, CredentialRow row) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO credentials (" + COLUMNS
        + ", institution_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, row.id());
      s.setString(2, row.achievementId().orElse(null));
      s.setString(3, row.subjectId());
      s.setString(4, row.jwt());
      s.setString(5, row.credentialJson());
      s.setString(6, row.signingKid());
      s.setString(7, row.revocation().listId());
      s.setInt(8, row.revocation().index());
      if (row.suspension().isPresent()) {
        s.setString(9, row.suspension().get().listId());
        s.setInt(10, row.suspension().get().index());
      } else {
        s.setNull(9, Types.VARCHAR);
        s.setNull(10, Types.INTEGER);
      }
      s.setInt(11, row.revoked() ? 1 : 0);
      s.setInt(12, row.suspended() ? 1 : 0);
      s.setString(13, row.revocationReason().orElse(null));
      s.setLong(14, row.createdAt().toEpochMilli());
      s.setString(15, scope.institutionId());
      s.executeUpdate();
    }
  }

  public Optional<CredentialRow> find(Connection c, String id) throws SQLException {
    return findById(c, id, "");
  }

  /** As {@link #find}, locking the row until the transaction ends (PostgreSQL). */
  public Optional<CredentialRow> findForUpdate(Connection c, String id) throws SQLException {
    return findById(c, id, Dialect.of(c).rowLock());
  }

  private Optional<CredentialRow> findById(Connection c, String id, String lock)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM credentials WHERE id = ? AND institution_id = ?" + lock)) {
      s.setString(1, id);
      s.setString(2, scope.institutionId());
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? Optional.of(map(rs)) : Optional.empty();
      }
    }
  }

  public List<CredentialRow> list(Connection c, int limit, int offset) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS
        + " FROM credentials WHERE institution_id = ? ORDER BY created_at, id LIMIT ? OFFSET ?")) {
      s.setString(1, scope.institutionId());
      s.setInt(2, limit);
      s.setInt(3, offset);
      List<CredentialRow> rows = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          rows.add(map(rs));
        }
      }
      return rows;
    }
  }

  public long count(Connection c) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT COUNT(*) FROM credentials WHERE institution_id = ?")) {
      s.setString(1, scope.institutionId());
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  /** Records a new state; the caller has already checked that the transition is allowed. */
  public void updateState(Connection c, String id, boolean revoked, boolean suspended,
      Optional<String> revocationReason) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE credentials SET revoked = ?,"
        + " suspended = ?, revocation_reason = ? WHERE id = ? AND institution_id = ?")) {
      s.setInt(1, revoked ? 1 : 0);
      s.setInt(2, suspended ? 1 : 0);
      s.setString(3, revocationReason.orElse(null));
      s.setString(4, id);
      s.setString(5, scope.institutionId());
      if (s.executeUpdate() != 1) {
        throw new StoreException("credential vanished during update");
      }
    }
  }

  private static CredentialRow map(ResultSet rs) throws SQLException {
    String suspensionList = rs.getString(9);
    int suspensionIndex = rs.getInt(10);
    Optional<StatusRef> suspension = suspensionList == null
        ? Optional.empty() : Optional.of(new StatusRef(suspensionList, suspensionIndex));
    return new CredentialRow(rs.getString(1), Optional.ofNullable(rs.getString(2)),
        rs.getString(3),
        rs.getString(4), rs.getString(5), rs.getString(6),
        new StatusRef(rs.getString(7), rs.getInt(8)), suspension, rs.getInt(11) != 0,
        rs.getInt(12) != 0, Optional.ofNullable(rs.getString(13)),
        Instant.ofEpochMilli(rs.getLong(14)));
  }
}
