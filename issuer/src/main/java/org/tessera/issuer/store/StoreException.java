package org.tessera.issuer.store;

import java.sql.SQLException;

/** A database failure: a bug or an outage, never an expected rejection. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, SQLException cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
