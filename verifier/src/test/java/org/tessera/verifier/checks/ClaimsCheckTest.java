package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.testkit.Fixture;

class ClaimsCheckTest {

  private static final Fixture FIXTURE = new Fixture();
  private final ClaimsCheck check = new ClaimsCheck();

  @AfterAll
  static void close() {
    FIXTURE.close();
  }

  /** The OB 3.0 payload of the template credential, changed by {@code edit}, signed. */
  private CheckResult run(Consumer<ObjectNode> edit) {
    ObjectNode payload = FIXTURE.credential();
    CredentialJwt.claimsFor(FIXTURE.credential()).getClaims().forEach((name, value) -> {
      if (name.length() == 3) {
        payload.set(name, org.tessera.shared.json.Json.mapper().valueToTree(
            value instanceof java.util.Date d ? d.getTime() / 1000 : value));
      }
    });
    edit.accept(payload);
    String jwt = Fixture.signRaw(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(FIXTURE.kid)
        .type(JOSEObjectType.JWT).build(), payload, JwsSigners.forKey(FIXTURE.issuerKey));
    return check.check(CredentialJwt.parse(jwt).orElseThrow());
  }

  @Test
  void run_claimsFromCredential_pass() {
    assertThat(run(p -> { }).isPassed()).isTrue();
    assertThat(check.check(CredentialJwt.parse(FIXTURE.sign(FIXTURE.credential())).orElseThrow())
        .isPassed()).isTrue();
  }

  @Test
  void run_issDiffers_claimsMismatch() {
    CheckResult result = run(p -> p.put("iss", "did:web:evil.example"));
    assertThat(result.code()).contains(ErrorCode.CLAIMS_MISMATCH);
    assertThat(result.message()).contains("iss").doesNotContain("evil");
  }

  @Test
  void run_issMissingInOb3Jwt_claimsMismatch() {
    assertThat(run(p -> p.remove("iss")).code()).contains(ErrorCode.CLAIMS_MISMATCH);
  }

  @Test
  void run_subJtiNbfExpDiffer_claimsMismatch() {
    assertThat(run(p -> p.put("sub", "urn:uuid:someone-else")).code())
        .contains(ErrorCode.CLAIMS_MISMATCH);
    assertThat(run(p -> p.put("jti", "urn:uuid:other")).code())
        .contains(ErrorCode.CLAIMS_MISMATCH);
    assertThat(run(p -> p.put("nbf", p.get("nbf").asLong() - 3600)).code())
        .contains(ErrorCode.CLAIMS_MISMATCH);
    assertThat(run(p -> p.put("exp", p.get("exp").asLong() + 86_400)).code())
        .contains(ErrorCode.CLAIMS_MISMATCH);
  }

  @Test
  void run_expWithoutValidUntil_claimsMismatch() {
    assertThat(run(p -> p.remove("validUntil")).code()).contains(ErrorCode.CLAIMS_MISMATCH);
  }
}
