package org.tessera.verifier.presentation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.verifier.testkit.TwoInstitutions.AUDIENCE;
import static org.tessera.verifier.testkit.TwoInstitutions.NONCE;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.shared.did.DidDocument;
import org.tessera.shared.did.DidWeb;
import org.tessera.shared.did.VerificationMethod;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.json.Json;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckStatus;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.testkit.Fixture;
import org.tessera.verifier.testkit.IssuerSite;
import org.tessera.verifier.testkit.Presentations;
import org.tessera.verifier.testkit.Presentations.Holder;
import org.tessera.verifier.testkit.TwoInstitutions;

class PresentationVerifierTest {

  private static final Instant NOW = Fixture.NOW;
  private static final PresentationExpectations EXPECTED =
      new PresentationExpectations(NONCE, AUDIENCE);

  private final TwoInstitutions world = new TwoInstitutions();
  private final Holder learner = world.learner;
  private final Verifier verifier = world.verifier();

  @AfterEach
  void close() {
    world.close();
  }

  // --- accepted ------------------------------------------------------------------------------

  @Test
  void verifyPresentation_twoInstitutionsVpJwt_verifiedAndHolderBound() {
    String vp = Presentations.vpJwt(learner, world.learnerCredentials(), NONCE, AUDIENCE, NOW);

    PresentationReport report = verifier.verifyPresentation(vp, EXPECTED);

    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).isEmpty();
    assertThat(report.verified()).isTrue();
    assertThat(report.holderBound()).isTrue();
    assertThat(report.holder()).contains(learner.did());
    assertThat(report.shape()).contains(PresentationShape.VCDM11_VP_CLAIM);
    assertThat(report.checks()).extracting(CheckResult::id)
        .containsExactlyElementsOf(PresentationVerifier.ORDER);
    assertThat(report.checks()).allMatch(CheckResult::isPassed);
    assertThat(report.credentials()).hasSize(2).allMatch(PresentedCredential::countsForHolder);
    assertThat(report.credentials()).extracting(c -> c.report().issuer().orElseThrow().id())
        .containsExactly(world.university.did, world.academy.did);
  }

  @Test
  void verifyPresentation_vcJoseCose_verified() {
    String vp = Presentations.vpJoseCose(learner, world.learnerCredentials(), NONCE, AUDIENCE,
        NOW);

    PresentationReport report = verifier.verifyPresentation(vp, EXPECTED);

    assertThat(report.errors()).isEmpty();
    assertThat(report.shape()).contains(PresentationShape.VC_JOSE_COSE);
    assertThat(report.holderBound()).isTrue();
  }

  @Test
  void verifyPresentation_envelopedPresentation_verified() {
    String vp = Presentations.enveloped(Presentations.vpJoseCose(learner,
        world.learnerCredentials(), NONCE, AUDIENCE, NOW));

    PresentationReport report = verifier.verifyPresentation(vp, EXPECTED);

    assertThat(report.errors()).isEmpty();
    assertThat(report.shape()).contains(PresentationShape.ENVELOPED_VC_JOSE_COSE);
    assertThat(report.verified()).isTrue();
  }

  @Test
  void verifyPresentation_didJwkHolder_verified() {
    Holder holder = Holder.didJwk(learner.key());
    List<String> credentials = List.of(world.credential(world.university, holder.did()));

    PresentationReport report = verifier.verifyPresentation(
        Presentations.vpJwt(holder, credentials, NONCE, AUDIENCE, NOW), EXPECTED);

    assertThat(report.errors()).isEmpty();
    assertThat(report.holderBound()).isTrue();
  }

  @Test
  void verifyPresentation_didWebHolderWithAuthenticationKey_verified() {
    try (IssuerSite site = new IssuerSite()) {
      JWK key = JwkGenerator.generate(JwsAlgorithm.ES256, "wallet-1");
      String did = DidWeb.fromBaseUrl(java.net.URI.create(site.baseUrl()));
      site.publish("/.well-known/did.json", "application/did+json",
          Json.write(DidDocument.forKeys(did, List.of(key.toPublicJWK())).toJson()));
      Holder holder = new Holder(key, did, did + "#wallet-1");

      PresentationReport report = verifier.verifyPresentation(Presentations.vpJwt(holder,
          List.of(world.credential(world.academy, did)), NONCE, AUDIENCE, NOW), EXPECTED);

      assertThat(report.errors()).isEmpty();
      assertThat(report.holderBound()).isTrue();
    }
  }

  @Test
  void verifyPresentation_iatWithinWindow_verified() {
    String vp = Presentations.vpJwt(learner, world.learnerCredentials(), NONCE, AUDIENCE,
        NOW.minus(PresentationPolicy.DEFAULT_WINDOW).plusSeconds(1));

    assertThat(verifier.verifyPresentation(vp, EXPECTED).verified()).isTrue();
  }

  // --- the presentation's own checks --------------------------------------------------------

  @Test
  void verifyPresentation_wrongNonce_nonceMismatch() {
    String vp = Presentations.vpJwt(learner, world.learnerCredentials(), "other-nonce",
        AUDIENCE, NOW);

    PresentationReport report = verifier.verifyPresentation(vp, EXPECTED);

    assertThat(report.verified()).isFalse();
    assertThat(report.errorCodes()).containsExactly(ErrorCode.NONCE_MISMATCH);
  }

  @Test
  void verifyPresentation_wrongAudience_audienceMismatch() {
    String vp = Presentations.vpJwt(learner, world.learnerCredentials(), NONCE,
        "https://other-verifier.example", NOW);

    PresentationReport report = verifier.verifyPresentation(vp, EXPECTED);

    assertThat(report.errorCodes()).containsExactly(ErrorCode.AUDIENCE_MISMATCH);
  }

  @Test
  void verifyPresentation_audienceArrayOfTwo_audienceMismatch() {
    ObjectNode payload = Presentations.vpClaimPayload(learner.did(), world.learnerCredentials(),
        NONCE, AUDIENCE, NOW);
    payload.putArray("aud").add(AUDIENCE).add("https://other-verifier.example");

    assertThat(verify(sign(payload)).errorCodes()).containsExactly(ErrorCode.AUDIENCE_MISMATCH);
  }

  @Test
  void verifyPresentation_replayed_refusedTheSecondTime() {
    String vp = Presentations.vpJwt(learner, world.learnerCredentials(), NONCE, AUDIENCE, NOW);

    PresentationReport first = verifier.verifyPresentation(vp, EXPECTED);
    PresentationReport second = verifier.verifyPresentation(vp, EXPECTED);

    assertThat(first.verified()).isTrue();
    assertThat(second.verified()).isFalse();
    assertThat(second.errorCodes()).containsExactly(ErrorCode.PRESENTATION_REPLAYED);
  }

  @Test
  void verifyPresentation_secondPresentationForTheSameNonce_replayed() {
    verifier.verifyPresentation(
        Presentations.vpJwt(learner, world.learnerCredentials(), NONCE, AUDIENCE, NOW), EXPECTED);

    PresentationReport again = verifier.verifyPresentation(Presentations.vpJwt(learner,
        world.learnerCredentials(), NONCE, AUDIENCE, NOW.minusSeconds(5)), EXPECTED);

    assertThat(again.errorCodes()).containsExactly(ErrorCode.PRESENTATION_REPLAYED);
  }

  @Test
  void verifyPresentation_ownReplayStore_usedInsteadOfTheVerifiers() {
    String vp = Presentations.vpJwt(learner, world.learnerCredentials(), NONCE, AUDIENCE, NOW);
    InMemoryReplayStore transactionStore = new InMemoryReplayStore(10, world.university.clock);

    assertThat(verifier.verifyPresentation(vp, EXPECTED, transactionStore).verified()).isTrue();
    assertThat(verifier.verifyPresentation(vp, EXPECTED, transactionStore).errorCodes())
        .containsExactly(ErrorCode.PRESENTATION_REPLAYED);
    assertThat(verifier.verifyPresentation(vp, EXPECTED).verified()).isTrue();
  }

  @Test
  void verifyPresentation_refusedPresentation_notRecorded() {
    String vp = Presentations.vpJwt(learner, world.learnerCredentials(), NONCE, AUDIENCE, NOW);
    verifier.verifyPresentation(vp, new PresentationExpectations("another", AUDIENCE));

    PresentationReport report = verifier.verifyPresentation(vp, EXPECTED);

    assertThat(report.verified()).isTrue();
  }

  @Test
  void verifyPresentation_replayStoreFull_refusedRatherThanForgotten() {
    Verifier tiny = world.verifier(new PresentationPolicy(PresentationPolicy.DEFAULT_WINDOW, 20,
        PresentationPolicy.DEFAULT_MAX_CHARS, 1));
    String vp = Presentations.vpJwt(learner, world.learnerCredentials(), NONCE, AUDIENCE, NOW);

    assertThat(tiny.verifyPresentation(vp, EXPECTED).errorCodes())
        .containsExactly(ErrorCode.REPLAY_CHECK_UNAVAILABLE);
  }

  @Test
  void verifyPresentation_iatOlderThanWindow_expired() {
    String vp = Presentations.vpJwt(learner, world.learnerCredentials(), NONCE, AUDIENCE,
        NOW.minus(PresentationPolicy.DEFAULT_WINDOW).minus(Duration.ofMinutes(2)));

    assertThat(verify(vp).errorCodes()).containsExactly(ErrorCode.PRESENTATION_EXPIRED);
  }

  @Test
  void verifyPresentation_expPassed_expired() {
    ObjectNode payload = Presentations.vpClaimPayload(learner.did(), world.learnerCredentials(),
        NONCE, AUDIENCE, NOW);
    payload.put("exp", NOW.minusSeconds(120).getEpochSecond());

    assertThat(verify(sign(payload)).errorCodes())
        .containsExactly(ErrorCode.PRESENTATION_EXPIRED);
  }

  @Test
  void verifyPresentation_iatInTheFuture_notYetValid() {
    String vp = Presentations.vpJwt(learner, world.learnerCredentials(), NONCE, AUDIENCE,
        NOW.plus(Duration.ofMinutes(5)));

    assertThat(verify(vp).errorCodes()).containsExactly(ErrorCode.PRESENTATION_NOT_YET_VALID);
  }

  @Test
  void verifyPresentation_noIat_malformed() {
    ObjectNode payload = Presentations.vpClaimPayload(learner.did(), world.learnerCredentials(),
        NONCE, AUDIENCE, NOW);
    payload.remove("iat");

    assertThat(verify(sign(payload)).errorCodes())
        .containsExactly(ErrorCode.PRESENTATION_MALFORMED);
  }

  @Test
  void verifyPresentation_configuredWindow_applies() {
    Verifier strict = world.verifier(PresentationPolicy.defaults()
        .withWindow(Duration.ofSeconds(30)));
    String vp = Presentations.vpJwt(learner, world.learnerCredentials(), NONCE, AUDIENCE,
        NOW.minusSeconds(120));

    assertThat(strict.verifyPresentation(vp, EXPECTED).errorCodes())
        .containsExactly(ErrorCode.PRESENTATION_EXPIRED);
  }

  // --- holder binding ------------------------------------------------------------------------

  @Test
  void verifyPresentation_learnersCredentialsSignedByAnotherHolder_holderMismatch() {
    Holder thief = Holder.didKey(JwkGenerator.generate(JwsAlgorithm.EdDSA, "thief"));
    String vp = Presentations.vpJwt(thief, world.learnerCredentials(), NONCE, AUDIENCE, NOW);

    PresentationReport report = verify(vp);

    assertThat(report.errorCodes()).containsExactly(ErrorCode.HOLDER_MISMATCH);
    assertThat(report.credentials()).extracting(PresentedCredential::binding)
        .containsOnly(Binding.OTHER_HOLDER);
    assertThat(report.credentials()).noneMatch(PresentedCredential::countsForHolder);
  }

  @Test
  void verifyPresentation_learnerNamedButSignedWithAnotherKey_signatureInvalid() {
    JWK other = JwkGenerator.generate(JwsAlgorithm.EdDSA, "other");
    String vp = Presentations.sign(Presentations.vpClaimPayload(learner.did(),
        world.learnerCredentials(), NONCE, AUDIENCE, NOW), other, learner.kid(),
        Optional.of("JWT"), Optional.empty());

    PresentationReport report = verify(vp);

    assertThat(report.errorCodes()).containsExactly(ErrorCode.PRESENTATION_SIGNATURE_INVALID);
    assertThat(report.credentials()).isEmpty();
    assertThat(report.holder()).isEmpty();
  }

  @Test
  void verifyPresentation_kidOfAnotherDid_holderKeyNotFound() {
    Holder other = Holder.didKey(JwkGenerator.generate(JwsAlgorithm.EdDSA, "other"));
    String vp = Presentations.sign(Presentations.vpClaimPayload(learner.did(),
        world.learnerCredentials(), NONCE, AUDIENCE, NOW), other.key(), other.kid(),
        Optional.of("JWT"), Optional.empty());

    assertThat(verify(vp).errorCodes()).containsExactly(ErrorCode.HOLDER_KEY_NOT_FOUND);
  }

  @Test
  void verifyPresentation_didWebKeyOnlyForAssertion_holderKeyNotFound() {
    try (IssuerSite site = new IssuerSite()) {
      JWK key = JwkGenerator.generate(JwsAlgorithm.ES256, "wallet-1");
      String did = DidWeb.fromBaseUrl(java.net.URI.create(site.baseUrl()));
      VerificationMethod method = VerificationMethod.of(did + "#wallet-1", did,
          key.toPublicJWK(), Optional.empty());
      site.publish("/.well-known/did.json", "application/did+json", Json.write(
          new DidDocument(did, List.of(method), List.of(method.id()), List.of()).toJson()));
      Holder holder = new Holder(key, did, did + "#wallet-1");

      PresentationReport report = verify(Presentations.vpJwt(holder,
          List.of(world.credential(world.academy, did)), NONCE, AUDIENCE, NOW));

      assertThat(report.errorCodes()).containsExactly(ErrorCode.HOLDER_KEY_NOT_FOUND);
    }
  }

  @Test
  void verifyPresentation_issAndHolderDisagree_holderMismatch() {
    ObjectNode payload = Presentations.vcdm2Payload(learner.did(), world.learnerCredentials(),
        NONCE, AUDIENCE, NOW);
    payload.put("iss", "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK");

    PresentationReport report = verify(Presentations.sign(payload, learner.key(), learner.kid(),
        Optional.of("vp+jwt"), Optional.of("vp")));

    assertThat(report.errorCodes()).containsExactly(ErrorCode.HOLDER_MISMATCH);
  }

  @Test
  void verifyPresentation_credentialOfAnotherLearnerMixedIn_holderMismatchSaysWhich() {
    List<String> credentials = List.of(world.credential(world.university, learner.did()),
        world.credential(world.academy, "did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK"));

    PresentationReport report = verify(
        Presentations.vpJwt(learner, credentials, NONCE, AUDIENCE, NOW));

    assertThat(report.errorCodes()).containsExactly(ErrorCode.HOLDER_MISMATCH);
    assertThat(report.credentials()).extracting(PresentedCredential::binding)
        .containsExactly(Binding.BOUND, Binding.OTHER_HOLDER);
    assertThat(check(report, HolderBinding.ID).message()).startsWith("credential(s) 2 of 2");
    // The other learner's credential is itself valid: only its binding fails.
    assertThat(report.credentials().get(1).report().verified()).isTrue();
  }

  @Test
  void verifyPresentation_credentialWithoutSubjectId_warnsNotBoundAndNotCounted() {
    ObjectNode unbound = world.academy.credential();
    ((ObjectNode) unbound.get("credentialSubject")).remove("id");
    List<String> credentials = List.of(world.credential(world.university, learner.did()),
        world.academy.sign(unbound));

    PresentationReport report = verify(
        Presentations.vpJwt(learner, credentials, NONCE, AUDIENCE, NOW));

    assertThat(report.errors()).isEmpty();
    assertThat(report.warningCodes()).containsExactly(ErrorCode.CREDENTIAL_NOT_BOUND);
    assertThat(report.holderBound()).isFalse();
    assertThat(report.credentials()).extracting(PresentedCredential::binding)
        .containsExactly(Binding.BOUND, Binding.NOT_BOUND);
    assertThat(report.credentials()).extracting(PresentedCredential::countsForHolder)
        .containsExactly(true, false);
  }

  // --- the credentials inside ---------------------------------------------------------------

  @Test
  void verifyPresentation_oneRevokedAmongThree_reportSaysWhich() {
    world.revoke(world.university, 4242);
    List<String> credentials = List.of(world.credential(world.university, learner.did()),
        world.credential(world.university, learner.did(), 4242),
        world.credential(world.academy, learner.did()));

    PresentationReport report = verify(
        Presentations.vpJwt(learner, credentials, NONCE, AUDIENCE, NOW));

    assertThat(report.errorCodes()).containsExactly(ErrorCode.CREDENTIAL_NOT_VERIFIED);
    assertThat(report.credentials()).extracting(c -> c.report().verified())
        .containsExactly(true, false, true);
    assertThat(report.credentials().get(1).report().errorCodes())
        .containsExactly(ErrorCode.REVOKED);
    assertThat(check(report, PresentationVerifier.CREDENTIALS_ID).message())
        .isEqualTo("credential(s) 2 (REVOKED) of 3 did not verify");
    assertThat(report.credentials()).allMatch(c -> c.binding() == Binding.BOUND);
  }

  @Test
  void verifyPresentation_untrustedIssuerAmongThem_issuerNotTrusted() {
    try (Fixture stranger = new Fixture()) {
      List<String> credentials = List.of(world.credential(world.university, learner.did()),
          world.credential(stranger, learner.did()),
          world.credential(world.academy, learner.did()));

      PresentationReport report = verify(
          Presentations.vpJwt(learner, credentials, NONCE, AUDIENCE, NOW));

      assertThat(report.errorCodes()).containsExactly(ErrorCode.CREDENTIAL_NOT_VERIFIED);
      assertThat(report.credentials().get(1).report().errorCodes())
          .contains(ErrorCode.ISSUER_NOT_TRUSTED);
      assertThat(report.credentials().get(0).report().verified()).isTrue();
    }
  }

  @Test
  void verifyPresentation_forgedCredential_notVerifiedAndBindingUnknown() {
    String jwt = world.credential(world.academy, learner.did());
    String forged = jwt.substring(0, jwt.length() - 4) + (jwt.endsWith("AAAA") ? "BBBB" : "AAAA");

    PresentationReport report = verify(Presentations.vpJwt(learner,
        List.of(world.credential(world.university, learner.did()), forged), NONCE, AUDIENCE,
        NOW));

    assertThat(report.errorCodes()).containsExactly(ErrorCode.CREDENTIAL_NOT_VERIFIED);
    assertThat(report.warningCodes()).containsExactly(ErrorCode.CREDENTIAL_NOT_BOUND);
    assertThat(report.credentials().get(1).binding()).isEqualTo(Binding.UNKNOWN);
  }

  @Test
  void verifyPresentation_unsignedCredentialInside_notVerified() {
    ObjectNode payload = Presentations.vpClaimPayload(learner.did(),
        List.of(world.credential(world.university, learner.did())), NONCE, AUDIENCE, NOW);
    ((com.fasterxml.jackson.databind.node.ArrayNode) payload.get("vp")
        .get("verifiableCredential")).add(world.university.credential());

    PresentationReport report = verify(sign(payload));

    assertThat(report.errorCodes()).containsExactly(ErrorCode.CREDENTIAL_NOT_VERIFIED);
    assertThat(report.credentials().get(1).report().errorCodes())
        .containsExactly(ErrorCode.UNSUPPORTED_SHAPE);
  }

  // --- limits and shapes --------------------------------------------------------------------

  @Test
  void verifyPresentation_tooManyCredentials_refusedBeforeAnyIsChecked() {
    Verifier limited = world.verifier(PresentationPolicy.defaults().withLimits(2, 1_000_000));
    List<String> three = List.of(world.credential(world.university, learner.did()),
        world.credential(world.university, learner.did()),
        world.credential(world.academy, learner.did()));

    PresentationReport report = limited.verifyPresentation(
        Presentations.vpJwt(learner, three, NONCE, AUDIENCE, NOW), EXPECTED);

    assertThat(report.errorCodes()).containsExactly(ErrorCode.TOO_MANY_CREDENTIALS);
    assertThat(report.credentials()).isEmpty();
  }

  @Test
  void verifyPresentation_oversized_presentationTooLarge() {
    Verifier limited = world.verifier(PresentationPolicy.defaults().withLimits(20, 4096));
    String vp = Presentations.vpJwt(learner, world.learnerCredentials(), NONCE, AUDIENCE, NOW);

    PresentationReport report = limited.verifyPresentation(vp, EXPECTED);

    assertThat(report.errorCodes()).containsExactly(ErrorCode.PRESENTATION_TOO_LARGE);
    assertThat(report.checks().subList(1, report.checks().size()))
        .allMatch(c -> c.status() == CheckStatus.SKIPPED);
  }

  @Test
  void verifyPresentation_overDefaultLimit_presentationTooLarge() {
    PresentationReport report = verify("a".repeat(PresentationPolicy.DEFAULT_MAX_CHARS + 1));

    assertThat(report.errorCodes()).containsExactly(ErrorCode.PRESENTATION_TOO_LARGE);
  }

  @Test
  void verifyPresentation_singleCredentialNotPresentation_malformed() {
    PresentationReport report = verify(world.credential(world.university, learner.did()));

    assertThat(report.errorCodes()).containsExactly(ErrorCode.PRESENTATION_MALFORMED);
    assertThat(report.shape()).isEmpty();
  }

  @Test
  void verifyPresentation_noCredentials_malformed() {
    assertThat(verify(Presentations.vpJwt(learner, List.of(), NONCE, AUDIENCE, NOW))
        .errorCodes()).containsExactly(ErrorCode.PRESENTATION_MALFORMED);
  }

  @Test
  void verifyPresentation_garbage_malformedNeverThrows() {
    for (String input : List.of("", "{}", "[]", "a.b.c", "{\"verifiablePresentation\":7}",
        "{\"type\":\"EnvelopedVerifiablePresentation\",\"id\":\"data:application/vp+jwt,x\"}")) {
      assertThat(verify(input).errorCodes()).as(input)
          .containsExactly(ErrorCode.PRESENTATION_MALFORMED);
    }
  }

  @Test
  void verifyPresentation_algNone_algNotAllowed() {
    String vp = Presentations.vpJwt(learner, world.learnerCredentials(), NONCE, AUDIENCE, NOW);
    String none = b64("{\"alg\":\"none\",\"kid\":\"" + learner.kid() + "\"}") + "."
        + vp.split("\\.")[1] + ".";

    assertThat(verify(none).errorCodes()).containsExactly(ErrorCode.ALG_NOT_ALLOWED);
  }

  @Test
  void verifyPresentation_headerJwk_headerNotAllowed() {
    JWSHeader header = new JWSHeader.Builder(JwsAlgorithm.EdDSA.nimbus()).keyID(learner.kid())
        .jwk(learner.key().toPublicJWK()).build();
    String vp = Fixture.signRaw(header, Presentations.vpClaimPayload(learner.did(),
        world.learnerCredentials(), NONCE, AUDIENCE, NOW), JwsSigners.forKey(learner.key()));

    assertThat(verify(vp).errorCodes())
        .containsExactly(ErrorCode.PRESENTATION_HEADER_NOT_ALLOWED);
  }

  @Test
  void verifyPresentation_vpClaimUnderVpJwtTyp_headerNotAllowed() {
    JWSHeader header = new JWSHeader.Builder(JwsAlgorithm.EdDSA.nimbus()).keyID(learner.kid())
        .type(new JOSEObjectType("vp+jwt")).build();
    String vp = Fixture.signRaw(header, Presentations.vpClaimPayload(learner.did(),
        world.learnerCredentials(), NONCE, AUDIENCE, NOW), JwsSigners.forKey(learner.key()));

    assertThat(verify(vp).errorCodes())
        .containsExactly(ErrorCode.PRESENTATION_HEADER_NOT_ALLOWED);
  }

  @Test
  void toJson_twoCredentials_holdsBothReports() {
    String vp = Presentations.vpJwt(learner, world.learnerCredentials(), NONCE, AUDIENCE, NOW);

    JsonNode json = verify(vp).toJson();

    assertThat(json.get("verified").asBoolean()).isTrue();
    assertThat(json.get("holderBound").asBoolean()).isTrue();
    assertThat(json.get("holder").asText()).isEqualTo(learner.did());
    assertThat(json.get("credentials")).hasSize(2);
    assertThat(json.get("credentials").get(0).get("binding").asText()).isEqualTo("bound");
    assertThat(json.get("credentials").get(1).get("report").get("verified").asBoolean())
        .isTrue();
    assertThat(json.get("checks").get(0).fieldNames()).toIterable()
        .containsExactly("id", "status", "message");
  }

  private PresentationReport verify(String vp) {
    return verifier.verifyPresentation(vp, EXPECTED);
  }

  private String sign(ObjectNode payload) {
    return Presentations.sign(payload, learner.key(), learner.kid(), Optional.of("JWT"),
        Optional.empty());
  }

  private static CheckResult check(PresentationReport report, String id) {
    return report.checks().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  private static String b64(String text) {
    return java.util.Base64.getUrlEncoder().withoutPadding()
        .encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
