package org.tessera.verifier.page;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.cmf.CmfVerdict;
import org.tessera.shared.cmf.CouncilRecommendation;
import org.tessera.verifier.checks.ClaimsCheck;
import org.tessera.verifier.checks.HeaderCheck;
import org.tessera.verifier.checks.JsonLdCheck;
import org.tessera.verifier.checks.KeyResolutionCheck;
import org.tessera.verifier.checks.ParseCheck;
import org.tessera.verifier.checks.SchemaCheck;
import org.tessera.verifier.checks.SignatureCheck;
import org.tessera.verifier.checks.StatusCheck;
import org.tessera.verifier.checks.TrustCheck;
import org.tessera.verifier.checks.ValidityCheck;
import org.tessera.verifier.ob2.Ob2Verifier;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckStatus;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * The checks in four questions a reader asks (is it genuine, is the issuer accredited, does it
 * still hold, does it meet the European standards), each answered from the report: yes only
 * when every check behind it passed, no when one failed, otherwise not checked. The detailed
 * table stays behind "details".
 */
final class CheckSummary {

  /** One answer; {@code key} names its text (and, with {@code question}, its place). */
  record Line(String question, State state, String key) {}

  enum State {
    OK("ok"), PARTLY("partly"), NO("no"), UNKNOWN("unknown");

    private final String id;

    State(String id) {
      this.id = id;
    }

    String id() {
      return id;
    }
  }

  /** The checks a credential's authenticity rests on (OB 2.0: its hosted copy and issuer). */
  private static final Set<String> GENUINE = Set.of(ParseCheck.ID, HeaderCheck.ID,
      KeyResolutionCheck.ID, SignatureCheck.ID, ClaimsCheck.ID, SchemaCheck.ID, JsonLdCheck.ID,
      Ob2Verifier.HOSTED_ID, Ob2Verifier.BADGE_ID, Ob2Verifier.ISSUER_ID);

  private CheckSummary() {}

  /** @param credible the credential verified: only then may a met standard count as good */
  static List<Line> of(List<CheckResult> checks, Optional<CmfVerdict> cmf, boolean credible) {
    return List.of(genuine(checks), accredited(checks), current(checks), cmf(cmf, credible));
  }

  /** Both European yardsticks in one line; neither is good news for an unverified claim. */
  private static Line cmf(Optional<CmfVerdict> cmf, boolean credible) {
    if (cmf.isEmpty()) {
      return new Line("cmf", State.UNKNOWN, "summary.cmf.unknown");
    }
    if (!credible) {
      return new Line("cmf", State.UNKNOWN, "summary.cmf.notCredible");
    }
    if (cmf.get().conformant()) {
      return new Line("cmf", State.OK, "summary.cmf.both");
    }
    return CouncilRecommendation.missingElements(cmf.get()).isEmpty()
        ? new Line("cmf", State.PARTLY, "summary.cmf.recommendationOnly")
        : new Line("cmf", State.NO, "summary.cmf.none");
  }

  private static Line genuine(List<CheckResult> checks) {
    State state = state(checks, GENUINE);
    return new Line("genuine", state, "summary.genuine." + state.id());
  }

  private static Line accredited(List<CheckResult> checks) {
    State state = state(checks, Set.of(TrustCheck.ID));
    return new Line("accredited", state, "summary.accredited." + state.id());
  }

  /** Not revoked, suspended or expired, and which of these it is when not. */
  private static Line current(List<CheckResult> checks) {
    State state = state(checks, Set.of(ValidityCheck.ID, StatusCheck.ID));
    if (state != State.NO) {
      return new Line("current", state, "summary.current." + state.id());
    }
    Optional<ErrorCode> code = checks.stream()
        .filter(c -> c.id().equals(StatusCheck.ID) || c.id().equals(ValidityCheck.ID))
        .filter(CheckResult::isFailed).flatMap(c -> c.code().stream()).findFirst();
    String which = code.map(c -> switch (c) {
      case REVOKED, OB2_REVOKED -> "revoked";
      case SUSPENDED -> "suspended";
      case EXPIRED, NOT_YET_VALID, OB2_EXPIRED -> "expired";
      default -> "unchecked";
    }).orElse("unchecked");
    return new Line("current", state, "summary.current." + which);
  }

  private static State state(List<CheckResult> checks, Set<String> ids) {
    List<CheckResult> these = checks.stream().filter(c -> ids.contains(c.id())).toList();
    if (these.stream().anyMatch(CheckResult::isFailed)) {
      return State.NO;
    }
    boolean allPassed = !these.isEmpty()
        && these.stream().allMatch(c -> c.status() == CheckStatus.PASSED);
    return allPassed ? State.OK : State.UNKNOWN;
  }

  /**
   * Whether the status check answered from the issuer's list just now (passed with a list, or
   * found the credential revoked or suspended): the page then says when revocation was checked.
   */
  static boolean statusListConsulted(List<CheckResult> checks) {
    return checks.stream().filter(c -> c.id().equals(StatusCheck.ID)).anyMatch(c ->
        c.isPassed() && c.detail().map(d -> d.key() != DetailKey.STATUS_NO_ENTRY
            && d.key() != DetailKey.OB2_STATUS_NO_LIST).orElse(false)
        || c.code().filter(code -> code == ErrorCode.REVOKED || code == ErrorCode.SUSPENDED
            || code == ErrorCode.OB2_REVOKED).isPresent());
  }
}
