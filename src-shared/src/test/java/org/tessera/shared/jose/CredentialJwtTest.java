package org.tessera.shared.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;

class CredentialJwtTest {

  private static final String VALID_FROM = "2025-01-15T10:00:00Z";
  private static final long VALID_FROM_SECONDS = 1_736_935_200L;

  private static ObjectNode credential() {
    return Json.parseUntrustedObject("{"
        + "\"@context\":[\"https://www.w3.org/ns/credentials/v2\","
        + "\"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json\"],"
        + "\"id\":\"urn:uuid:1\","
        + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],"
        + "\"issuer\":{\"id\":\"did:web:uni.example\",\"type\":[\"Profile\"]},"
        + "\"validFrom\":\"" + VALID_FROM + "\","
        + "\"validUntil\":\"2026-01-15T10:00:00+01:00\","
        + "\"credentialSubject\":{\"id\":\"did:example:learner\",\"type\":[\"AchievementSubject\"],"
        + "\"achievement\":{\"creditsAvailable\":5.0}}}").orElseThrow();
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /** A token with arbitrary header and payload JSON and a junk signature (parse does not verify). */
  private static String token(String headerJson, String payloadJson) {
    return b64(headerJson) + "." + b64(payloadJson) + "." + b64("sig");
  }

  @Test
  void claimsFor_credential_registeredClaimsFromCredentialFields() {
    JWTClaimsSet claims = CredentialJwt.claimsFor(credential());
    assertThat(claims.getIssuer()).isEqualTo("did:web:uni.example");
    assertThat(claims.getSubject()).isEqualTo("did:example:learner");
    assertThat(claims.getJWTID()).isEqualTo("urn:uuid:1");
    assertThat(claims.getNotBeforeTime()).isEqualTo(new Date(VALID_FROM_SECONDS * 1000));
    assertThat(claims.getExpirationTime()).isEqualTo(new Date((VALID_FROM_SECONDS + 365L * 86400 - 3600) * 1000));
    assertThat(claims.getClaim("validFrom")).isEqualTo(VALID_FROM);
    assertThat(claims.getClaim("@context")).isNotNull();
  }

  @Test
  void claimsFor_issuerAsStringAndNoOptionalFields_onlyIssuer() {
    ObjectNode credential = credential();
    credential.put("issuer", "did:web:plain.example");
    credential.remove("id");
    credential.remove("validUntil");
    ((ObjectNode) credential.get("credentialSubject")).remove("id");
    JWTClaimsSet claims = CredentialJwt.claimsFor(credential);
    assertThat(claims.getIssuer()).isEqualTo("did:web:plain.example");
    assertThat(claims.getSubject()).isNull();
    assertThat(claims.getJWTID()).isNull();
    assertThat(claims.getExpirationTime()).isNull();
  }

  @Test
  void claimsFor_missingIssuerOrBadDate_rejectedNamingField() {
    ObjectNode noIssuer = credential();
    noIssuer.remove("issuer");
    assertThatThrownBy(() -> CredentialJwt.claimsFor(noIssuer)).hasMessageContaining("issuer");
    ObjectNode badDate = credential();
    badDate.put("validFrom", "yesterday");
    assertThatThrownBy(() -> CredentialJwt.claimsFor(badDate)).hasMessageContaining("validFrom");
    ObjectNode withClaim = credential();
    withClaim.put("exp", 1);
    assertThatThrownBy(() -> CredentialJwt.claimsFor(withClaim)).hasMessageContaining("exp");
  }

  @Test
  void sign_credential_headerHasOnlyAlgKidTyp() throws Exception {
    String compact = CredentialJwt.sign(credential(), JwsSigners.forKey(TestKeys.EC), JwsAlgorithm.ES256,
        "did:web:uni.example#ec-1");
    JWSObject jws = JWSObject.parse(compact);
    assertThat(jws.getHeader().getIncludedParams()).containsExactlyInAnyOrder("alg", "kid", "typ");
    assertThat(jws.getHeader().getType()).isEqualTo(JOSEObjectType.JWT);
    assertThat(jws.getHeader().getKeyID()).isEqualTo("did:web:uni.example#ec-1");
    // Independent check with nimbus's JDK verifier, not our BouncyCastle path.
    assertThat(jws.verify(new ECDSAVerifier((ECKey) TestKeys.EC.toPublicJWK()))).isTrue();
  }

