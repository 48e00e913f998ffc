package org.tessera.verifier;

/**
 * Every verification slot stayed taken for the whole wait ({@link VerificationSlots}): nothing
 * was checked, the caller should retry shortly (HTTP 503 with {@code Retry-After}).
 */
public final class VerifierBusyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public VerifierBusyException() {
    super("every verification slot is taken; retry shortly");
  }
}
