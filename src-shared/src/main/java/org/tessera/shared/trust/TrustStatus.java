package org.tessera.shared.trust;

import java.util.Optional;

/**
 * The status of a trusted issuer, after ETSI TS 119 612 {@code ServiceStatus}. JSON values are the
 * last segment of the ETSI status URIs, in lower case ({@code granted}, {@code withdrawn}) plus
 * {@code suspended} for a reversible pause.
 */
public enum TrustStatus {
  /** Accredited: credentials it issues in scope are trusted. */
  GRANTED("granted"),
  /** Temporarily not trusted; may be granted again. */
  SUSPENDED("suspended"),
  /** No longer trusted. */
  WITHDRAWN("withdrawn");

  private final String value;

  TrustStatus(String value) {
    this.value = value;
  }

  /** The JSON value. */
  public String value() {
    return value;
  }

  /** The status with this exact JSON value, or empty. */
  public static Optional<TrustStatus> fromValue(String value) {
    for (TrustStatus status : values()) {
      if (status.value.equals(value)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
