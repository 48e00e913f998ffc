package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tessera.shared.cmf.CmfConformance;
import org.tessera.shared.cmf.CmfPolicy;
import org.tessera.shared.cmf.CmfReason;
import org.tessera.shared.cmf.CmfVerdict;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * Check 11, CMF conformance: informational. A credential outside the framework is still a valid
 * credential, so a miss is a warning, never a failure.
 */
public final class CmfCheck implements CredentialRule {

  public static final String ID = "cmf";

  private final CmfPolicy policy;

  public CmfCheck(CmfPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult run(AuthenticatedCredential credential) {
    return check(verdict(credential.credential()));
  }

  /** The conformance verdict the report shows next to the checks. */
  public CmfVerdict verdict(ObjectNode credential) {
    return CmfConformance.evaluate(credential, policy);
  }

  CheckResult check(CmfVerdict verdict) {
    if (verdict.conformant()) {
      return CheckResult.passed(ID, DetailKey.CMF_OK.with());
    }
    String reasons = verdict.reasons().stream().map(CmfReason::message)
        .collect(Collectors.joining("; "));
    return CheckResult.warning(ID, ErrorCode.CMF_NOT_CONFORMANT, "not CMF conformant: " + reasons);
  }
}
