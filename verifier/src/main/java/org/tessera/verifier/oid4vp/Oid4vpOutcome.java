package org.tessera.verifier.oid4vp;

import java.util.Objects;
import org.tessera.verifier.result.ErrorCode;

/**
 * A refusal of an OpenID4VP step: the OAuth {@code error} (OpenID4VP §8.5, RFC 6749, RFC 9101)
 * the wallet or client gets, the HTTP status, and Tessera's code for the exact reason.
 */
public record Oid4vpOutcome(int status, String error, ErrorCode code, String description) {

  public static final String INVALID_REQUEST = "invalid_request";
  public static final String INVALID_REQUEST_URI = "invalid_request_uri";
  public static final String ACCESS_DENIED = "access_denied";
  public static final String TEMPORARILY_UNAVAILABLE = "temporarily_unavailable";

  public Oid4vpOutcome {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(description, "description");
  }

  static Oid4vpOutcome invalidRequest(ErrorCode code) {
    return new Oid4vpOutcome(400, INVALID_REQUEST, code, code.description());
  }

  /** A refused request-URI fetch (RFC 9101 {@code invalid_request_uri}). */
  static Oid4vpOutcome invalidRequestUri(int status, ErrorCode code) {
    return new Oid4vpOutcome(status, INVALID_REQUEST_URI, code, code.description());
  }
}
