package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.verifier.result.CheckResult;

/**
 * What verifying an OB 2.0 assertion found, for the pipeline to turn into the one report.
 *
 * @param checks every check in OB 2.0 order ({@link Ob2Verifier#HOSTED_ORDER} or
 *     {@link Ob2Verifier#SIGNED_ORDER})
 * @param assertion the authenticated assertion with its BadgeClass and issuer Profile embedded,
 *     once the hosted copy matched or the signature verified and both documents were fetched
 * @param issuerId the issuer Profile's id, with {@code assertion}
 * @param proof how it was authenticated: the hosted URL or the signing key's URL
 */
public record Ob2Outcome(List<CheckResult> checks, Optional<ObjectNode> assertion,
    Optional<String> issuerId, Optional<String> proof) {

  public Ob2Outcome {
    checks = List.copyOf(checks);
    assertion = Objects.requireNonNull(assertion, "assertion").map(ObjectNode::deepCopy);
    Objects.requireNonNull(issuerId, "issuerId");
    Objects.requireNonNull(proof, "proof");
    if (assertion.isPresent() != issuerId.isPresent() || issuerId.isPresent() != proof.isPresent()) {
      throw new IllegalArgumentException("an authenticated assertion comes with issuer and proof");
    }
  }

  @Override
  public Optional<ObjectNode> assertion() {
    return assertion.map(ObjectNode::deepCopy);
  }
}
