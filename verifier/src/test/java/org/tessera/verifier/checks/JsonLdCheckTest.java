package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.verifier.pipeline.CheckResult;
import org.tessera.verifier.pipeline.ErrorCode;
import org.tessera.verifier.testkit.Fixture;

class JsonLdCheckTest {

  private static final Fixture FIXTURE = new Fixture();
  private static final JsonLdCheck CHECK = new JsonLdCheck(new JsonLdTermCheck());

  @AfterAll
  static void close() {
    FIXTURE.close();
  }

  @Test
  void run_templateCredential_passes() {
    assertThat(CHECK.run(FIXTURE.credential()).isPassed()).isTrue();
  }

  @Test
  void run_undefinedTerm_jsonldInvalidNamingIt() {
    ObjectNode credential = FIXTURE.credential();
    ((ObjectNode) credential.get("credentialSubject")).put("favouriteColour", "blue");
    CheckResult result = CHECK.run(credential);
    assertThat(result.code()).contains(ErrorCode.JSONLD_INVALID);
    assertThat(result.message()).contains("favouriteColour");
  }

  @Test
  void run_unknownContext_jsonldInvalid() {
    ObjectNode credential = FIXTURE.credential();
    ((ArrayNode) credential.get("@context")).add("https://evil.example/context.jsonld");
    assertThat(CHECK.run(credential).code()).contains(ErrorCode.JSONLD_INVALID);
  }
}
