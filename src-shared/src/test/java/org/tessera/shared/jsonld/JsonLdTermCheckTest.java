package org.tessera.shared.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class JsonLdTermCheckTest {

  private final JsonLdTermCheck check = new JsonLdTermCheck();

  @Test
  void check_cmfExample_ok() {
    TermCheckResult result = check.check(Examples.cmfMicroCredential());

    assertThat(result.error()).isEmpty();
    assertThat(result.undefinedTerms()).isEmpty();
    assertThat(result.ok()).isTrue();
  }

  @Test
  void check_undefinedTopLevelTerm_reported() {
    ObjectNode credential = Examples.cmfMicroCredential();
    credential.put("favouriteColour", "blue");

    TermCheckResult result = check.check(credential);

    assertThat(result.ok()).isFalse();
    assertThat(result.undefinedTerms()).containsExactly("favouriteColour");
  }

  @Test
  void check_typoInsideMicroCredential_reported() {
    ObjectNode credential = Examples.cmfMicroCredential();
    microCredential(credential).put("volumeOfLearnig", "PT1H");

    assertThat(check.check(credential).undefinedTerms()).containsExactly("volumeOfLearnig");
  }

  @Test
  void check_cmfTermOutsideMicroCredential_reported() {
    // CMF terms are scoped to microCredential; elsewhere they mean nothing.
    ObjectNode credential = Examples.cmfMicroCredential();
    credential.put("eqfLevel", "http://data.europa.eu/snb/eqf/6");

    assertThat(check.check(credential).undefinedTerms()).containsExactly("eqfLevel");
  }

  @Test
  void check_withoutCmfContext_microCredentialReported() {
    ObjectNode credential = Examples.cmfMicroCredential();
    ((ArrayNode) credential.get("@context")).remove(3);

    assertThat(check.check(credential).undefinedTerms()).contains("microCredential");
  }

  @Test
  void check_unknownContextUrl_error() {
    ObjectNode credential = Examples.cmfMicroCredential();
    ((ArrayNode) credential.get("@context")).add("https://evil.example/context.jsonld");

    TermCheckResult result = check.check(credential);

    assertThat(result.ok()).isFalse();
    assertThat(result.error()).contains("unknown context https://evil.example/context.jsonld");
  }

  @Test
  void check_unknownContextUrlLong_errorTruncated() {
    ObjectNode credential = Examples.cmfMicroCredential();
    String url = "https://evil.example/" + "a".repeat(1000);
    ((ArrayNode) credential.get("@context")).add(url);

    String error = check.check(credential).error().orElseThrow();

    assertThat(error).isEqualTo("unknown context " + url.substring(0, 200));
  }

  @Test
  void check_unknownContextInNestedNode_error() {
    ObjectNode credential = Examples.cmfMicroCredential();
    ((ObjectNode) credential.get("credentialSubject")).put("@context", "https://evil.example/c");

    assertThat(check.check(credential).error()).contains("unknown context https://evil.example/c");
  }

  @Test
  void check_embeddedVocab_error() {
    ObjectNode credential = Examples.cmfMicroCredential();
    ((ArrayNode) credential.get("@context")).addObject().put("@vocab", "https://anything.example/");
    credential.put("favouriteColour", "blue");

    assertThat(check.check(credential).error()).contains("embedded @vocab is not allowed");
  }

  @Test
  void check_undefinedPrefix_reported() {
    ObjectNode credential = Examples.cmfMicroCredential();
    credential.put("x:colour", "blue");

    assertThat(check.check(credential).undefinedTerms()).containsExactly("x:colour");
  }

  @Test
  void check_missingContext_error() {
    ObjectNode credential = Examples.cmfMicroCredential();
    credential.remove("@context");

    assertThat(check.check(credential).error()).contains("missing @context");
  }

  @Test
  void check_obFullExampleWithExtensionsContext_ok() {
    TermCheckResult result = check.check(Examples.obFullExample());

    assertThat(result.error()).isEmpty();
    assertThat(result.undefinedTerms()).isEmpty();
  }

  @Test
  void check_repeatedCalls_sameResult() {
    ObjectNode credential = Examples.cmfMicroCredential();
    credential.put("favouriteColour", "blue");

    for (int i = 0; i < 3; i++) {
      assertThat(check.check(credential).undefinedTerms()).containsExactly("favouriteColour");
    }
  }

  private static ObjectNode microCredential(ObjectNode credential) {
    return (ObjectNode) credential.get("credentialSubject").get("achievement").get("microCredential");
  }
}
