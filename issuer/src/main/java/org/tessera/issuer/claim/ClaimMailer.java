package org.tessera.issuer.claim;

/** Sends one claim e-mail, synchronously. */
@FunctionalInterface
public interface ClaimMailer {

  /**
   * @throws MailFailure when the message could not be handed to the mail server
   */
  void send(ClaimEmail email);

  /** A send that failed; the message never names the address. */
  final class MailFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public MailFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
