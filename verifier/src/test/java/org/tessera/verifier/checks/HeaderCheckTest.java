package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(HeaderCheck.refusal(java.util.Optional.of("ES256"),
        java.util.Optional.of("dpop+jwt"), Set.of("alg", "typ")))
        .contains(ErrorCode.TYP_NOT_ALLOWED);
  }
}
