package org.tessera.shared.status;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of a {@code BitstringStatusListCredential} that Tessera uses, both to build one
 * ({@link StatusListCredentials#toJson}) and as the result of reading one
 * ({@link StatusListCredentials#fromJson}). The {@code encodedList} is kept encoded: expanding it
 * is a separate, size-limited step ({@link BitstringStatusList#decode}).
 *
 * @param id the credential id, which is also the status list URL ({@code statusListCredential})
 * @param issuer the issuer id (a DID)
 * @param purpose the list's single status purpose
 * @param encodedList the multibase-encoded list ({@code u…})
 * @param ttlMillis the optional time to live, in milliseconds
 * @param validFrom start of the validity period
 * @param validUntil optional end of the validity period, after {@code validFrom}
 */
public record StatusListCredentialView(
    String id,
    String issuer,
    StatusPurpose purpose,
    String encodedList,
    Optional<Long> ttlMillis,
    Instant validFrom,
    Optional<Instant> validUntil) {

  public StatusListCredentialView {
    requireText(id, "id");
    requireText(issuer, "issuer");
    Objects.requireNonNull(purpose, "purpose");
    requireText(encodedList, "encodedList");
    if (encodedList.charAt(0) != 'u') {
      throw new IllegalArgumentException("encodedList must be multibase base64url ('u')");
    }
    Objects.requireNonNull(ttlMillis, "ttlMillis");
    if (ttlMillis.isPresent() && ttlMillis.get() < 0) {
      throw new IllegalArgumentException("ttlMillis must not be negative");
    }
    Objects.requireNonNull(validFrom, "validFrom");
    Objects.requireNonNull(validUntil, "validUntil");
    if (validUntil.isPresent() && !validUntil.get().isAfter(validFrom)) {
      throw new IllegalArgumentException("validUntil must be after validFrom");
    }
  }

  /** The {@code credentialSubject.id}: the list URL with the fragment {@code #list}. */
  public String subjectId() {
    return id + "#list";
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