  @Test
  void signThenParse_ob3Credential_shapeAndCredentialViewWithoutJwtClaims() {
    String compact = CredentialJwt.sign(credential(), JwsSigners.forKey(TestKeys.ED), JwsAlgorithm.EdDSA, "kid-1");
    ParsedCredentialJwt parsed = CredentialJwt.parse(compact).orElseThrow();
    assertThat(parsed.shape()).isEqualTo(JwtShape.OB3_JWT);
    assertThat(parsed.credential()).isEqualTo(credential());
    assertThat(parsed.claims().get("iss").asText()).isEqualTo("did:web:uni.example");
    assertThat(parsed.claims().get("nbf").asLong()).isEqualTo(VALID_FROM_SECONDS);
    assertThat(parsed.alg()).isEqualTo("EdDSA");
    assertThat(parsed.kid()).contains("kid-1");
    assertThat(parsed.typ()).contains("JWT");
    assertThat(parsed.headerParameterNames()).containsExactlyInAnyOrder("alg", "kid", "typ");
    assertThat(JwsVerifiers.verify(parsed.jwt(), TestKeys.ED, JwsAlgorithm.EdDSA)).isTrue();
  }

  @Test
  void sign_numbersInCredential_keptAsWritten() {
    String compact = CredentialJwt.sign(credential(), JwsSigners.forKey(TestKeys.EC), JwsAlgorithm.ES256, "k");
    String payload = new String(Base64.getUrlDecoder().decode(compact.split("\\.")[1]), StandardCharsets.UTF_8);
    assertThat(payload).contains("\"creditsAvailable\":5.0");
  }

  @Test
  void parse_credentialViews_areCopies() {
    String compact = CredentialJwt.sign(credential(), JwsSigners.forKey(TestKeys.EC), JwsAlgorithm.ES256, "k");
    ParsedCredentialJwt parsed = CredentialJwt.parse(compact).orElseThrow();
    parsed.credential().put("id", "changed");
    assertThat(parsed.credential().get("id").asText()).isEqualTo("urn:uuid:1");
  }

  @Test
  void parse_vcJoseCoseTyp_vcJoseCoseShape() {
    String payload = Json.write(credential());
    ParsedCredentialJwt parsed = CredentialJwt.parse(token("{\"alg\":\"ES256\",\"typ\":\"vc+jwt\"}", payload))
        .orElseThrow();
    assertThat(parsed.shape()).isEqualTo(JwtShape.VC_JOSE_COSE);
    assertThat(parsed.credential()).isEqualTo(credential());
    assertThat(parsed.kid()).isEmpty();
    assertThat(CredentialJwt.parse(token("{\"alg\":\"ES256\",\"typ\":\"application/VC+JWT\"}", payload)))
        .get().extracting(ParsedCredentialJwt::shape).isEqualTo(JwtShape.VC_JOSE_COSE);
  }

  @Test
  void parse_vcJoseCoseTypWithVcClaim_rejected() {
    String payload = "{\"vc\":" + Json.write(credential()) + "}";
    assertThat(CredentialJwt.parse(token("{\"alg\":\"ES256\",\"typ\":\"vc+jwt\"}", payload))).isEmpty();
  }

  @Test
  void parse_vcClaimV1_credentialRestoredFromRegisteredClaims() {
    String payload = "{\"iss\":\"did:web:uni.example\",\"sub\":\"did:example:learner\",\"jti\":\"urn:uuid:9\","
        + "\"nbf\":" + VALID_FROM_SECONDS + ",\"exp\":" + (VALID_FROM_SECONDS + 60) + ","
        + "\"vc\":{\"@context\":[\"https://www.w3.org/2018/credentials/v1\"],"
        + "\"type\":[\"VerifiableCredential\",\"OpenBadgeCredential\"],"
        + "\"credentialSubject\":{\"type\":\"AchievementSubject\"}}}";
    ParsedCredentialJwt parsed = CredentialJwt.parse(token("{\"alg\":\"ES256\",\"typ\":\"JWT\",\"kid\":\"k\"}", payload))
        .orElseThrow();
    assertThat(parsed.shape()).isEqualTo(JwtShape.VCDM11_VC_CLAIM);
    ObjectNode credential = parsed.credential();
    assertThat(credential.get("issuer").asText()).isEqualTo("did:web:uni.example");
    assertThat(credential.get("id").asText()).isEqualTo("urn:uuid:9");
    assertThat(credential.at("/credentialSubject/id").asText()).isEqualTo("did:example:learner");
    assertThat(credential.get("issuanceDate").asText()).isEqualTo(VALID_FROM);
    assertThat(credential.get("expirationDate").asText()).isEqualTo("2025-01-15T10:01:00Z");
    assertThat(credential.has("validFrom")).isFalse();
    assertThat(parsed.claims().has("vc")).isTrue();
  }

  @Test
  void parse_vcClaimV2WithOwnFields_existingFieldsKeptDatesAsValidFrom() {
    String payload = "{\"iss\":\"did:web:other.example\",\"nbf\":" + VALID_FROM_SECONDS + ","
        + "\"vc\":{\"@context\":\"https://www.w3.org/ns/credentials/v2\","
        + "\"type\":\"VerifiableCredential\",\"issuer\":{\"id\":\"did:web:uni.example\"}}}";
    ObjectNode credential = CredentialJwt.parse(token("{\"alg\":\"EdDSA\"}", payload)).orElseThrow().credential();
    assertThat(credential.at("/issuer/id").asText()).isEqualTo("did:web:uni.example");
    assertThat(credential.get("validFrom").asText()).isEqualTo(VALID_FROM);
    assertThat(credential.has("issuanceDate")).isFalse();
    assertThat(credential.has("credentialSubject")).isFalse();
  }

