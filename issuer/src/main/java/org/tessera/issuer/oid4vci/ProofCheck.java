package org.tessera.issuer.oid4vci;

import com.nimbusds.jose.jwk.JWK;
import java.util.Objects;

/** The result of checking a key proof: the holder DID and nonce, or why it was refused. */
sealed interface ProofCheck permits ProofCheck.Valid, ProofCheck.Invalid {

  /**
   * A proof signed by the key it names ({@code holderKey}, public; {@code holderDid} is its DID);
   * its nonce is still to be consumed.
   */
  record Valid(String holderDid, JWK holderKey, String nonce) implements ProofCheck {
    public Valid {
      Objects.requireNonNull(holderDid, "holderDid");
      Objects.requireNonNull(holderKey, "holderKey");
      if (holderKey.isPrivate()) {
        throw new IllegalArgumentException("holderKey must be public");
      }
      Objects.requireNonNull(nonce, "nonce");
    }
  }

  /** A refused proof; the description is a fixed text, never proof content. */
  record Invalid(String description) implements ProofCheck {
    public Invalid {
      Objects.requireNonNull(description, "description");
    }
  }
}
