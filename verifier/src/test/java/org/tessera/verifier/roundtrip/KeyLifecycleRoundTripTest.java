package org.tessera.verifier.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tessera.shared.json.Json;
import org.tessera.shared.testkit.MutableClock;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * Key rotation and compromise, issuer → verifier: the issuer (its clock moved by hand) signs with
 * key 1 two hours and one hour ago, rotates to key 2, then marks key 1 compromised from 90
 * minutes ago. The verifier reads the DID document's {@code revoked} time. The status list was
 * opened (and signed) with key 1; the compromise has the issuer re-sign it with key 2, without
 * which every credential of that list would fail its status check.
 */
class KeyLifecycleRoundTripTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  private static final MutableClock CLOCK = new MutableClock(NOW.minus(Duration.ofHours(2)));

  @RegisterExtension
  static final RunningIssuer issuer = new RunningIssuer(CLOCK, List.of("key-1", "key-2"));
  private static String beforeCompromise;
  private static String afterCompromise;
  private static String afterRotation;
  private static JsonNode didDocument;

  @BeforeAll
  static void issueRotateCompromise() {
    String achievement = issuer.createAchievement(false);
    beforeCompromise = issue(achievement);
    CLOCK.set(NOW.minus(Duration.ofHours(1)));
    afterCompromise = issue(achievement);
    issuer.post("/api/keys/key-2/activate", "{}");
    afterRotation = issue(achievement);
    issuer.post("/api/keys/key-1/compromise",
        "{\"since\": \"" + NOW.minus(Duration.ofMinutes(90)) + "\"}");
    didDocument = Json.parseUntrusted(issuer.get("/.well-known/did.json")).orElseThrow();
  }

  @Test
  void rotation_newCredentialsUseNewKey_oldKeyStillPublished() throws ParseException {
    assertThat(kid(beforeCompromise)).endsWith("#key-1");
    assertThat(kid(afterRotation)).endsWith("#key-2");
    assertThat(didDocument.get("verificationMethod")).hasSize(2);
    assertThat(didDocument.get("assertionMethod")).hasSize(2);
  }

  @Test
  void rotation_credentialSignedWithNewKey_verifies() {
    VerificationReport report = issuer.verify(afterRotation);
    assertThat(report.errors()).isEmpty();
    assertThat(report.verified()).isTrue();
  }

  @Test
  void compromise_credentialSignedBeforeCompromise_stillVerifies() {
    VerificationReport report = issuer.verify(beforeCompromise);
    assertThat(report.errors()).isEmpty();
    assertThat(report.verified()).isTrue();
    String since = NOW.minus(Duration.ofMinutes(90)).toString();
    CheckResult key = report.checks().get(2);
    assertThat(key.detail()).contains(DetailKey.KEY_DID_WEB_COMPROMISED_LATER.with(since));
    assertThat(key.message()).isEqualTo("issuer key found (did:web document); the issuer"
        + " declared it compromised from " + since + ", this credential is dated before");
  }

  @Test
  void compromise_credentialSignedAfterCompromise_failsWithKeyCompromised() {
    assertThat(issuer.verify(afterCompromise).errorCodes())
        .containsExactly(ErrorCode.KEY_COMPROMISED);
  }

  @Test
  void compromise_statusListReSignedWithActiveKey() throws ParseException {
    JsonNode entry = payload(afterRotation).get("credentialStatus");
    String url = entry.get("statusListCredential").asText();
    String list = issuer.get(url.substring(issuer.base().length()));
    assertThat(kid(list)).endsWith("#key-2");
    assertThat(payload(list).get("nbf").asLong())
        .as("re-signed after the compromise, not before")
        .isGreaterThanOrEqualTo(NOW.minus(Duration.ofHours(1)).getEpochSecond());
  }

  @Test
  void compromise_didDocumentCarriesRevokedTime_jwksDropsTheKey() {
    JsonNode method = didDocument.get("verificationMethod").get(0);
    assertThat(method.get("id").asText()).endsWith("#key-1");
    assertThat(method.get("revoked").asText())
        .isEqualTo(NOW.minus(Duration.ofMinutes(90)).toString());
    assertThat(didDocument.get("verificationMethod").get(1).has("revoked")).isFalse();
    JsonNode jwks = Json.parseUntrusted(issuer.get("/.well-known/jwks.json")).orElseThrow();
    assertThat(jwks.get("keys")).hasSize(1);
    assertThat(jwks.get("keys").get(0).get("kid").asText()).endsWith("#key-2");
  }

  private static String kid(String jwt) throws ParseException {
    return JWSObject.parse(jwt).getHeader().getKeyID();
  }

  private static JsonNode payload(String jwt) throws ParseException {
    return Json.parseUntrusted(JWSObject.parse(jwt).getPayload().toString()).orElseThrow();
  }

  private static String issue(String achievement) {
    return issuer.issue(achievement).get("jwt").asText();
  }
}
