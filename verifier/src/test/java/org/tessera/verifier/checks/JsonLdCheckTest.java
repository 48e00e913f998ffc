package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.ErrorCode;

class JsonLdCheckTest extends DocumentCheckTestBase {

  JsonLdCheckTest() {
    super(new JsonLdCheck(new JsonLdTermCheck())::check);
  }

  @Test
  void run_undefinedTerm_jsonldInvalidNamingIt() {
    CheckResult result = runEdited(credential ->
        ((ObjectNode) credential.get("credentialSubject")).put("favouriteColour", "blue"));
    assertThat(result.code()).contains(ErrorCode.JSONLD_INVALID);
    assertThat(result.message()).contains("favouriteColour");
  }

  @Test
  void run_unknownContext_jsonldInvalid() {
    CheckResult result = runEdited(credential ->
        ((ArrayNode) credential.get("@context")).add("https://evil.example/context.jsonld"));
    assertThat(result.code()).contains(ErrorCode.JSONLD_INVALID);
  }
}
