package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.shared.did.DidJwk;
import org.tessera.shared.did.DidKey;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.keys.DidWebResolver;
import org.tessera.verifier.keys.KeyResolver;
import org.tessera.verifier.keys.ResolvedKey;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;
import org.tessera.verifier.testkit.Fixture;

class KeyResolutionCheckTest {

  private final Fixture fixture = new Fixture();
  private final KeyResolutionCheck check = new KeyResolutionCheck(new KeyResolver(
      new DidWebResolver(PinnedSafeFetcher.create(true), true, fixture.clock)));

  @AfterEach
  void close() {
    fixture.close();
  }

  private Step<ResolvedKey> run(ObjectNode credential, String kid, JWK signingKey,
      List<JWK> pinned) {
    String jwt = kid == null
        ? Fixture.signRaw(new JWSHeader.Builder(JwsAlgorithm.forKey(signingKey).nimbus()).build(),
            credential, JwsSigners.forKey(signingKey))
        : CredentialJwt.sign(credential, JwsSigners.forKey(signingKey),
            JwsAlgorithm.forKey(signingKey), kid);
    ParsedCredentialJwt parsed = CredentialJwt.parse(jwt).orElseThrow();
    return check.run(parsed, JwsAlgorithm.forKey(signingKey), pinned);
  }

  @Test
  void run_didWebKeyInAssertionMethod_found() {
    Step<ResolvedKey> step = run(fixture.credential(), fixture.kid, fixture.issuerKey, List.of());
    assertThat(step.value()).get().extracting(ResolvedKey::source)
        .isEqualTo(ResolvedKey.Source.DID_WEB);
  }

  @Test
  void signingDate_latestOfValidFromNbfIat_emptyWithoutAnyDate() {
    ObjectNode credential = fixture.credential();
    credential.put("validFrom", "2026-03-01T10:00:00Z");
    String jwt = CredentialJwt.sign(credential, JwsSigners.forKey(fixture.issuerKey),
        JwsAlgorithm.ES256, fixture.kid);
    assertThat(CredentialFields.signingDate(CredentialJwt.parse(jwt).orElseThrow()))
        .contains(java.time.Instant.parse("2026-03-01T10:00:00Z"));

    ObjectNode undated = fixture.credential();
    undated.remove("validFrom");
    String undatedJwt = CredentialJwt.sign(undated, JwsSigners.forKey(fixture.issuerKey),
        JwsAlgorithm.ES256, fixture.kid);
    assertThat(CredentialFields.signingDate(CredentialJwt.parse(undatedJwt).orElseThrow()))
        .isEmpty();
  }

  @Test
  void run_noKid_kidMissing() {
    assertThat(run(fixture.credential(), null, fixture.issuerKey, List.of()).result().code())
        .contains(ErrorCode.KID_MISSING);
  }

  @Test
  void run_kidOfAnotherDid_kidIssuerMismatch() {
    for (String kid : List.of("did:web:evil.example#key-1", "#key-1", "key-1", fixture.did + "#")) {
      assertThat(run(fixture.credential(), kid, fixture.issuerKey, List.of()).result().code())
          .as(kid).contains(ErrorCode.KID_ISSUER_MISMATCH);
    }
  }

  @Test
  void run_unknownKid_keyNotFound() {
    assertThat(run(fixture.credential(), fixture.did + "#key-2", fixture.issuerKey, List.of())
        .result().code()).contains(ErrorCode.KEY_NOT_FOUND);
  }

  @Test
  void run_didDocumentMissing_didResolutionFailed() {
    fixture.site.remove("/.well-known/did.json");
    assertThat(run(fixture.credential(), fixture.kid, fixture.issuerKey, List.of()).result()
        .code()).contains(ErrorCode.DID_RESOLUTION_FAILED);
  }

  @Test
  void run_didDocumentOfAnotherDid_didResolutionFailed() {
    fixture.site.publish("/.well-known/did.json", "application/json",
        org.tessera.shared.json.Json.write(org.tessera.shared.did.DidDocument.forKeys(
            "did:web:other.example", List.of(fixture.issuerKey.toPublicJWK())).toJson()));
    assertThat(run(fixture.credential(), fixture.kid, fixture.issuerKey, List.of()).result()
        .code()).contains(ErrorCode.DID_RESOLUTION_FAILED);
  }

  @Test
  void run_didWebOnPrivateAddress_fetchBlocked() {
    ObjectNode credential = fixture.credential();
    ((ObjectNode) credential.get("issuer")).put("id", "did:web:10.0.0.1");
    assertThat(run(credential, "did:web:10.0.0.1#key-1", fixture.issuerKey, List.of()).result()
        .code()).contains(ErrorCode.FETCH_BLOCKED);
  }

