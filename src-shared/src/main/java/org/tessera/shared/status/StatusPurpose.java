package org.tessera.shared.status;

import java.util.Optional;

/**
 * The status purposes Tessera supports. The spec also defines {@code refresh} and
 * {@code message}; they are deliberately absent, so {@link #fromValue(String)} refuses them.
 */
public enum StatusPurpose {
  /** Permanent cancellation. */
  REVOCATION("revocation"),
  /** Reversible suspension. */
  SUSPENSION("suspension");

  private final String value;

  StatusPurpose(String value) {
    this.value = value;
  }

  /** The {@code statusPurpose} string used in credentials and status lists. */
  public String value() {
    return value;
  }

  /** The purpose named exactly (case-sensitive) by {@code value}, or empty. */
  public static Optional<StatusPurpose> fromValue(String value) {
    for (StatusPurpose purpose : values()) {
      if (purpose.value.equals(value)) {
        return Optional.of(purpose);
      }
    }
    return Optional.empty();
  }
}
