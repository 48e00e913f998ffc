package org.tessera.verifier.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tessera.shared.did.DidJwk;
import org.tessera.shared.did.DidKey;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.verifier.pipeline.VerificationReport;

/**
 * Issuer → wallet (OpenID4VCI pre-authorized code flow over real HTTP) → verifier: the
 * wallet-bound credential verifies, with its status entries intact and bound to the wallet DID.
 */
class Oid4vciRoundTripTest {

  @RegisterExtension
  static final RunningIssuer issuer = new RunningIssuer();

  @Test
  void collectedWithDidJwkV1_verifiesAndIsBoundToWallet() {
    JWK key = JwkGenerator.generate(JwsAlgorithm.ES256, "wallet");
    String did = DidJwk.encode(key.toPublicJWK());
    String jwt = collect(key, did + "#0", false);

    VerificationReport report = issuer.verify(jwt);
    assertThat(report.errors()).isEmpty();
    assertThat(report.verified()).isTrue();
    assertThat(subject(jwt)).isEqualTo(did);
  }

  @Test
  void collectedWithDidKeyDraft13_verifiesAndIsBoundToWallet() {
    JWK key = JwkGenerator.generate(JwsAlgorithm.EdDSA, "wallet");
    String did = DidKey.encode(key.toPublicJWK());
    String jwt = collect(key, did + "#" + did.substring("did:key:".length()), true);

    VerificationReport report = issuer.verify(jwt);
    assertThat(report.errors()).isEmpty();
    assertThat(report.verified()).isTrue();
    assertThat(subject(jwt)).isEqualTo(did);
  }

  @Test
  void collectedThenRevoked_failsVerification() {
    JWK key = JwkGenerator.generate(JwsAlgorithm.ES256, "wallet");
    String did = DidJwk.encode(key.toPublicJWK());
    String[] collected = collectWithId(key, did + "#0", false);
    issuer.post("/api/credentials/" + collected[0] + "/revoke", "{}");
    assertThat(issuer.verify(collected[1]).verified()).isFalse();
  }

  private String collect(JWK key, String kid, boolean draft13) {
    return collectWithId(key, kid, draft13)[1];
  }

  /** The wallet's whole flow; returns {credential row id, bound JWT}. */
  private String[] collectWithId(JWK key, String kid, boolean draft13) {
    String id = issuer.issue(issuer.createAchievement(false)).get("id").asText();
    String offerUri = issuer.post("/api/credentials/" + id + "/offer", "{}")
        .get("credential_offer_uri").asText();
    JsonNode offer = issuer.json(HttpRequest.newBuilder(URI.create(offerUri)).GET());
    String code = offer.path("grants").path("urn:ietf:params:oauth:grant-type:pre-authorized_code")
        .path("pre-authorized_code").asText();
    JsonNode token = issuer.json(issuer.request("/token")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("grant_type="
            + URLEncoder.encode("urn:ietf:params:oauth:grant-type:pre-authorized_code",
                StandardCharsets.UTF_8)
            + "&pre-authorized_code=" + URLEncoder.encode(code, StandardCharsets.UTF_8))));
    String nonce = draft13 ? token.get("c_nonce").asText()
        : issuer.json(issuer.request("/nonce").header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(""))).get("c_nonce").asText();
    String proof = proof(key, kid, nonce);
    String body = draft13
        ? "{\"format\": \"jwt_vc_json\", \"credential_definition\": {\"type\":"
            + " [\"VerifiableCredential\", \"OpenBadgeCredential\"]},"
            + " \"proof\": {\"proof_type\": \"jwt\", \"jwt\": \"" + proof + "\"}}"
        : "{\"credential_configuration_id\": \"OpenBadgeCredential_jwt_vc_json\","
            + " \"proofs\": {\"jwt\": [\"" + proof + "\"]}}";
    JsonNode response = issuer.json(issuer.request("/credential")
        .header("Authorization", "Bearer " + token.get("access_token").asText())
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
    String jwt = draft13 ? response.get("credential").asText()
        : response.path("credentials").get(0).get("credential").asText();
    return new String[] {id, jwt};
  }

  private String proof(JWK key, String kid, String nonce) {
    JwsAlgorithm alg = JwsAlgorithm.forKey(key);
    SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(alg.nimbus())
        .type(new JOSEObjectType("openid4vci-proof+jwt")).keyID(kid).build(),
        new JWTClaimsSet.Builder().audience(issuer.base()).issueTime(new Date())
            .claim("nonce", nonce).build());
    try {
      jwt.sign(JwsSigners.forKey(key));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }

  private static String subject(String jwt) {
    return org.tessera.shared.jose.CredentialJwt.parse(jwt).orElseThrow().credential()
        .path("credentialSubject").path("id").asText();
  }
}
