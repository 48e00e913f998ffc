package org.tessera.issuer.result;

/**
 * The issuer API's stable error codes. Each maps to one HTTP status, in one place; the code is
 * sent as the last segment of the problem {@code type}. Never rename a constant.
 */
public enum IssuerError {
  VALIDATION_FAILED(400, "The request is not valid"),
  MALFORMED_JSON(400, "The request body is not a JSON object"),
  UNAUTHORIZED(401, "A valid bearer token is required"),
  NOT_FOUND(404, "Not found"),
  ACHIEVEMENT_NOT_FOUND(404, "Unknown achievement"),
  CREDENTIAL_NOT_FOUND(404, "Unknown credential"),
  SUSPENSION_NOT_ENABLED(409, "Suspension is not enabled for this achievement"),
  ALREADY_REVOKED(409, "The credential is revoked; revocation is permanent"),
  NOT_SUSPENDED(409, "The credential is not suspended"),
  ALREADY_SUSPENDED(409, "The credential is already suspended"),
  IDEMPOTENCY_KEY_REUSED(409, "The Idempotency-Key was used for a different request"),
  EMAIL_MISMATCH(409, "The e-mail address is not the one the credential was issued to"),
  PAYLOAD_TOO_LARGE(413, "The request body is too large"),
  INTERNAL_ERROR(500, "Internal error"),
  FORBIDDEN(403, "The token's role does not allow this request"),
  TOKEN_NOT_FOUND(404, "Unknown or already revoked API token"),
  KEY_NOT_FOUND(404, "Unknown key id"),
  KEY_IS_ACTIVE(409, "The key is the active signing key; activate another key first"),
  KEY_RETIRED(409, "The key is retired and never signs again"),
  KEY_COMPROMISED(409, "The key is marked compromised and never signs again"),
  RATE_LIMITED(429, "Too many requests; retry later");

  private final int status;
  private final String title;

  IssuerError(int status, String title) {
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
