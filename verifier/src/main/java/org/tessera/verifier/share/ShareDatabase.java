package org.tessera.verifier.share;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.tessera.kit.db.MigratedPool;
import org.tessera.kit.db.PoolSettings;

/**
 * The share-link table on the kit's {@link MigratedPool} (a SQLite file by default). SQL lives
 * here only; {@link SQLException} is translated here once.
 */
public final class ShareDatabase implements AutoCloseable {

  /** One stored row. Byte arrays are empty once a link expired or was revoked (wiped). */
  record Row(String lookupKey, byte[] nonce, byte[] ciphertext, String manageTokenHash,
      long createdAt, long expiresAt, Optional<Long> revokedAt) {}

  private static final PoolSettings SETTINGS = new PoolSettings("tessera-verifier-shares",
      "classpath:org/tessera/verifier/db/migration", 4);

  private final MigratedPool pool;

  private ShareDatabase(MigratedPool pool) {
    this.pool = pool;
  }

  /** Opens the pool and migrates ({@code classpath:org/tessera/verifier/db/migration}). */
  public static ShareDatabase open(String jdbcUrl) {
    return new ShareDatabase(MigratedPool.open(jdbcUrl, SETTINGS));
  }

  void insert(Row row) {
    update("INSERT INTO share_links (lookup_key, nonce, ciphertext, manage_token_hash, "
        + "created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?)", ps -> {
          ps.setString(1, row.lookupKey());
          ps.setBytes(2, row.nonce());
          ps.setBytes(3, row.ciphertext());
          ps.setString(4, row.manageTokenHash());
          ps.setLong(5, row.createdAt());
          ps.setLong(6, row.expiresAt());
        });
  }

  Optional<Row> find(String lookupKey) {
    String sql = "SELECT nonce, ciphertext, manage_token_hash, created_at, expires_at, revoked_at "
        + "FROM share_links WHERE lookup_key = ?";
    try (Connection c = pool.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, lookupKey);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        long revoked = rs.getLong(6);
        Optional<Long> revokedAt = rs.wasNull() ? Optional.empty() : Optional.of(revoked);
        return Optional.of(new Row(lookupKey, bytes(rs.getBytes(1)), bytes(rs.getBytes(2)),
            rs.getString(3), rs.getLong(4), rs.getLong(5), revokedAt));
      }
    } catch (SQLException e) {
      throw new ShareStoreException("cannot read a share link", e);
    }
  }

  /** Marks revoked and wipes the encrypted credential. */
  void revoke(String lookupKey, long at) {
    update("UPDATE share_links SET revoked_at = ?, nonce = NULL, ciphertext = NULL "
        + "WHERE lookup_key = ? AND revoked_at IS NULL", ps -> {
          ps.setLong(1, at);
          ps.setString(2, lookupKey);
        });
  }

  /** Wipes the encrypted credential of a link that expired (the row stays, for the 410). */
  void wipe(String lookupKey) {
    update("UPDATE share_links SET nonce = NULL, ciphertext = NULL WHERE lookup_key = ?",
        ps -> ps.setString(1, lookupKey));
  }

  /** Deletes rows whose links ended before {@code before} (expired or revoked long ago). */
  int purgeEndedBefore(long before) {
    return update("DELETE FROM share_links WHERE expires_at < ? OR revoked_at < ?", ps -> {
      ps.setLong(1, before);
      ps.setLong(2, before);
    });
  }

  /** Wipes every credential of an expired link (run now and then, not per request). */
  int wipeExpired(long now) {
    return update("UPDATE share_links SET nonce = NULL, ciphertext = NULL "
        + "WHERE expires_at <= ? AND ciphertext IS NOT NULL", ps -> ps.setLong(1, now));
  }

  @Override
  public void close() {
    pool.close();
  }

  @FunctionalInterface
  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private int update(String sql, Binder binder) {
    try (Connection c = pool.connection(); PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new ShareStoreException("cannot write a share link", e);
    }
  }

  private static byte[] bytes(byte[] value) {
    return value == null ? new byte[0] : value;
  }
}
