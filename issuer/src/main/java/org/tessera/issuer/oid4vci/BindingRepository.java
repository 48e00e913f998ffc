package org.tessera.issuer.oid4vci;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.tessera.issuer.store.StoreException;

/**
 * Stores the wallet-bound version of a credential in place: same row, same id, same status
 * positions; subject, JWT, credential JSON and signing key change.
 */
final class BindingRepository {

  void rebind(Connection c, String credentialId, String subjectId, String jwt,
      String credentialJson, String signingKid) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("UPDATE credentials SET subject_id = ?,"
        + " jwt = ?, credential = ?, signing_kid = ? WHERE id = ?")) {
      s.setString(1, subjectId);
      s.setString(2, jwt);
      s.setString(3, credentialJson);
      s.setString(4, signingKid);
      s.setString(5, credentialId);
      if (s.executeUpdate() != 1) {
        throw new StoreException("credential vanished during binding");
      }
    }
  }
}
