package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeyLengthException;
import com.nimbusds.jose.crypto.MACSigner;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;
import org.tessera.verifier.testkit.Fixture;

class HeaderCheckTest {

  private static final Fixture FIXTURE = new Fixture();
  private final HeaderCheck check = new HeaderCheck();

  @AfterAll
  static void close() {
    FIXTURE.close();
  }

  private static ParsedCredentialJwt parse(String jwt) {
    return CredentialJwt.parse(jwt).orElseThrow();
  }

  private static String signed(JWSHeader.Builder header) {
    return Fixture.signRaw(header.keyID(FIXTURE.kid).build(), FIXTURE.credential(),
        JwsSigners.forKey(FIXTURE.issuerKey));
  }

  @Test
  void run_hmac_algNotAllowed() throws KeyLengthException {
    String jwt = Fixture.signRaw(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(FIXTURE.kid)
        .build(), FIXTURE.credential(), new MACSigner(new byte[32]));
    assertThat(check.run(parse(jwt)).result().code()).contains(ErrorCode.ALG_NOT_ALLOWED);
  }

  @Test
  void run_embeddedJwk_headerNotAllowed() {
    String jwt = signed(new JWSHeader.Builder(JWSAlgorithm.ES256)
        .jwk(FIXTURE.issuerKey.toPublicJWK().toECKey()));
    assertThat(check.run(parse(jwt)).result().code()).contains(ErrorCode.HEADER_NOT_ALLOWED);
  }

  @Test
  void run_keyUrlOrCertOrCrit_headerNotAllowed() {
    List<JWSHeader.Builder> headers = List.of(
        new JWSHeader.Builder(JWSAlgorithm.ES256).jwkURL(URI.create("https://evil.example/jwks")),
        new JWSHeader.Builder(JWSAlgorithm.ES256).x509CertURL(URI.create("https://evil.example/c")),
        new JWSHeader.Builder(JWSAlgorithm.ES256).x509CertChain(
            List.of(new com.nimbusds.jose.util.Base64("AAAA"))),
        new JWSHeader.Builder(JWSAlgorithm.ES256).customParam("exp", 1).criticalParams(
            Set.of("exp")),
        new JWSHeader.Builder(JWSAlgorithm.ES256).customParam("foo", "bar"));
    for (JWSHeader.Builder header : headers) {
      assertThat(check.run(parse(signed(header))).result().code())
          .contains(ErrorCode.HEADER_NOT_ALLOWED);
    }
  }

  @Test
  void run_allowedTyps_passWithAlgorithm() {
    for (String typ : List.of("JWT", "jwt", "vc+jwt", "application/vc+jwt")) {
      Step<JwsAlgorithm> step = check.run(parse(signed(new JWSHeader.Builder(JWSAlgorithm.ES256)
          .type(new JOSEObjectType(typ)))));
      assertThat(step.value()).as(typ).contains(JwsAlgorithm.ES256);
    }
    assertThat(check.run(parse(signed(new JWSHeader.Builder(JWSAlgorithm.ES256)))).value())
        .contains(JwsAlgorithm.ES256);
  }

  @Test
  void refusal_otherTyp_typNotAllowed() {
    assertThat(HeaderCheck.refusal(header("{\"alg\":\"ES256\",\"typ\":\"dpop+jwt\"}"),
        HeaderCheck.Secured.CREDENTIAL)).contains(ErrorCode.TYP_NOT_ALLOWED);
  }

  @Test
  void run_vcJoseCoseTypAndCty_pass() {
    for (String cty : List.of("vc", "application/vc", "VC")) {
      Step<JwsAlgorithm> step = check.run(parse(signed(new JWSHeader.Builder(JWSAlgorithm.ES256)
          .type(new JOSEObjectType("vc+jwt")).contentType(cty))));
      assertThat(step.value()).as(cty).contains(JwsAlgorithm.ES256);
    }
  }

  @Test
  void run_otherCty_typNotAllowed() {
    // "JWT" would announce a nested JWT; "vp" secures a presentation, not a credential.
    for (String cty : List.of("JWT", "vp", "vc+ld+json", "json")) {
      Step<JwsAlgorithm> step = check.run(parse(signed(new JWSHeader.Builder(JWSAlgorithm.ES256)
          .type(new JOSEObjectType("vc+jwt")).contentType(cty))));
      assertThat(step.result().code()).as(cty).contains(ErrorCode.TYP_NOT_ALLOWED);
    }
  }

  @Test
  void refusal_presentationTypAndCty_onlyForPresentations() {
    ObjectNode vp = header("{\"alg\":\"EdDSA\",\"typ\":\"vp+jwt\",\"cty\":\"vp\"}");
    assertThat(HeaderCheck.refusal(vp, HeaderCheck.Secured.PRESENTATION)).isEmpty();
    assertThat(HeaderCheck.refusal(vp, HeaderCheck.Secured.CREDENTIAL))
        .contains(ErrorCode.TYP_NOT_ALLOWED);
    assertThat(HeaderCheck.refusal(header("{\"alg\":\"EdDSA\",\"typ\":\"vc+jwt\"}"),
        HeaderCheck.Secured.PRESENTATION)).contains(ErrorCode.TYP_NOT_ALLOWED);
  }

  @Test
  void run_replicatedIss_passesOnlyWhenItIsTheIssuer() {
    String issuer = FIXTURE.did;
    assertThat(check.run(parse(signed(new JWSHeader.Builder(JWSAlgorithm.ES256)
        .customParam("iss", issuer)))).value()).contains(JwsAlgorithm.ES256);
    assertThat(check.run(parse(signed(new JWSHeader.Builder(JWSAlgorithm.ES256)
        .customParam("iss", "did:web:other.example")))).result().code())
        .contains(ErrorCode.HEADER_NOT_ALLOWED);
  }

  @Test
  void run_otherRegisteredParameters_headerNotAllowed() {
    // Decision 0033: each is either a key reference we never use or changes what is signed.
    List<JWSHeader.Builder> headers = List.of(
        new JWSHeader.Builder(JWSAlgorithm.ES256).x509CertSHA256Thumbprint(
            new com.nimbusds.jose.util.Base64URL("AAAA")),
        new JWSHeader.Builder(JWSAlgorithm.ES256).customParam("zip", "DEF"),
        new JWSHeader.Builder(JWSAlgorithm.ES256).customParam("nonce", "n-0S6_WzA2Mj"),
        new JWSHeader.Builder(JWSAlgorithm.ES256).customParam("sub", "did:example:learner"),
        new JWSHeader.Builder(JWSAlgorithm.ES256).customParam("cnf", java.util.Map.of()),
        new JWSHeader.Builder(JWSAlgorithm.ES256).customParam("iat", 1));
    for (JWSHeader.Builder header : headers) {
      assertThat(check.run(parse(signed(header))).result().code())
          .contains(ErrorCode.HEADER_NOT_ALLOWED);
    }
  }

  @Test
  void refusal_thumbprintB64OrZip_headerNotAllowed() {
    for (String member : List.of("\"x5t\":\"AAAA\"", "\"b64\":false", "\"zip\":\"DEF\"",
        "\"iss\":42")) {
      assertThat(HeaderCheck.refusal(header("{\"alg\":\"ES256\"," + member + "}"),
          HeaderCheck.Secured.CREDENTIAL)).as(member).contains(ErrorCode.HEADER_NOT_ALLOWED);
    }
  }

  private static ObjectNode header(String json) {
    return org.tessera.shared.json.Json.parseUntrustedObject(json).orElseThrow();
  }
}
