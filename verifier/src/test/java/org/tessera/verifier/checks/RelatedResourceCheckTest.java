package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.ErrorCode;

/** The {@code relatedResource} part of the jsonld check (docs/decisions/0036). */
class RelatedResourceCheckTest extends DocumentCheckTestBase {

  private static final String CMF_CONTEXT = "https://w3id.org/tessera/contexts/cmf-v1.jsonld";
  private static final String CMF_SCHEMA = "https://w3id.org/tessera/schemas/cmf-v1.json";
  private static final String VC_CONTEXT = "https://www.w3.org/ns/credentials/v2";

  RelatedResourceCheckTest() {
    super(new JsonLdCheck(new JsonLdTermCheck())::check);
  }

  @Test
  void run_digestsOfBundledContextsAndSchemaMatch_passes() {
    CheckResult result = runEdited(credential -> {
      ArrayNode related = credential.putArray("relatedResource");
      related.add(entry(CMF_CONTEXT, sri("SHA-384", "contexts/cmf-v1.jsonld")));
      related.add(entry(CMF_SCHEMA, sri("SHA-384", "schemas/cmf-v1.json")));
      related.add(entry(VC_CONTEXT, sri("SHA-256", "contexts/credentials-v2.jsonld")));
    });

    assertThat(result.isPassed()).as(result.message()).isTrue();
  }

  @Test
  void run_oneOfSeveralStrongestHashesMatches_passes() {
    CheckResult result = runEdited(credential -> credential.set("relatedResource",
        entry(CMF_CONTEXT, "sha256-AAAA " + sri("SHA-512", "contexts/cmf-v1.jsonld")
            + " sha512-AAAA")));

    assertThat(result.isPassed()).as(result.message()).isTrue();
  }

  @Test
  void run_digestOfBundledContextDiffers_relatedResourceMismatchNamingIt() {
    String wrong = sri("SHA-384", "schemas/cmf-v1.json");
    CheckResult result = runEdited(credential ->
        credential.putArray("relatedResource").add(entry(CMF_CONTEXT, wrong)));

    assertThat(result.code()).contains(ErrorCode.RELATED_RESOURCE_MISMATCH);
    assertThat(result.message()).contains(CMF_CONTEXT);
  }

  @Test
  void run_digestOfBundledSchemaDiffers_relatedResourceMismatch() {
    CheckResult result = runEdited(credential -> credential.putArray("relatedResource")
        .add(entry(CMF_SCHEMA, sri("SHA-384", "contexts/cmf-v1.jsonld"))));

    assertThat(result.code()).contains(ErrorCode.RELATED_RESOURCE_MISMATCH);
  }

  @Test
  void run_digestWeCannotCompareForBundledId_relatedResourceMismatch() {
    for (String unusable : new String[] {"md5-AAAA", "sha384-not*base64", ""}) {
      CheckResult result = runEdited(credential -> credential.putArray("relatedResource")
          .add(entry(CMF_CONTEXT, unusable)));

      assertThat(result.code()).as(unusable).contains(ErrorCode.RELATED_RESOURCE_MISMATCH);
    }
    CheckResult number = runEdited(credential -> credential.putArray("relatedResource")
        .addObject().put("id", CMF_CONTEXT).put("digestSRI", 42));
    assertThat(number.code()).contains(ErrorCode.RELATED_RESOURCE_MISMATCH);
  }

  @Test
  void run_unknownIdWithAnyDigest_isIgnored() {
    CheckResult result = runEdited(credential -> credential.putArray("relatedResource")
        .add(entry("https://example.org/logo.png", "sha384-AAAA")));

    assertThat(result.isPassed()).as(result.message()).isTrue();
  }

  private ObjectNode entry(String id, String digest) {
    ObjectNode entry = fixture.credential().objectNode();
    entry.put("id", id).put("digestSRI", digest);
    return entry;
  }

  /** Computed here from the class-path file, independently of the code under test. */
  private static String sri(String algorithm, String file) {
    try (InputStream in = RelatedResourceCheckTest.class
        .getResourceAsStream("/org/tessera/shared/" + file)) {
      byte[] digest = MessageDigest.getInstance(algorithm).digest(in.readAllBytes());
      return algorithm.replace("-", "").toLowerCase() + "-"
          + Base64.getEncoder().encodeToString(digest);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
