package org.tessera.verifier.ob2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckStatus;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.status.StatusFreshness;
import org.tessera.verifier.testkit.Fixture;
import org.tessera.verifier.testkit.Ob2Badges;

/** OB 2.0 assertions hosted on a local issuer site, through the verifier's own fetcher. */
class Ob2VerifierTest {

  private final Fixture fixture = new Fixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  private VerificationReport verify(String input) {
    return fixture.verifier().verify(input, StatusFreshness.CACHED, Optional.empty());
  }

  private void trustTheIssuer() {
    fixture.writeTrustList(fixture.trustList(List.of(Ob2Badges.trusted(fixture.site))));
  }

  /** The codes for a trusted issuer's hosted assertion after {@code change} to it or the site. */
  private List<ErrorCode> codesAfter(String slug, Consumer<ObjectNode> change) {
    trustTheIssuer();
    ObjectNode assertion = Ob2Badges.publishHosted(fixture.site, slug);
    change.accept(assertion);
    return verify(Json.write(assertion)).errorCodes();
  }

  /** Serves the changed assertion as its issuer's copy too. */
  private void republish(ObjectNode assertion) {
    Ob2Badges.publish(fixture.site, assertion);
  }

  @Test
  void verify_hostedOnTrustedIssuer_verifiedAsOpenBadges2() {
    trustTheIssuer();
    ObjectNode assertion = Ob2Badges.publishHosted(fixture.site, "a1");

    VerificationReport report = verify(Json.write(assertion));

    assertThat(report.errorCodes()).isEmpty();
    assertThat(report.verified()).isTrue();
    assertThat(report.checks()).extracting(CheckResult::id)
        .containsExactlyElementsOf(Ob2Verifier.HOSTED_ORDER);
    assertThat(Fixture.check(report, "ob2.recipient").status()).isEqualTo(CheckStatus.SKIPPED);
    assertThat(Fixture.check(report, "cmf").status()).isEqualTo(CheckStatus.SKIPPED);
    assertThat(report.toJson().path("format").asText()).isEqualTo("Open Badges 2.0");
    assertThat(report.toJson().has("cmf")).isFalse();
    assertThat(report.verifiedCredential().orElseThrow().kid())
        .isEqualTo(assertion.get("id").asText());
  }

  @Test
  void verify_issuerNotOnTrustList_notTrustedAndRevocationNotFetched() {
    ObjectNode assertion = Ob2Badges.publishHosted(fixture.site, "a2");

    VerificationReport report = verify(assertion.get("id").asText());

    assertThat(report.errorCodes()).containsExactly(ErrorCode.ISSUER_NOT_TRUSTED);
    assertThat(Fixture.check(report, "status").status()).isEqualTo(CheckStatus.SKIPPED);
    assertThat(fixture.site.requests("/ob2/revocations.json")).isZero();
    assertThat(report.credential()).isPresent();
  }

  @Test
  void verify_privateAddress_fetchBlockedAndTheRestSkipped() {
    VerificationReport report = verify("https://10.0.0.7/assertions/1.json");

    assertThat(report.errorCodes()).containsExactly(ErrorCode.FETCH_BLOCKED);
    assertThat(report.checks()).hasSize(Ob2Verifier.HOSTED_ORDER.size());
    assertThat(report.checks().subList(2, report.checks().size()))
        .allMatch(c -> c.status() == CheckStatus.SKIPPED);
    assertThat(report.credential()).isEmpty();
  }

  @Test
  void verify_hostedAssertionWithUndefinedTerm_jsonLdInvalid() {
    assertThat(codesAfter("a3", a -> republish(a.put("favouriteColour", "blue"))))
        .containsExactly(ErrorCode.JSONLD_INVALID);
  }

  @Test
  void verify_badgeClassServedUnderAnotherId_badgeUnreachable() {
    assertThat(codesAfter("a4", a -> fixture.site.publish("/ob2/badge.json", "application/json",
        Json.write(Json.object().put("@context", Ob2Badges.CONTEXT).put("type", "BadgeClass")
            .put("id", "https://elsewhere.example/badge.json")
            .put("issuer", Ob2Badges.issuerId(fixture.site))))))
        .containsExactly(ErrorCode.OB2_BADGE_UNREACHABLE);
  }

  @Test
  void verify_recipientEmail_matchedAgainstTheSaltedHash() {
    trustTheIssuer();
    String assertion = Json.write(Ob2Badges.publishHosted(fixture.site, "a5"));

    VerificationReport right = fixture.verifier().verify(assertion, StatusFreshness.CACHED,
        Optional.of(Ob2Badges.EMAIL));
    VerificationReport wrong = fixture.verifier().verify(assertion, StatusFreshness.CACHED,
        Optional.of("other@example.org"));

    assertThat(Fixture.check(right, "ob2.recipient").status()).isEqualTo(CheckStatus.PASSED);
    assertThat(right.verified()).isTrue();
    assertThat(wrong.errorCodes()).containsExactly(ErrorCode.OB2_RECIPIENT_MISMATCH);
    // The address is compared, never reported.
    assertThat(wrong.toJson().toString()).doesNotContain("other@example.org");
  }

  @Test
  void verify_hostedMissingRecipient_assertionInvalidBeforeAnyFetch() {
    ObjectNode assertion = Ob2Badges.publishHosted(fixture.site, "a6");
    assertion.remove("recipient");

    VerificationReport report = verify(Json.write(assertion));

    assertThat(report.errorCodes()).containsExactly(ErrorCode.OB2_ASSERTION_INVALID);
    assertThat(fixture.site.requests("/ob2/assertions/a6.json")).isZero();
  }

  @Test
  void verify_issuerProfileGone_issuerUnreachable() {
    assertThat(codesAfter("a7", a -> fixture.site.remove("/ob2/issuer.json")))
        .containsExactly(ErrorCode.OB2_ISSUER_UNREACHABLE);
  }

  @Test
  void verify_revocationListGone_failsClosed() {
    assertThat(codesAfter("a8", a -> fixture.site.remove("/ob2/revocations.json")))
        .containsExactly(ErrorCode.OB2_REVOCATION_LIST_UNAVAILABLE);
  }

  @Test
  void verify_issuedInTheFuture_notYetValid() {
    assertThat(codesAfter("a9", a -> republish(a.put("issuedOn", "2027-01-01"))))
        .containsExactly(ErrorCode.NOT_YET_VALID);
  }

  @Test
  void verify_ob3CredentialStill_goesThroughThePipeline() {
    VerificationReport report = verify(fixture.sign(fixture.credential()));

    assertThat(report.verified()).isTrue();
    assertThat(report.format()).isEqualTo(VerificationReport.CredentialFormat.OPEN_BADGES_3);
    assertThat(report.toJson().has("format")).isFalse();
  }
}
