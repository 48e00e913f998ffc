package org.tessera.issuer.issuance;

/**
 * Another request (maybe on another node) stored the same idempotency key first: thrown inside
 * the issuance transaction to roll it back, so that no second credential or index survives.
 */
final class IdempotencyKeyTaken extends RuntimeException {
  private static final long serialVersionUID = 1L;

  IdempotencyKeyTaken() {
    super("idempotency key taken by a concurrent request", null, false, false);
  }
}
