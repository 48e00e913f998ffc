package org.tessera.issuer.oid4vci;

/**
 * The error codes of RFC 6749 §5.2, RFC 6750 §3.1 and OpenID4VCI (1.0 §8.3.1.2 and draft 13
 * §7.3.1.2), each with its HTTP status. Descriptions are fixed texts: never request input.
 */
public enum OAuthError {
  INVALID_REQUEST("invalid_request", 400),
  INVALID_GRANT("invalid_grant", 400),
  UNSUPPORTED_GRANT_TYPE("unsupported_grant_type", 400),
  INVALID_TOKEN("invalid_token", 401),
  INVALID_CREDENTIAL_REQUEST("invalid_credential_request", 400),
  UNKNOWN_CREDENTIAL_CONFIGURATION("unknown_credential_configuration", 400),
  UNKNOWN_CREDENTIAL_IDENTIFIER("unknown_credential_identifier", 400),
  INVALID_PROOF("invalid_proof", 400),
  INVALID_NONCE("invalid_nonce", 400),
  CREDENTIAL_REQUEST_DENIED("credential_request_denied", 400),
  /** Draft 13 only. */
  UNSUPPORTED_CREDENTIAL_FORMAT("unsupported_credential_format", 400),
  /** Draft 13 only. */
  UNSUPPORTED_CREDENTIAL_TYPE("unsupported_credential_type", 400);

  private final String code;
  private final int status;

  OAuthError(String code, int status) {
    this.code = code;
    this.status = status;
  }

  /** The wire value of {@code error}. */
  public String code() {
    return code;
  }

  public int status() {
    return status;
  }
}
