package org.tessera.verifier.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.ErrorCode;

class VerdictTest {

  private static VerificationReport failing(ErrorCode... codes) {
    List<CheckResult> errors = Arrays.stream(codes)
        .map(code -> CheckResult.failed("x", code)).toList();
    return new VerificationReport(false, errors, List.of(), errors, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  @ParameterizedTest
  @CsvSource({
      "REVOKED, REVOKED, REVOKED",
      "SUSPENDED, SUSPENDED, SUSPENDED",
      "EXPIRED, EXPIRED, EXPIRED",
      "ISSUER_NOT_TRUSTED, NOT_TRUSTED, ISSUER_NOT_TRUSTED",
      "ACCREDITATION_OUT_OF_SCOPE, NOT_TRUSTED, ACCREDITATION_OUT_OF_SCOPE",
      "TRUST_LIST_UNAVAILABLE, NOT_TRUSTED, TRUST_LIST_UNAVAILABLE",
      "SIGNATURE_INVALID, INVALID, SIGNATURE_INVALID",
      "MALFORMED_INPUT, INVALID, MALFORMED_INPUT",
      "STATUS_LIST_UNAVAILABLE, INVALID, STATUS_LIST_UNAVAILABLE",
      "NOT_YET_VALID, INVALID, NOT_YET_VALID"})
  void of_singleFailure_mapsToVerdict(ErrorCode code, Verdict.Kind kind, ErrorCode reason) {
    Verdict verdict = Verdict.of(failing(code));
    assertThat(verdict.kind()).isEqualTo(kind);
    assertThat(verdict.reason()).contains(reason);
  }

  @ParameterizedTest
  @CsvSource({
      "EXPIRED, REVOKED, REVOKED",
      "ISSUER_NOT_TRUSTED, SUSPENDED, SUSPENDED",
      "EXPIRED, ISSUER_NOT_TRUSTED, NOT_TRUSTED",
      "REVOKED, SCHEMA_INVALID, INVALID",
      "STATUS_LIST_INVALID, EXPIRED, EXPIRED"})
  void of_severalFailures_mostFundamentalWins(ErrorCode a, ErrorCode b, Verdict.Kind kind) {
    assertThat(Verdict.of(failing(a, b)).kind()).isEqualTo(kind);
    assertThat(Verdict.of(failing(b, a)).kind()).isEqualTo(kind);
  }
}
