package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.shared.json.Json;
import org.tessera.shared.trust.AccreditationScope;
import org.tessera.shared.trust.StatusPeriod;
import org.tessera.shared.trust.TrustList;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckStatus;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.IssuerInfo;
import org.tessera.verifier.testkit.Fixture;
import org.tessera.verifier.trust.TrustLookup;
import org.tessera.verifier.trust.TrustSource;

class TrustCheckTest {

  private static final Fixture FIXTURE = new Fixture();
  private static final Instant GRANTED_AT = Instant.parse("2025-01-01T00:00:00Z");
  private final TrustCheck check = new TrustCheck(FIXTURE.clock);

  @AfterAll
  static void close() {
    FIXTURE.close();
  }

  private static TrustLookup list(AccreditationScope scope, StatusPeriod... history) {
    return new TrustLookup.Available(FIXTURE.defaultTrustList(scope, List.of(history)));
  }

  private CheckResult run(TrustLookup lookup) {
    return check(lookup, FIXTURE.credential());
  }

  private CheckResult check(TrustLookup lookup, ObjectNode credential) {
    return check.check(lookup, CredentialJwt.parse(FIXTURE.sign(credential)).orElseThrow(),
        FIXTURE.did);
  }

  private static StatusPeriod granted() {
    return new StatusPeriod(TrustStatus.GRANTED, GRANTED_AT);
  }

  @Test
  void run_grantedInScope_passes() {
    CheckResult result = run(list(Fixture.scope(5, 8), granted()));
    assertThat(result.isPassed()).isTrue();
    assertThat(result.message()).contains(Fixture.ISSUER_NAME);
  }

  @Test
  void run_unlistedIssuer_issuerNotTrusted() {
    TrustList other = FIXTURE.trustList(List.of());
    assertThat(run(new TrustLookup.Available(other)).code())
        .contains(ErrorCode.ISSUER_NOT_TRUSTED);
  }

  @Test
  void run_suspendedNow_issuerTrustSuspended() {
    assertThat(run(list(Fixture.scope(5, 8), granted(),
        new StatusPeriod(TrustStatus.SUSPENDED, Instant.parse("2025-12-01T00:00:00Z")))).code())
        .contains(ErrorCode.ISSUER_TRUST_SUSPENDED);
  }

