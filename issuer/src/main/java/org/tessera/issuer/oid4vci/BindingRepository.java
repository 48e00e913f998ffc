package org.tessera.issuer.oid4vci;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Objects;
import org.tessera.issuer.store.Scope;
import org.tessera.issuer.store.StoreException;

/**
 * Stores the wallet-bound version of a credential in place: same row, same id, same status
 * positions; subject, JWT, credential JSON and signing key change.
 */
final class BindingRepository {

  private final Scope scope;

  BindingRepository(Scope scope) {
    this.scope = Objects.requireNonNull(scope, "scope");
  }

  void rebind(Connection c, String credentialId, String subjectId, String jwt,
      String credentialJson, String signingKid) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE credentials SET subject_id = ?,"
        + " jwt = ?, credential = ?, signing_kid = ? WHERE id = ? AND institution_id = ?")) {
      s.setString(1, subjectId);
      s.setString(2, jwt);
      s.setString(3, credentialJson);
      s.setString(4, signingKid);
      s.setString(5, credentialId);
      s.setString(6, scope.institutionId());
      if (s.executeUpdate() != 1) {
        throw new StoreException("credential vanished during binding");
      }
    }
  }
}
