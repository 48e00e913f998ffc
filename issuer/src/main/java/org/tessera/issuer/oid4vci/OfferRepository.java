package org.tessera.issuer.oid4vci;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.store.Scope;

/** Plain JDBC access to {@code oid4vci_offers}. State changes are conditional updates. */
final class OfferRepository {

  private static final String COLUMNS = "id, credential_id, handle_hash, code_hash, tx_code_hash,"
      + " tx_code_failures, state, created_at, expires_at";

  private final Scope scope;

  OfferRepository(Scope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  void insert(Connection c, OfferRow row) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("INSERT INTO oid4vci_offers (" + COLUMNS
        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      s.setString(1, row.id());
      s.setString(2, row.credentialId());
      s.setString(3, row.handleHash());
      s.setString(4, row.codeHash());
      s.setString(5, row.txCodeHash().orElse(null));
      s.setInt(6, row.txCodeFailures());
      s.setString(7, row.state().name());
      s.setLong(8, row.createdAt().toEpochMilli());
      s.setLong(9, row.expiresAt().toEpochMilli());
      s.executeUpdate();
    }
  }

  Optional<OfferRow> findByHandleHash(Connection c, String handleHash) throws SQLException {
    return findBy(c, "handle_hash", handleHash);
  }

  Optional<OfferRow> findByCodeHash(Connection c, String codeHash) throws SQLException {
    return findBy(c, "code_hash", codeHash);
  }

  /** Every active offer of the credential becomes SUPERSEDED; returns how many. */
  int supersede(Connection c, String credentialId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE oid4vci_offers SET state = ?"
        + " WHERE credential_id = ? AND state = ?" + Scope.CREDENTIAL_IN_SCOPE)) {
      s.setString(1, OfferRow.State.SUPERSEDED.name());
      s.setString(2, credentialId);
      s.setString(3, OfferRow.State.ACTIVE.name());
      s.setString(4, scope.institutionId());
      return s.executeUpdate();
    }
  }

  /** ACTIVE → {@code to}; false when another request changed the offer first. */
  boolean transition(Connection c, String id, OfferRow.State to) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE oid4vci_offers SET state = ?"
        + " WHERE id = ? AND state = ?")) {
      s.setString(1, to.name());
      s.setString(2, id);
      s.setString(3, OfferRow.State.ACTIVE.name());
      return s.executeUpdate() == 1;
    }
  }

  /** Counts one wrong transaction code; returns the new count. */
  int countTxCodeFailure(Connection c, String id) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE oid4vci_offers"
        + " SET tx_code_failures = tx_code_failures + 1 WHERE id = ?")) {
      s.setString(1, id);
      s.executeUpdate();
    }
    return findBy(c, "id", id).map(OfferRow::txCodeFailures).orElse(Integer.MAX_VALUE);
  }

  private Optional<OfferRow> findBy(Connection c, String column, String value)
      throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT " + COLUMNS + " FROM oid4vci_offers WHERE " + column + " = ?"
        + Scope.CREDENTIAL_IN_SCOPE)) {
      s.setString(1, value);
      s.setString(2, scope.institutionId());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new OfferRow(rs.getString(1), rs.getString(2), rs.getString(3),
            rs.getString(4), Optional.ofNullable(rs.getString(5)), rs.getInt(6),
            OfferRow.State.valueOf(rs.getString(7)), Instant.ofEpochMilli(rs.getLong(8)),
            Instant.ofEpochMilli(rs.getLong(9))));
      }
    }
  }
}
