package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;
import org.tessera.shared.schema.CredentialSchemaValidator;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.ErrorCode;

class SchemaCheckTest extends DocumentCheckTestBase {

  SchemaCheckTest() {
    super(new SchemaCheck(new CredentialSchemaValidator())::check);
  }

  @Test
  void run_missingRequiredField_schemaInvalid() {
    CheckResult result = runEdited(credential ->
        ((ObjectNode) credential.get("credentialSubject")).remove("achievement"));
    assertThat(result.code()).contains(ErrorCode.SCHEMA_INVALID);
    assertThat(result.message()).contains("credentialSubject");
  }

  @Test
  void run_noCredentialSchema_schemaInvalid() {
    CheckResult result = runEdited(credential -> credential.remove("credentialSchema"));
    assertThat(result.code()).contains(ErrorCode.SCHEMA_INVALID);
  }

  @Test
  void run_manyViolations_messageBounded() {
    CheckResult result = runEdited(credential ->
        credential.put("issuer", 5).put("validFrom", 5).put("name", 5).put("type", 5));
    assertThat(result.code()).contains(ErrorCode.SCHEMA_INVALID);
    assertThat(result.message()).contains("more)");
  }

  @Test
  void run_suspensionOptInArray_passesLikeTheIssuerChecksIt() {
    ObjectNode credential = fixture.credential();
    ArrayNode entries = Json.mapper().createArrayNode();
    entries.add(credential.get("credentialStatus"));
    entries.addObject().put("id", fixture.statusUrl() + "-s#7")
        .put("type", "BitstringStatusListEntry").put("statusPurpose", "suspension")
        .put("statusListIndex", "7").put("statusListCredential", fixture.statusUrl() + "-s");
    credential.set("credentialStatus", entries);
    assertThat(run(credential).isPassed()).isTrue();

    ((ObjectNode) credential.get("credentialSubject")).remove("achievement");
    assertThat(run(credential).code()).contains(ErrorCode.SCHEMA_INVALID);
  }
}
