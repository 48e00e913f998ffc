package org.tessera.issuer.status;

import java.time.Instant;
import java.util.Objects;

/**
 * A stored status list: its bits (encoded as in the credential), the signed list credential
 * served to verifiers, and an optimistic-lock {@code version}.
 */
public record StatusListRow(
    String id,
    String purpose,
    int size,
    int allocated,
    String encodedList,
    String signedJwt,
    String etag,
    long version,
    Instant createdAt,
    Instant updatedAt) {

  public StatusListRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(purpose, "purpose");
    Objects.requireNonNull(encodedList, "encodedList");
    Objects.requireNonNull(signedJwt, "signedJwt");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    if (size <= 0 || allocated < 0 || allocated > size) {
      throw new IllegalArgumentException("inconsistent list size/allocated");
    }
  }
}
