package org.tessera.verifier.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.testkit.MutableClock;
import org.tessera.shared.trust.StatusPeriod;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.testkit.Fixture;

/**
 * The rotation story for keys pinned in the trust list (docs/trust-lists.md), issuer → verifier:
 * the operator pins the issuer's standby key-2 next to key-1 before the issuer activates it;
 * the issuer rotates to key-2 and then declares key-1 compromised, re-signing its status lists
 * with key-2. A verifier pinning both keeps verifying every genuine credential and still honours
 * the compromise; one that pinned key-1 alone fails every credential of the issuer.
 */
class PinnedKeyRotationRoundTripTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
  private static final Instant SINCE = NOW.minus(Duration.ofMinutes(90));
  private static final MutableClock CLOCK = new MutableClock(NOW.minus(Duration.ofHours(2)));

  @RegisterExtension
  static final RunningIssuer issuer = new RunningIssuer(CLOCK, List.of("key-1", "key-2"));
  private static final Fixture bothPinned = new Fixture();
  private static final Fixture oldKeyPinned = new Fixture();
  private static String beforeRotation;
  private static String afterRotation;

  @BeforeAll
  static void pinRotateCompromise() {
    pin(bothPinned, "key-1", "key-2");
    pin(oldKeyPinned, "key-1");
    String achievement = issuer.createAchievement(false);
    beforeRotation = issuer.issue(achievement).get("jwt").asText();
    CLOCK.set(NOW.minus(Duration.ofHours(1)));
    issuer.post("/api/keys/key-2/activate", "{}");
    afterRotation = issuer.issue(achievement).get("jwt").asText();
    issuer.post("/api/keys/key-1/compromise", "{\"since\": \"" + SINCE + "\"}");
  }

  @AfterAll
  static void closeTrust() {
    bothPinned.close();
    oldKeyPinned.close();
  }

  private static void pin(Fixture trust, String... kids) {
    List<Map<String, Object>> keys = Arrays.stream(kids)
        .map(kid -> issuer.defaultKey(kid).toPublicJWK().toJSONObject()).toList();
    trust.writeTrustList(trust.trustList(List.of(new TrustedIssuer(issuer.did(),
        RunningIssuer.NAME, "NL",
        List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z"))),
        keys, Fixture.scope(5, 8)))));
  }

  @Test
  void bothPinned_credentialsOfBothKeys_verifyWithListsReSignedByTheNewKey() {
    assertThat(RunningIssuer.verify(beforeRotation, bothPinned).errorCodes()).isEmpty();
    assertThat(RunningIssuer.verify(afterRotation, bothPinned).verified()).isTrue();
  }

  @Test
  void bothPinned_forgeryWithTheCompromisedPinnedKey_keyCompromised() {
    // Before: a pinned key ignored the DID document's revoked, so this verified.
    ObjectNode forged = CredentialJwt.parse(beforeRotation).orElseThrow().credential();
    forged.put("validFrom", NOW.minus(Duration.ofMinutes(30)).toString());
    JWK stolen = issuer.defaultKey("key-1");
    String jwt = CredentialJwt.sign(forged, JwsSigners.forKey(stolen), JwsAlgorithm.ES256,
        issuer.did() + "#key-1");

    assertThat(RunningIssuer.verify(jwt, bothPinned).errorCodes())
        .containsExactly(ErrorCode.KEY_COMPROMISED);
  }

  @Test
  void oldKeyPinnedOnly_everyCredentialFails_whyTheSuccessorIsPinnedFirst() {
    assertThat(RunningIssuer.verify(beforeRotation, oldKeyPinned).errorCodes())
        .containsExactly(ErrorCode.STATUS_LIST_INVALID);
    assertThat(RunningIssuer.verify(afterRotation, oldKeyPinned).errorCodes())
        .containsExactly(ErrorCode.KEY_NOT_FOUND);
  }
}
