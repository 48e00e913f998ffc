package org.tessera.verifier.result;

/**
 * Why the verifier's HTTP API refused a request (not why a credential failed: that is an
 * {@link ErrorCode} in a report). Each maps to one HTTP status, here and nowhere else; its name
 * is the problem's {@code code}.
 */
public enum RequestError {
  MALFORMED_REQUEST(400),
  /** A credential to share over the share store's size cap. */
  CREDENTIAL_TOO_LARGE(400),
  /** The answer to {@code POST /credentials/verify} is then the report itself, not a problem. */
  CREDENTIAL_NOT_VERIFIED(400),
  MANAGE_TOKEN_REQUIRED(401),
  WRONG_MANAGE_TOKEN(403),
  NOT_FOUND(404),
  SHARE_GONE(410),
  BODY_TOO_LARGE(413),
  /** Only a credential that verifies (trusted, in scope, not revoked) can be shared. */
  NOT_SHAREABLE(422),
  RATE_LIMITED(429),
  INTERNAL_ERROR(500),
  /** Every verification slot stayed taken; retry after a second. */
  BUSY(503);

  private final int status;

  RequestError(int status) {
    this.status = status;
  }

  /** The HTTP status; the problem's title is the status's standard reason phrase. */
  public int status() {
    return status;
  }
}
