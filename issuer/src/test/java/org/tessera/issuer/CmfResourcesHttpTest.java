package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.achievement;
import static org.tessera.issuer.TestIssuer.issueRequest;
import static org.tessera.issuer.TestIssuer.json;
import static org.tessera.issuer.TestIssuer.post;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.json.Json;

/**
 * The CMF context and schema: served byte for byte as bundled, and pinned by the
 * {@code relatedResource} digests of every credential (docs/decisions/0036).
 */
class CmfResourcesHttpTest extends HttpTestBase {

  private static final String CONTEXT_FILE = "/org/tessera/shared/contexts/cmf-v1.jsonld";
  private static final String SCHEMA_FILE = "/org/tessera/shared/schemas/cmf-v1.json";

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void issue_signedCredential_carriesSha384OfBundledContextAndSchema(boolean suspension) {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String achievementId = json(post(client, "/api/achievements", achievement(suspension)))
          .get("id").asText();

      JsonNode issued = json(post(client, "/api/credentials", issueRequest(achievementId)));

      JsonNode signed = Json.parseUntrustedObject(JWSObject.parse(issued.get("jwt").asText())
          .getPayload().toString()).orElseThrow();
      assertThat(signed.get("relatedResource")).hasSize(2);
      assertThat(signed.get("relatedResource").get(0)).isEqualTo(Json.parseUntrusted("""
          {"id": "https://w3id.org/tessera/contexts/cmf-v1.jsonld",
           "digestSRI": "%s", "mediaType": "application/ld+json"}
          """.formatted(sri(CONTEXT_FILE))).orElseThrow());
      assertThat(signed.get("relatedResource").get(1)).isEqualTo(Json.parseUntrusted("""
          {"id": "https://w3id.org/tessera/schemas/cmf-v1.json",
           "digestSRI": "%s", "mediaType": "application/schema+json"}
          """.formatted(sri(SCHEMA_FILE))).orElseThrow());
      assertThat(issued.get("credential").get("relatedResource"))
          .isEqualTo(signed.get("relatedResource"));
    });
  }

  @Test
  void cmfContext_servedBytesAreTheBundledBytes_asLdJsonForEveryOriginWithEtag() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response response = client.get("/contexts/cmf-v1.jsonld");

      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Content-Type")).startsWith("application/ld+json");
      assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
      assertThat(response.header("Cache-Control")).contains("max-age=31536000");
      assertThat(response.header("ETag")).isEqualTo('"' + sri(CONTEXT_FILE) + '"');
      assertThat(sha256(body(response))).isEqualTo(sha256(bundled(CONTEXT_FILE)));
    });
  }

  @Test
  void cmfSchema_servedBytesAreTheBundledBytes() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      Response response = client.get("/schemas/cmf-v1.json");

      assertThat(response.code()).isEqualTo(200);
      assertThat(response.header("Content-Type")).startsWith("application/schema+json");
      assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo("*");
      assertThat(sha256(body(response))).isEqualTo(sha256(bundled(SCHEMA_FILE)));
    });
  }

  @Test
  void cmfContext_ifNoneMatchItsEtag_is304WithoutBody() {
    JavalinTest.test(app.server().javalin(), (server, client) -> {
      String etag = client.get("/contexts/cmf-v1.jsonld").header("ETag");

      Response again = client.request("/contexts/cmf-v1.jsonld",
          b -> b.get().header("If-None-Match", etag));

      assertThat(again.code()).isEqualTo(304);
      assertThat(body(again)).isEmpty();
    });
  }

  private static String sri(String file) {
    return "sha384-" + Base64.getEncoder().encodeToString(digest("SHA-384", bundled(file)));
  }

  private static byte[] sha256(byte[] bytes) {
    return digest("SHA-256", bytes);
  }

  private static byte[] digest(String algorithm, byte[] bytes) {
    try {
      return MessageDigest.getInstance(algorithm).digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] bundled(String file) {
    try (InputStream in = CmfResourcesHttpTest.class.getResourceAsStream(file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] body(Response response) {
    try (ResponseBody body = response.body()) {
      return body == null ? new byte[0] : body.bytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
