package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tessera.shared.schema.CredentialSchemaValidator;
import org.tessera.verifier.pipeline.CheckResult;
import org.tessera.verifier.pipeline.ErrorCode;
import org.tessera.verifier.testkit.Fixture;

class SchemaCheckTest {

  private static final Fixture FIXTURE = new Fixture();
  private static final SchemaCheck CHECK = new SchemaCheck(new CredentialSchemaValidator());

  @AfterAll
  static void close() {
    FIXTURE.close();
  }

  @Test
  void run_templateCredential_passes() {
    assertThat(CHECK.run(FIXTURE.credential()).isPassed()).isTrue();
  }

  @Test
  void run_missingRequiredField_schemaInvalid() {
    ObjectNode credential = FIXTURE.credential();
    ((ObjectNode) credential.get("credentialSubject")).remove("achievement");
    CheckResult result = CHECK.run(credential);
    assertThat(result.code()).contains(ErrorCode.SCHEMA_INVALID);
    assertThat(result.message()).contains("credentialSubject");
  }

  @Test
  void run_noCredentialSchema_schemaInvalid() {
    ObjectNode credential = FIXTURE.credential();
    credential.remove("credentialSchema");
    assertThat(CHECK.run(credential).code()).contains(ErrorCode.SCHEMA_INVALID);
  }

  @Test
  void run_manyViolations_messageBounded() {
    ObjectNode credential = FIXTURE.credential();
    credential.put("issuer", 5).put("validFrom", 5).put("name", 5).put("type", 5);
    CheckResult result = CHECK.run(credential);
    assertThat(result.code()).contains(ErrorCode.SCHEMA_INVALID);
    assertThat(result.message()).contains("more)");
  }

  @Test
  void run_suspensionOptInArray_passesLikeTheIssuerChecksIt() {
    ObjectNode credential = FIXTURE.credential();
    com.fasterxml.jackson.databind.node.ArrayNode entries =
        org.tessera.shared.json.Json.mapper().createArrayNode();
    entries.add(credential.get("credentialStatus"));
    entries.addObject().put("id", FIXTURE.statusUrl() + "-s#7")
        .put("type", "BitstringStatusListEntry").put("statusPurpose", "suspension")
        .put("statusListIndex", "7").put("statusListCredential", FIXTURE.statusUrl() + "-s");
    credential.set("credentialStatus", entries);
    assertThat(CHECK.run(credential).isPassed()).isTrue();

    ((ObjectNode) credential.get("credentialSubject")).remove("achievement");
    assertThat(CHECK.run(credential).code()).contains(ErrorCode.SCHEMA_INVALID);
  }
}
