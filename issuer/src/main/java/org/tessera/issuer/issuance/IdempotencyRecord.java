package org.tessera.issuer.issuance;

import java.util.Objects;

/** An issuance request's idempotency key and the hash of its body. */
public record IdempotencyRecord(String key, String requestHash) {
  public IdempotencyRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(requestHash, "requestHash");
  }
}