  @Test
  void run_headerAlgOtherThanKeyAlg_algNotAllowed() {
    JWK rsa = JwkGenerator.generateRsa(2048, "key-1");
    assertThat(run(fixture.credential(), fixture.kid, rsa, List.of()).result().code())
        .contains(ErrorCode.ALG_NOT_ALLOWED);
  }

  @Test
  void run_pinnedKeys_winOverTheDocumentsKeyMaterial() {
    // The document (the issuer's host) swapped key-1's material: the pin still decides.
    JWK swapped = JwkGenerator.generate(JwsAlgorithm.ES256, "key-1");
    fixture.publishDidDocument(List.of(swapped.toPublicJWK()));
    Step<ResolvedKey> pinnedHit = run(fixture.credential(), fixture.kid, fixture.issuerKey,
        List.of(fixture.issuerKey.toPublicJWK()));
    assertThat(pinnedHit.value()).get().extracting(ResolvedKey::source)
        .isEqualTo(ResolvedKey.Source.TRUST_LIST_PIN);
    assertThat(pinnedHit.value().get().jwk()).isEqualTo(fixture.issuerKey.toPublicJWK());

    JWK other = JwkGenerator.generate(JwsAlgorithm.ES256, "key-9");
    assertThat(run(fixture.credential(), fixture.kid, fixture.issuerKey,
        List.of(other.toPublicJWK())).result().code()).contains(ErrorCode.KEY_NOT_FOUND);
  }

  @Test
  void run_pinnedKeyTheDocumentMarksRevoked_keyCompromisedAfterTheDate() {
    // Before: a pinned key ignored the issuer's compromise declaration.
    List<JWK> pinned = List.of(fixture.issuerKey.toPublicJWK());
    fixture.publishDidDocument(pinned, Map.of("key-1", Instant.parse("2026-01-01T00:00:00Z")));
    ObjectNode forged = fixture.credential();
    forged.put("validFrom", "2026-01-10T00:00:00Z");
    assertThat(run(forged, fixture.kid, fixture.issuerKey, pinned).result().code())
        .contains(ErrorCode.KEY_COMPROMISED);

    Step<ResolvedKey> earlier = run(fixture.credential(), fixture.kid, fixture.issuerKey, pinned);
    assertThat(earlier.result().detail()).contains(
        DetailKey.KEY_PINNED_COMPROMISED_LATER.with("2026-01-01T00:00:00Z"));
  }

  @Test
  void run_pinnedKeyWithdrawnOrDocumentUnreadable_refused() {
    List<JWK> pinned = List.of(fixture.issuerKey.toPublicJWK());
    fixture.site.remove("/.well-known/did.json");
    assertThat(run(fixture.credential(), fixture.kid, fixture.issuerKey, pinned).result().code())
        .as("the document may hide a compromise").contains(ErrorCode.DID_RESOLUTION_FAILED);

    fixture.publishDidDocument(List.of(JwkGenerator.generate(JwsAlgorithm.ES256, "key-2")
        .toPublicJWK()));
    assertThat(run(fixture.credential(), fixture.kid, fixture.issuerKey, pinned).result().code())
        .as("no longer listed by the issuer").contains(ErrorCode.KEY_NOT_FOUND);
  }

  @Test
  void run_didJwkAndDidKey_resolvedWithoutNetwork() {
    JWK ed = JwkGenerator.generate(JwsAlgorithm.EdDSA, "x");
    String didJwk = DidJwk.encode(ed.toPublicJWK());
    ObjectNode credential = fixture.credential();
    ((ObjectNode) credential.get("issuer")).put("id", didJwk);
    assertThat(run(credential, didJwk + "#0", ed, List.of()).value()).get()
        .extracting(ResolvedKey::source).isEqualTo(ResolvedKey.Source.DID_JWK);
    assertThat(run(credential, didJwk + "#1", ed, List.of()).result().code())
        .contains(ErrorCode.KEY_NOT_FOUND);

    String didKey = DidKey.encode(ed.toPublicJWK());
    ((ObjectNode) credential.get("issuer")).put("id", didKey);
    String fragment = didKey.substring("did:key:".length());
    assertThat(run(credential, didKey + "#" + fragment, ed, List.of()).value()).get()
        .extracting(ResolvedKey::source).isEqualTo(ResolvedKey.Source.DID_KEY);
  }
}
