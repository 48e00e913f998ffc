package org.tessera.shared.status;

/**
 * An encoded status list that cannot be used. The {@link Reason} is stable (callers map it to
 * their own error codes); the message never echoes the input, which is attacker-controlled.
 */
public final class StatusListException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the encoded list was refused. Never renamed: callers switch on it. */
  public enum Reason {
    /** Not a multibase string with the base64url prefix {@code u}. */
    NOT_MULTIBASE,
    /** The text after the prefix is not unpadded base64url. */
    BAD_BASE64,
    /** The decoded bytes are not one well-formed GZIP member. */
    NOT_GZIP,
    /** The list (compressed or expanded) is larger than the caller's limit. */
    TOO_LARGE,
    /** The expanded bitstring is shorter than 16 KB (131,072 entries). */
    TOO_SMALL
  }

  private final Reason reason;

  StatusListException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** The stable reason code. */
  public Reason reason() {
    return reason;
  }
}
