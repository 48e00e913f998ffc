package org.tessera.verifier.sdjwt;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.verifier.result.CheckResult;

/**
 * What verifying an SD-JWT VC found, for the pipeline to turn into the one report.
 *
 * @param checks every check in {@link SdJwtVerifier#ORDER}
 * @param claims the issuer-signed claims with the disclosed ones in place, once the signature
 *     verified and every disclosure was accounted for
 * @param summary what was disclosed, with {@code claims}
 * @param issuerId the authenticated {@code iss}, once the signature verified
 * @param trustId the trust list entry the issuer was looked up under (decision 0059)
 * @param kid the key that signed it, with {@code issuerId}
 */
public record SdJwtOutcome(List<CheckResult> checks, Optional<ObjectNode> claims,
    Optional<SdJwtSummary> summary, Optional<String> issuerId, Optional<String> trustId,
    Optional<String> kid) {

  public SdJwtOutcome {
    checks = List.copyOf(checks);
    claims = Objects.requireNonNull(claims, "claims").map(ObjectNode::deepCopy);
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(issuerId, "issuerId");
    Objects.requireNonNull(trustId, "trustId");
    Objects.requireNonNull(kid, "kid");
    if (claims.isPresent() != summary.isPresent() || issuerId.isPresent() != kid.isPresent()
        || claims.isPresent() && issuerId.isEmpty()) {
      throw new IllegalArgumentException("shown claims need an authenticated issuer");
    }
  }

  @Override
  public Optional<ObjectNode> claims() {
    return claims.map(ObjectNode::deepCopy);
  }
}
