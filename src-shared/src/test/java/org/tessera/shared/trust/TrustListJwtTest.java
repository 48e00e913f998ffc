package org.tessera.shared.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.Base64URL;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.json.Json;

class TrustListJwtTest {

  private static final Clock NOW =
      Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC);

  private static ECKey ecAnchor;
  private static RSAKey rsaAnchor;
  private static JWK edAnchor;

  @BeforeAll
  static void keys() throws Exception {
    ecAnchor = new ECKeyGenerator(Curve.P_256).keyID("anchor-ec").generate();
    rsaAnchor = new RSAKeyGenerator(2048).keyID("anchor-rsa").generate();
    edAnchor = JwkGenerator.generate(JwsAlgorithm.EdDSA, "anchor-ed");
  }

  private static String signedEs256(TrustList list) throws Exception {
    return TrustListJwt.sign(list, new ECDSASigner(ecAnchor), JWSAlgorithm.ES256, "anchor-ec");
  }

  private static TrustListResult verifyEc(String jwt) {
    return TrustListJwt.verify(jwt, ecAnchor.toPublicJWK(), NOW, 7);
  }

  @Test
  void verify_es256SignedList_valid() throws Exception {
    TrustList list = TrustFixtures.list(7);

    TrustListResult result = verifyEc(signedEs256(list));

    assertThat(result).isEqualTo(new TrustListResult.Valid(list));
  }

  @Test
  void verify_rs256SignedList_valid() throws Exception {
    TrustList list = TrustFixtures.list(7);
    String jwt = TrustListJwt.sign(list, new RSASSASigner(rsaAnchor), JWSAlgorithm.RS256, "anchor-rsa");

    assertThat(TrustListJwt.verify(jwt, rsaAnchor.toPublicJWK(), NOW, 0))
        .isEqualTo(new TrustListResult.Valid(list));
  }

  @Test
  void verify_eddsaSignedList_valid() {
    TrustList list = TrustFixtures.list(7);
    String jwt = TrustListJwt.sign(list, JwsSigners.forKey(edAnchor), JWSAlgorithm.EdDSA,
        "anchor-ed");

    assertThat(TrustListJwt.verify(jwt, edAnchor.toPublicJWK(), NOW, 0))
        .isEqualTo(new TrustListResult.Valid(list));
  }

  @Test
  void sign_header_typKidAndNothingElse() throws Exception {
    JWSHeader header = JWSObject.parse(signedEs256(TrustFixtures.list(7))).getHeader();

    assertThat(header.getType()).isEqualTo(new JOSEObjectType("trust-list+jwt"));
    assertThat(header.getKeyID()).isEqualTo("anchor-ec");
    assertThat(header.toJSONObject().keySet()).containsExactlyInAnyOrder("alg", "typ", "kid");
  }

  @Test
  void verify_notACompactJws_malformed() {
    assertThat(verifyEc("not.a.jwt")).isEqualTo(invalid(TrustListResult.Code.MALFORMED));
    assertThat(verifyEc("")).isEqualTo(invalid(TrustListResult.Code.MALFORMED));
    assertThat(verifyEc(null)).isEqualTo(invalid(TrustListResult.Code.MALFORMED));
    assertThat(verifyEc("a".repeat(TrustListJwt.MAX_LENGTH + 1)))
        .isEqualTo(invalid(TrustListResult.Code.MALFORMED));
  }

  @Test
  void verify_algNone_malformed() {
    String header = Base64URL.encode("{\"alg\":\"none\",\"typ\":\"trust-list+jwt\"}").toString();
    String payload = Base64URL.encode(Json.write(TrustListJson.toJson(TrustFixtures.list(7))))
        .toString();

    assertThat(verifyEc(header + "." + payload + "."))
        .isEqualTo(invalid(TrustListResult.Code.MALFORMED));
  }

  @Test
  void verify_signedPayloadNotATrustList_malformed() throws Exception {
    String jwt = signedRaw(new JWSHeader.Builder(JWSAlgorithm.ES256).type(type()).build(),
        "{\"sequence_number\":7}", new ECDSASigner(ecAnchor));

    assertThat(verifyEc(jwt)).isEqualTo(invalid(TrustListResult.Code.MALFORMED));
  }

  @Test
  void verify_signedPayloadWithDuplicateKeys_malformed() throws Exception {
    String json = Json.write(TrustListJson.toJson(TrustFixtures.list(7)));
    String duplicated = "{\"sequence_number\":99," + json.substring(1);
    String jwt = signedRaw(new JWSHeader.Builder(JWSAlgorithm.ES256).type(type()).build(),
        duplicated, new ECDSASigner(ecAnchor));

    assertThat(verifyEc(jwt)).isEqualTo(invalid(TrustListResult.Code.MALFORMED));
  }

  @Test
  void verify_headerCarriesKeysOrCrit_malformed() throws Exception {
    List<UnaryOperator<JWSHeader.Builder>> refused = List.of(
        b -> b.jwk(ecAnchor.toPublicJWK()),
        b -> b.jwkURL(URI.create("https://evil.example/jwks.json")),
        b -> b.x509CertURL(URI.create("https://evil.example/cert.pem")),
        b -> b.x509CertChain(List.of(Base64.encode("not a certificate"))),
        b -> b.criticalParams(Set.of("exp")).customParam("exp", 1));

    for (UnaryOperator<JWSHeader.Builder> addHeader : refused) {
      JWSHeader header = addHeader.apply(new JWSHeader.Builder(JWSAlgorithm.ES256).type(type()))
          .build();
      String jwt = signedRaw(header, Json.write(TrustListJson.toJson(TrustFixtures.list(7))),
          new ECDSASigner(ecAnchor));

      assertThat(verifyEc(jwt)).as(header.toString())
          .isEqualTo(invalid(TrustListResult.Code.MALFORMED));
    }
  }

  @Test
  void verify_missingOrOtherTyp_wrongTyp() throws Exception {
    String payload = Json.write(TrustListJson.toJson(TrustFixtures.list(7)));
    String noTyp = signedRaw(new JWSHeader.Builder(JWSAlgorithm.ES256).build(), payload,
        new ECDSASigner(ecAnchor));
    String jwtTyp = signedRaw(new JWSHeader.Builder(JWSAlgorithm.ES256).type(JOSEObjectType.JWT)
        .build(), payload, new ECDSASigner(ecAnchor));

    assertThat(verifyEc(noTyp)).isEqualTo(invalid(TrustListResult.Code.WRONG_TYP));
    assertThat(verifyEc(jwtTyp)).isEqualTo(invalid(TrustListResult.Code.WRONG_TYP));
  }

  @Test
  void verify_typWithApplicationPrefix_valid() throws Exception {
    String jwt = signedRaw(new JWSHeader.Builder(JWSAlgorithm.ES256)
        .type(new JOSEObjectType("application/Trust-List+JWT")).build(),
        Json.write(TrustListJson.toJson(TrustFixtures.list(7))), new ECDSASigner(ecAnchor));

    assertThat(verifyEc(jwt)).isInstanceOf(TrustListResult.Valid.class);
  }

  @Test
  void verify_otherKey_badSignature() throws Exception {
    ECKey stranger = new ECKeyGenerator(Curve.P_256).generate();
    String jwt = TrustListJwt.sign(TrustFixtures.list(7), new ECDSASigner(stranger),
        JWSAlgorithm.ES256, "anchor-ec");

    assertThat(verifyEc(jwt)).isEqualTo(invalid(TrustListResult.Code.BAD_SIGNATURE));
  }

  @Test
  void verify_tamperedPayload_badSignature() throws Exception {
    String[] parts = signedEs256(TrustFixtures.list(7)).split("\\.");
    String tampered = Base64URL.encode(Json.write(TrustListJson.toJson(TrustFixtures.list(8))))
        .toString();

    assertThat(verifyEc(parts[0] + "." + tampered + "." + parts[2]))
        .isEqualTo(invalid(TrustListResult.Code.BAD_SIGNATURE));
  }

  @Test
  void verify_hmacWithPublicKeyAsSecret_badSignature() throws Exception {
    byte[] secret = ecAnchor.toPublicJWK().toJSONString().repeat(2).getBytes(StandardCharsets.UTF_8);
    String hs256 = signedRaw(new JWSHeader.Builder(JWSAlgorithm.HS256).type(type()).build(),
        Json.write(TrustListJson.toJson(TrustFixtures.list(7))), new MACSigner(secret));

    assertThat(verifyEc(hs256)).isEqualTo(invalid(TrustListResult.Code.BAD_SIGNATURE));
  }

  @Test
  void verify_headerAlgOfOtherKeyType_badSignature() throws Exception {
    String rs256 = TrustListJwt.sign(TrustFixtures.list(7), new RSASSASigner(rsaAnchor),
        JWSAlgorithm.RS256, "anchor-rsa");

    assertThat(verifyEc(rs256)).isEqualTo(invalid(TrustListResult.Code.BAD_SIGNATURE));
    assertThat(TrustListJwt.verify(rs256, edAnchor.toPublicJWK(), NOW, 0))
        .isEqualTo(invalid(TrustListResult.Code.BAD_SIGNATURE));
  }

  @Test
  void verify_atOrAfterNextUpdate_expired() throws Exception {
    String jwt = signedEs256(TrustFixtures.list(7));
    Clock atExpiry = Clock.fixed(TrustFixtures.NEXT_UPDATE, ZoneOffset.UTC);
    Clock justBefore = Clock.fixed(TrustFixtures.NEXT_UPDATE.minusSeconds(1), ZoneOffset.UTC);

    assertThat(TrustListJwt.verify(jwt, ecAnchor.toPublicJWK(), atExpiry, 0))
        .isEqualTo(invalid(TrustListResult.Code.EXPIRED));
    assertThat(TrustListJwt.verify(jwt, ecAnchor.toPublicJWK(), justBefore, 0))
        .isInstanceOf(TrustListResult.Valid.class);
  }

  @Test
  void verify_issuedInTheFutureBeyondSkew_notYetValid() throws Exception {
    String jwt = signedEs256(TrustFixtures.list(7));
    Instant issued = TrustFixtures.ISSUED;
    Clock tooEarly = Clock.fixed(issued.minus(TrustListJwt.ALLOWED_CLOCK_SKEW).minusSeconds(1),
        ZoneOffset.UTC);
    Clock withinSkew = Clock.fixed(issued.minus(TrustListJwt.ALLOWED_CLOCK_SKEW), ZoneOffset.UTC);

    assertThat(TrustListJwt.verify(jwt, ecAnchor.toPublicJWK(), tooEarly, 0))
        .isEqualTo(invalid(TrustListResult.Code.NOT_YET_VALID));
    assertThat(TrustListJwt.verify(jwt, ecAnchor.toPublicJWK(), withinSkew, 0))
        .isInstanceOf(TrustListResult.Valid.class);
  }

  @Test
  void verify_lowerSequenceNumberThanSeen_rollback() throws Exception {
    String jwt = signedEs256(TrustFixtures.list(6));

    assertThat(verifyEc(jwt)).isEqualTo(invalid(TrustListResult.Code.ROLLBACK));
    assertThat(TrustListJwt.verify(jwt, ecAnchor.toPublicJWK(), NOW, 6))
        .isInstanceOf(TrustListResult.Valid.class);
  }

  @Test
  void verify_privateOrUnsupportedAnchor_throws() throws Exception {
    String jwt = signedEs256(TrustFixtures.list(7));
    JWK p384 = new ECKeyGenerator(Curve.P_384).generate().toPublicJWK();

    assertThatThrownBy(() -> TrustListJwt.verify(jwt, ecAnchor, NOW, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrustListJwt.verify(jwt, p384, NOW, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void sign_unsupportedAlgorithm_throws() {
    assertThatThrownBy(() -> TrustListJwt.sign(TrustFixtures.list(7),
        new MACSigner(new byte[32]), JWSAlgorithm.HS256, null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static JOSEObjectType type() {
    return new JOSEObjectType(TrustListJwt.TYP);
  }

  private static String signedRaw(JWSHeader header, String payload, JWSSigner signer)
      throws Exception {
    JWSObject jws = new JWSObject(header, new Payload(payload));
    jws.sign(signer);
    return jws.serialize();
  }

  private static TrustListResult invalid(TrustListResult.Code code) {
    return new TrustListResult.Invalid(code);
  }
}
