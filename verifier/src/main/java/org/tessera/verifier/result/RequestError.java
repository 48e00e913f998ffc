package org.tessera.verifier.result;

/**
 * Why the verifier's HTTP API refused a request (not why a credential failed: that is an
 * {@link ErrorCode} in a report). Each maps to one HTTP status and problem title, here and
 * nowhere else; its name is the problem's {@code code}.
 */
public enum RequestError {
  MALFORMED_REQUEST(400, "Bad Request"),
  /** A credential to share over the share store's size cap. */
  CREDENTIAL_TOO_LARGE(400, "Bad Request"),
  /** The answer to {@code POST /credentials/verify} is then the report itself, not a problem. */
  CREDENTIAL_NOT_VERIFIED(400, "Bad Request"),
  MANAGE_TOKEN_REQUIRED(401, "Unauthorized"),
  WRONG_MANAGE_TOKEN(403, "Forbidden"),
  NOT_FOUND(404, "Not Found"),
  SHARE_GONE(410, "Gone"),
  BODY_TOO_LARGE(413, "Request refused"),
  /** Only a credential that verifies (trusted, in scope, not revoked) can be shared. */
  NOT_SHAREABLE(422, "Unprocessable Content"),
  RATE_LIMITED(429, "Too Many Requests"),
  INTERNAL_ERROR(500, "Internal Server Error");

  private final int status;
  private final String title;

  RequestError(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }
}
