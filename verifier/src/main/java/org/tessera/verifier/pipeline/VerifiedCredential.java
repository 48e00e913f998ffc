package org.tessera.verifier.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * Proof that a credential passed every check of the pipeline. Only the pipeline package can
 * create one, so code that receives a {@code VerifiedCredential} (recognition, presentations)
 * never has to wonder whether it was checked.
 */
public final class VerifiedCredential {

  private final ObjectNode credential;
  private final String issuerId;
  private final String kid;

  VerifiedCredential(ObjectNode credential, String issuerId, String kid) {
    this.credential = Objects.requireNonNull(credential, "credential").deepCopy();
    this.issuerId = Objects.requireNonNull(issuerId, "issuerId");
    this.kid = Objects.requireNonNull(kid, "kid");
  }

  /** A copy of the credential (without the JWT-only claims); callers cannot change the proof. */
  public ObjectNode credential() {
    return credential.deepCopy();
  }

  public String issuerId() {
    return issuerId;
  }

  public String kid() {
    return kid;
  }

  @Override
  public String toString() {
    // Credential contents are personal data: never in logs.
    return "VerifiedCredential[issuer=" + issuerId + ", kid=" + kid + "]";
  }
}
