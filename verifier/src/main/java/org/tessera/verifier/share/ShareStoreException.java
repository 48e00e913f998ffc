package org.tessera.verifier.share;

/** The share database failed (I/O, not a rejected request): a 500 for the caller. */
public final class ShareStoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ShareStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
