package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.jose.JwtShape;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.shared.json.Json;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;
import org.tessera.verifier.testkit.Fixture;

class ParseCheckTest {

  private static final Fixture FIXTURE = new Fixture();
  private final ParseCheck check = new ParseCheck();

  @AfterAll
  static void close() {
    FIXTURE.close();
  }

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void run_notAJwt_malformedInput() {
    assertThat(check.run("hello world").result().code()).contains(ErrorCode.MALFORMED_INPUT);
    assertThat(check.run("{\"verifiableCredential\": 5}").result().code())
        .contains(ErrorCode.MALFORMED_INPUT);
    assertThat(check.run("a".repeat(CredentialInput.MAX_INPUT_CHARS + 1)).result().code())
        .contains(ErrorCode.MALFORMED_INPUT);
  }

  @Test
  void run_unsignedCredentialJson_unsupportedShapeSaysWhatToVerifyInstead() {
    Step<ParsedCredentialJwt> step = check.run(Json.writePretty(FIXTURE.credential()));

    assertThat(step.result().code()).contains(ErrorCode.UNSUPPORTED_SHAPE);
    assertThat(step.result().message()).isEqualTo(ParseCheck.UNSIGNED);
  }

  @Test
  void run_jsonThatIsNoCredential_malformedInput() {
    assertThat(check.run("{\"@context\": [], \"type\": [\"Thing\"]}").result().code())
        .contains(ErrorCode.MALFORMED_INPUT);
  }

  @Test
  void run_failure_messageDoesNotEchoInput() {
    Step<ParsedCredentialJwt> step = check.run("<script>alert(1)</script>");
    assertThat(step.result().message()).doesNotContain("script")
        .isEqualTo(ErrorCode.MALFORMED_INPUT.description());
  }

  @Test
  void run_payloadWithDuplicateKeys_malformedInput() {
    String header = b64("{\"alg\":\"ES256\",\"kid\":\"" + FIXTURE.kid + "\"}");
    String payload = b64("{\"iss\":\"a\",\"iss\":\"b\"}");
    assertThat(check.run(header + "." + payload + ".c2ln").result().code())
        .contains(ErrorCode.MALFORMED_INPUT);
  }

  @Test
  void run_jwtWithoutCredential_unsupportedShape() {
    ObjectNode payload = Json.object().put("iss", FIXTURE.did).put("hello", "world");
    String jwt = Fixture.signRaw(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(FIXTURE.kid)
        .build(), payload, JwsSigners.forKey(FIXTURE.issuerKey));
    assertThat(check.run(jwt).result().code()).contains(ErrorCode.UNSUPPORTED_SHAPE);
  }

  @Test
  void run_algNone_algNotAllowed() {
    String unsecured = b64("{\"alg\":\"none\"}") + "."
        + b64(Json.write(FIXTURE.credential())) + ".";
    assertThat(check.run(unsecured).result().code()).contains(ErrorCode.ALG_NOT_ALLOWED);
  }

  @Test
  void run_foreignTyp_typNotAllowed() {
    String jwt = Fixture.signRaw(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(FIXTURE.kid)
        .type(new JOSEObjectType("at+jwt")).build(), FIXTURE.credential(),
        JwsSigners.forKey(FIXTURE.issuerKey));
    assertThat(check.run(jwt).result().code()).contains(ErrorCode.TYP_NOT_ALLOWED);
  }

  @Test
  void run_ob3Jwt_parsed() {
    Step<ParsedCredentialJwt> step = check.run(FIXTURE.sign(FIXTURE.credential()));
    assertThat(step.value()).get().extracting(ParsedCredentialJwt::shape)
        .isEqualTo(JwtShape.OB3_JWT);
  }

  @Test
  void run_vcdm11VcClaim_parsed() {
    ObjectNode payload = Json.object().put("iss", FIXTURE.did);
    payload.set("vc", FIXTURE.credential());
    String jwt = Fixture.signRaw(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(FIXTURE.kid)
        .build(), payload, JwsSigners.forKey(FIXTURE.issuerKey));
    assertThat(check.run(jwt).value()).get().extracting(ParsedCredentialJwt::shape)
        .isEqualTo(JwtShape.VCDM11_VC_CLAIM);
  }

  @Test
  void run_vcJoseCose_parsed() {
    String jwt = Fixture.signRaw(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(FIXTURE.kid)
        .type(new JOSEObjectType("vc+jwt")).build(), FIXTURE.credential(),
        JwsSigners.forKey(FIXTURE.issuerKey));
    assertThat(check.run(jwt).value()).get().extracting(ParsedCredentialJwt::shape)
        .isEqualTo(JwtShape.VC_JOSE_COSE);
  }

  @Test
  void run_envelopedAndWrappedInput_parsed() {
    String jwt = FIXTURE.sign(FIXTURE.credential());
    ObjectNode enveloped = Json.object().put("@context", "https://www.w3.org/ns/credentials/v2")
        .put("type", "EnvelopedVerifiableCredential")
        .put("id", "data:application/vc+jwt," + jwt);
    ObjectNode wrapped = Json.object();
    wrapped.set("verifiableCredential", enveloped);

    assertThat(check.run(Json.write(enveloped)).value()).isPresent();
    assertThat(check.run(Json.write(wrapped)).value()).isPresent();
    assertThat(check.run("{\"verifiableCredential\":\"" + jwt + "\"}").value()).isPresent();
    assertThat(check.run("  " + jwt + "\n").value()).isPresent();
  }
}
