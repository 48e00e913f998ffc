package org.tessera.verifier.presentation;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckedReport;

/**
 * The outcome of verifying one presentation: the presentation's own checks in
 * {@link PresentationVerifier#ORDER} and the full report of every credential in it. It is
 * {@code verified} exactly when none of its own checks failed, which includes
 * {@code vp.credentials} (every credential verified) and {@code vp.holder} (none of another
 * holder). Credentials without a subject only warn; {@link #holderBound()} says whether every
 * credential is the holder's.
 *
 * @param verified none of the presentation's checks failed
 * @param checks the presentation's checks in order
 * @param shape how the presentation was carried, once it parsed
 * @param holder the holder DID, once the presentation's signature verified with its key
 * @param credentials every credential, in the presentation's order (empty when the presentation
 *     itself was not authenticated: nothing in it is checked then)
 */
public record PresentationReport(boolean verified, List<CheckResult> checks,
    Optional<PresentationShape> shape, Optional<String> holder,
    List<PresentedCredential> credentials) implements CheckedReport {

  public PresentationReport {
    checks = List.copyOf(checks);
    Objects.requireNonNull(shape, "shape");
    Objects.requireNonNull(holder, "holder");
    credentials = List.copyOf(credentials);
    if (verified != checks.stream().noneMatch(CheckResult::isFailed)) {
      throw new IllegalArgumentException("verified exactly when no check failed");
    }
    if (verified && (holder.isEmpty() || credentials.isEmpty()
        || !credentials.stream().allMatch(c -> c.report().verified()))) {
      throw new IllegalArgumentException("a verified presentation has a holder and credentials"
          + " that all verified");
    }
  }

  static PresentationReport of(List<CheckResult> checks, Optional<PresentationShape> shape,
      Optional<String> holder, List<PresentedCredential> credentials) {
    return new PresentationReport(checks.stream().noneMatch(CheckResult::isFailed), checks,
        shape, holder, credentials);
  }

  /** Verified, and every credential in it is bound to the holder. */
  public boolean holderBound() {
    return verified && credentials.stream().allMatch(c -> c.binding() == Binding.BOUND);
  }

  public ObjectNode toJson() {
    return PresentationReportJson.toJson(this);
  }
}
