package org.tessera.shared.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;

class JsonLdTermCheckCacheTest {

  private final JsonLdTermCheck check = new JsonLdTermCheck();

  private static ObjectNode achievement(ObjectNode credential) {
    return (ObjectNode) credential.get("credentialSubject").get("achievement");
  }

  @Test
  void check_sameShapeOtherLiterals_servedFromCache() {
    ObjectNode first = Examples.cmfMicroCredential();
    ObjectNode second = Examples.cmfMicroCredential();
    achievement(second).put("name", "Another course");
    achievement(second).put("description", "Another description");

    assertThat(check.check(first).ok()).isTrue();
    assertThat(check.check(second).ok()).isTrue();
    assertThat(check.cachedVerdicts()).isEqualTo(1);
  }

  @Test
  void check_otherAbsoluteIds_servedFromCache() {
    // Every issued credential has its own ids; they name nodes and change no verdict.
    ObjectNode first = Examples.cmfMicroCredential();
    ObjectNode second = Examples.cmfMicroCredential();
    second.put("id", "urn:uuid:9a1f0c4e-0d5b-4d39-9f6e-2b8f3f0d7c11");
    ((ObjectNode) second.get("credentialSubject")).put("id", "did:key:z6MkOtherLearner");
    achievement(second).put("id", "https://other.example/achievements/42");

    assertThat(check.check(first).ok()).isTrue();
    assertThat(check.check(second).ok()).isTrue();
    assertThat(check.cachedVerdicts()).isEqualTo(1);
  }

  @Test
  void check_relativeOrNonTextId_keepsItsOwnShape() {
    assertThat(check.check(Examples.cmfMicroCredential()).ok()).isTrue();
    ObjectNode relative = Examples.cmfMicroCredential();
    relative.put("id", "credentials/42");
    ObjectNode blank = Examples.cmfMicroCredential();
    blank.put("id", "_:b0");
    ObjectNode spaced = Examples.cmfMicroCredential();
    spaced.put("id", "urn:uuid:has space");

    check.check(relative);
    check.check(blank);
    check.check(spaced);

    assertThat(check.cachedVerdicts()).isEqualTo(4);
  }

  @Test
  void check_changedPropertyName_missesCache() {
    assertThat(check.check(Examples.cmfMicroCredential()).ok()).isTrue();
    ObjectNode renamed = Examples.cmfMicroCredential();
    ObjectNode subject = achievement(renamed);
    subject.set("descriptionn", subject.remove("description"));

    TermCheckResult result = check.check(renamed);

    assertThat(result.undefinedTerms()).containsExactly("descriptionn");
    assertThat(check.cachedVerdicts()).isEqualTo(2);
  }

  @Test
  void check_removedContext_missesCache() {
    assertThat(check.check(Examples.cmfMicroCredential()).ok()).isTrue();
    ObjectNode withoutCmf = Examples.cmfMicroCredential();
    ((ArrayNode) withoutCmf.get("@context")).remove(3);

    assertThat(check.check(withoutCmf).undefinedTerms()).contains("microCredential");
    assertThat(check.cachedVerdicts()).isEqualTo(2);
  }

  @Test
  void check_changedTypeValue_missesCache() {
    // The type picks a type-scoped context: Achievement's terms mean nothing on another type.
    assertThat(check.check(Examples.cmfMicroCredential()).ok()).isTrue();
    ObjectNode retyped = Examples.cmfMicroCredential();
    achievement(retyped).set("type", Json.mapper().createArrayNode().add("Evidence"));

    assertThat(check.check(retyped).ok()).isFalse();
    assertThat(check.cachedVerdicts()).isEqualTo(2);
  }

  @Test
  void check_nullInsteadOfString_missesCache() {
    // A null value drops its key from the expansion, so an undefined key goes unreported.
    ObjectNode withString = Examples.cmfMicroCredential();
    withString.put("favouriteColour", "blue");
    ObjectNode withNull = Examples.cmfMicroCredential();
    withNull.putNull("favouriteColour");

    assertThat(check.check(withString).undefinedTerms()).containsExactly("favouriteColour");
    assertThat(check.check(withNull).ok()).isTrue();
    assertThat(check.cachedVerdicts()).isEqualTo(2);
  }

  @Test
  void check_embeddedContext_notCachedButChecked() {
    ObjectNode credential = Examples.cmfMicroCredential();
    ObjectNode embedded = Json.mapper().createObjectNode();
    embedded.put("favouriteColour", "https://example.org/colour");
    ((ArrayNode) credential.get("@context")).add(embedded);
    credential.put("favouriteColour", "blue");

    assertThat(check.check(credential).ok()).isTrue();
    assertThat(check.cachedVerdicts()).isZero();
  }

  @Test
  void check_manyShapes_cacheBounded() {
    for (int i = 0; i < JsonLdTermCheck.MAX_CACHED_VERDICTS + 5; i++) {
      ObjectNode credential = Examples.cmfMicroCredential();
      credential.put("extra" + i, "x");
      assertThat(check.check(credential).undefinedTerms()).containsExactly("extra" + i);
    }
    assertThat(check.cachedVerdicts()).isEqualTo(JsonLdTermCheck.MAX_CACHED_VERDICTS);
  }
}