  @Test
  void parse_payloadWithoutContext_rejected() {
    String payload = "{\"type\":[\"VerifiableCredential\"],\"iss\":\"did:web:a\"}";
    assertThat(CredentialJwt.parse(token("{\"alg\":\"ES256\",\"typ\":\"JWT\"}", payload))).isEmpty();
  }

  @Test
  void parse_payloadNotVerifiableCredential_rejected() {
    String payload = "{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"],\"type\":[\"VerifiablePresentation\"]}";
    assertThat(CredentialJwt.parse(token("{\"alg\":\"ES256\"}", payload))).isEmpty();
  }

  @Test
  void parse_unknownTyp_rejected() {
    String payload = Json.write(credential());
    assertThat(CredentialJwt.parse(token("{\"alg\":\"ES256\",\"typ\":\"foo\"}", payload))).isEmpty();
    assertThat(CredentialJwt.parse(token("{\"alg\":\"ES256\",\"typ\":\"trust-list+jwt\"}", payload))).isEmpty();
    assertThat(CredentialJwt.parse(token("{\"alg\":\"ES256\",\"typ\":7}", payload))).isEmpty();
  }

  @Test
  void parse_duplicateKeys_rejected() {
    String payload = Json.write(credential());
    String duplicatePayload = "{\"iss\":\"did:web:a\"," + payload.substring(1, payload.length() - 1)
        + ",\"iss\":\"did:web:b\"}";
    assertThat(CredentialJwt.parse(token("{\"alg\":\"ES256\"}", duplicatePayload))).isEmpty();
    assertThat(CredentialJwt.parse(token("{\"alg\":\"ES256\",\"kid\":\"a\",\"kid\":\"b\"}", payload))).isEmpty();
  }

  @Test
  void parse_algNone_rejected() {
    String payload = Json.write(credential());
    assertThat(CredentialJwt.parse(b64("{\"alg\":\"none\"}") + "." + b64(payload) + ".")).isEmpty();
  }

  @Test
  void parse_hs256Token_parsedButNeverVerifies() throws Exception {
    // Parsing is shape only; the header alg is reported as written and fails verification.
    JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(Json.write(credential())));
    jws.sign(new com.nimbusds.jose.crypto.MACSigner(new byte[32]));
    ParsedCredentialJwt parsed = CredentialJwt.parse(jws.serialize()).orElseThrow();
    assertThat(parsed.alg()).isEqualTo("HS256");
    for (JwsAlgorithm alg : JwsAlgorithm.values()) {
      assertThat(JwsVerifiers.verify(parsed.jwt(), TestKeys.forAlg(alg), alg)).isFalse();
    }
  }

  @Test
  void parse_headerWithEmbeddedKey_namesReported() {
    String header = "{\"alg\":\"ES256\",\"jwk\":" + Json.write(JwkJson.toJson(TestKeys.EC.toPublicJWK())) + "}";
    ParsedCredentialJwt parsed = CredentialJwt.parse(token(header, Json.write(credential()))).orElseThrow();
    assertThat(parsed.headerParameterNames()).contains("jwk");
  }

  @Test
  void parse_malformedInput_rejected() {
    String payload = Json.write(credential());
    assertThat(CredentialJwt.parse(null)).isEmpty();
    assertThat(CredentialJwt.parse("")).isEmpty();
    assertThat(CredentialJwt.parse("a.b")).isEmpty();
    assertThat(CredentialJwt.parse(token("{\"alg\":\"ES256\"}", payload) + ".extra")).isEmpty();
    assertThat(CredentialJwt.parse(token("{\"alg\":\"ES256\"}", payload).replace('.', '+'))).isEmpty();
    assertThat(CredentialJwt.parse(token("{\"alg\":\"ES256\"}", "[1]"))).isEmpty();
    assertThat(CredentialJwt.parse(token("{\"alg\":\"ES256\"}", "{\"iss\":5," + payload.substring(1)))).isEmpty();
    assertThat(CredentialJwt.parse(b64("{\"alg\":\"ES256\"}") + "." + Base64URL.encode(new byte[] {(byte) 0xff}) + ".c"))
        .isEmpty();
  }

  @Test
  void parse_tokenOverOneMegabyte_rejected() {
    ObjectNode credential = credential();
    // Under the JSON string limit, but over 1 MB once base64url-encoded.
    credential.put("name", "x".repeat(760_000));
    assertThat(CredentialJwt.parse(token("{\"alg\":\"ES256\"}", Json.write(credential)))).isEmpty();
  }
}
