package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * An assertion whose hosted copy matched, or whose signature verified.
 *
 * @param assertion the assertion as its issuer published or signed it
 * @param proof the hosted URL, or the signing key's URL
 * @param signingKey the CryptographicKey document of a signed assertion
 */
record Authenticated(ObjectNode assertion, String proof, Optional<ObjectNode> signingKey) {

  Authenticated {
    assertion = Objects.requireNonNull(assertion, "assertion").deepCopy();
    Objects.requireNonNull(proof, "proof");
    Objects.requireNonNull(signingKey, "signingKey");
  }

  @Override
  public ObjectNode assertion() {
    return assertion.deepCopy();
  }
}