  @Test
  void run_withdrawnAtIssuanceGrantedNow_issuerTrustSuspended() {
    // The credential is valid from 2025-03-01; the issuer was only granted in 2025-06.
    assertThat(run(list(Fixture.scope(5, 8),
        new StatusPeriod(TrustStatus.WITHDRAWN, Instant.parse("2024-01-01T00:00:00Z")),
        new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-06-01T00:00:00Z")))).code())
        .contains(ErrorCode.ISSUER_TRUST_SUSPENDED);
  }

  @Test
  void run_eqfLevelOutsideRange_accreditationOutOfScope() {
    CheckResult result = run(list(Fixture.scope(7, 8), granted()));
    assertThat(result.code()).contains(ErrorCode.ACCREDITATION_OUT_OF_SCOPE);
    assertThat(result.message()).contains("EQF level 6");
  }

  /** The template credential (EQF 6 in microCredential and in an EQF alignment) edited. */
  private static ObjectNode withEqf(String microCredentialLevel) {
    ObjectNode credential = FIXTURE.credential();
    ((ObjectNode) credential.at("/credentialSubject/achievement/microCredential"))
        .put("eqfLevel", microCredentialLevel);
    ((ObjectNode) credential.at("/credentialSubject/achievement")).remove("alignment");
    return credential;
  }

  @Test
  void run_eqfLevelUnreadable_accreditationOutOfScopeNeverUnchecked() {
    // Accredited for EQF 4-6; the page once showed these as EQF 8 while trust skipped the scope.
    TrustLookup fourToSix = list(Fixture.scope(4, 6), granted());
    for (String level : List.of("http://data.europa.eu/snb/eqf/8\n",
        " http://data.europa.eu/snb/eqf/8", "https://evil.example/snb/eqf/8", "8.0", "")) {
      CheckResult result = check(fourToSix, withEqf(level));
      assertThat(result.code()).as(level).contains(ErrorCode.ACCREDITATION_OUT_OF_SCOPE);
      assertThat(result.message()).contains("unreadable");
    }
    assertThat(check(fourToSix, withEqf("http://data.europa.eu/snb/eqf/5"))
        .isPassed()).isTrue();
  }

  @Test
  void run_eqfLevelsDisagreeOrMissingOnMicroCredential_accreditationOutOfScope() {
    TrustLookup fiveToEight = list(Fixture.scope(5, 8), granted());
    ObjectNode disagreeing = FIXTURE.credential();
    ((ObjectNode) disagreeing.at("/credentialSubject/achievement/alignment/0"))
        .put("targetUrl", "http://data.europa.eu/snb/eqf/8").put("targetCode", "8");
    assertThat(check(fiveToEight, disagreeing).code())
        .contains(ErrorCode.ACCREDITATION_OUT_OF_SCOPE);

    ObjectNode none = withEqf("x");
    ((ObjectNode) none.at("/credentialSubject/achievement/microCredential")).remove("eqfLevel");
    CheckResult result = check(fiveToEight, none);
    assertThat(result.code()).contains(ErrorCode.ACCREDITATION_OUT_OF_SCOPE);
    assertThat(result.message()).contains("states no EQF level");
  }

  @Test
  void run_frameworkNotCmf_accreditationOutOfScope() {
    AccreditationScope other = new AccreditationScope(List.of("NL-NQF"), 1, 8, List.of(),
        Optional.empty());
    assertThat(run(list(other, granted())).code()).contains(ErrorCode.ACCREDITATION_OUT_OF_SCOPE);
  }

  @Test
  void run_otherCredentialTypeOrEndedAccreditation_accreditationOutOfScope() {
    AccreditationScope types = new AccreditationScope(List.of("EU-CMF"), 5, 8,
        List.of("DegreeCredential"), Optional.empty());
    assertThat(run(list(types, granted())).code()).contains(ErrorCode.ACCREDITATION_OUT_OF_SCOPE);
    AccreditationScope ended = new AccreditationScope(List.of("EU-CMF"), 5, 8, List.of(),
        Optional.of(Instant.parse("2025-02-01T00:00:00Z")));
    assertThat(run(list(ended, granted())).code()).contains(ErrorCode.ACCREDITATION_OUT_OF_SCOPE);
  }

  @Test
  void run_signedAfterTheAccreditationEndedWithBackDatedValidFrom_accreditationOutOfScope() {
    // validFrom 2025-03-01 is before the end, but the JWT says it was signed in June.
    AccreditationScope endedInApril = new AccreditationScope(List.of("EU-CMF"), 5, 8, List.of(),
        Optional.of(Instant.parse("2025-04-01T00:00:00Z")));
    CheckResult result = check.check(list(endedInApril, granted()),
        issuedAt(Instant.parse("2025-06-15T00:00:00Z")), FIXTURE.did);
    assertThat(result.code()).contains(ErrorCode.ACCREDITATION_OUT_OF_SCOPE);

    CheckResult suspendedThen = check.check(list(Fixture.scope(5, 8), granted(),
        new StatusPeriod(TrustStatus.SUSPENDED, Instant.parse("2025-06-01T00:00:00Z")),
        new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-07-01T00:00:00Z"))),
        issuedAt(Instant.parse("2025-06-15T00:00:00Z")), FIXTURE.did);
    assertThat(suspendedThen.code()).contains(ErrorCode.ISSUER_TRUST_SUSPENDED);
  }

  /** The template credential (validFrom 2025-03-01) as a JWT that also claims {@code iat}. */
  private static ParsedCredentialJwt issuedAt(Instant iat) {
    ObjectNode payload = Json.mapper().valueToTree(
        CredentialJwt.claimsFor(FIXTURE.credential()).toJSONObject());
    payload.put("iat", iat.getEpochSecond());
    String jwt = Fixture.signRaw(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(FIXTURE.kid)
        .type(JOSEObjectType.JWT).build(), payload, JwsSigners.forKey(FIXTURE.issuerKey));
    return CredentialJwt.parse(jwt).orElseThrow();
  }

  @Test
  void run_noTrustListConfigured_failsClosed() {
    CheckResult result = run(TrustSource.missing().current());
    assertThat(result.status()).isEqualTo(CheckStatus.FAILED);
    assertThat(result.code()).contains(ErrorCode.TRUST_LIST_UNAVAILABLE);
  }

  @Test
  void run_explicitlyDisabled_warningOnly() {
    CheckResult result = run(TrustSource.disabled().current());
    assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
    assertThat(result.code()).contains(ErrorCode.TRUST_LIST_UNAVAILABLE);
  }

  @Test
  void issuerInfo_listedIssuer_nameAndCountry() {
    assertThat(TrustCheck.issuerInfo(list(Fixture.scope(5, 8), granted()), FIXTURE.did))
        .contains(new IssuerInfo(FIXTURE.did, Optional.of(Fixture.ISSUER_NAME),
            Optional.of("NL"), Optional.of(Fixture.scope(5, 8))));
  }
}
