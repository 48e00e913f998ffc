package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.shared.jsonld.TermCheckResult;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * Check 8, JSON-LD terms: every property is defined by the credential's contexts, which must all
 * be bundled (never fetched). Runs on the credential view, so the JWT-only claims
 * {@code iss/sub/jti/nbf/exp} are not part of it. A {@code relatedResource} digest of a bundled
 * context or schema that does not match our copy fails it first: the issuer meant other bytes
 * than those the terms are read with ({@link RelatedResourceDigests}).
 */
public final class JsonLdCheck implements CredentialRule {

  public static final String ID = "jsonld";

  /** How many undefined terms the message lists. */
  static final int MAX_LISTED = 5;

  private final JsonLdTermCheck termCheck;

  public JsonLdCheck(JsonLdTermCheck termCheck) {
    this.termCheck = Objects.requireNonNull(termCheck, "termCheck");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult run(AuthenticatedCredential credential) {
    return check(credential.credential());
  }

  CheckResult check(ObjectNode credential) {
    Optional<String> mismatch = RelatedResourceDigests.mismatch(credential);
    if (mismatch.isPresent()) {
      return CheckResult.failed(ID, ErrorCode.RELATED_RESOURCE_MISMATCH,
          "relatedResource digestSRI does not match the bundled copy of " + mismatch.get());
    }
    TermCheckResult result = termCheck.check(credential);
    if (result.ok()) {
      return CheckResult.passed(ID, DetailKey.JSONLD_OK.with());
    }
    if (result.error().isPresent()) {
      return CheckResult.failed(ID, ErrorCode.JSONLD_INVALID, result.error().get());
    }
    return CheckResult.failed(ID, ErrorCode.JSONLD_INVALID, "undefined terms: "
        + String.join(", ", result.undefinedTerms().stream().limit(MAX_LISTED).toList()));
  }
}
