package org.tessera.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.JWSObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.shared.cmf.CmfConformance;
import org.tessera.shared.cmf.CmfPolicy;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.shared.jose.JwtShape;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.shared.model.CredentialJson;
import org.tessera.shared.model.SampleCredentials;
import org.tessera.shared.schema.CredentialSchemaValidator;

/**
 * The parts of src-shared together: a credential built from the model passes both schemas and
 * the JSON-LD term check, signs as an OB 3.0 JWT and parses back to the same credential.
 */
class CredentialProfileTest {

  private final CredentialSchemaValidator schemas = new CredentialSchemaValidator();
  private final JsonLdTermCheck terms = new JsonLdTermCheck();

  @Test
  void modelCredential_singleRevocationEntry_passesBothSchemasAndTermCheck() {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.conformant());

    assertThat(schemas.validate(json)).isEmpty();
    assertThat(terms.check(json).undefinedTerms()).isEmpty();
    assertThat(terms.check(json).ok()).isTrue();
    assertThat(CmfConformance.evaluate(json, CmfPolicy.EU_CMF).conformant()).isTrue();
  }

  @Test
  void modelCredential_withSuspensionEntry_failsObSchemaOnlyOnCredentialStatus() {
    ObjectNode json = CredentialJson.toJson(SampleCredentials.withStatus(
        List.of(SampleCredentials.revocation(), SampleCredentials.suspension())));

    assertThat(schemas.validate(json))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v.instancePath()).startsWith("/credentialStatus"));
    assertThat(terms.check(json).ok()).isTrue();
  }

  @Test
  void signedCredential_parsesBackAsOb3JwtWithTheSameCredential() throws Exception {
    JWK key = JwkGenerator.generate(JwsAlgorithm.ES256, "key-1");
    ObjectNode json = CredentialJson.toJson(SampleCredentials.conformant());

    String jwt = CredentialJwt.sign(json, JwsSigners.forKey(key), JwsAlgorithm.ES256,
        SampleCredentials.ISSUER_ID + "#key-1");
    ParsedCredentialJwt parsed = CredentialJwt.parse(jwt).orElseThrow();

    assertThat(parsed.shape()).isEqualTo(JwtShape.OB3_JWT);
    assertThat(parsed.credential()).isEqualTo(json);
    assertThat(parsed.claims().get("iss").asText()).isEqualTo(SampleCredentials.ISSUER_ID);
    assertThat(JwsVerifiers.verify(JWSObject.parse(jwt), key.toPublicJWK(), JwsAlgorithm.ES256))
        .isTrue();
  }
}
