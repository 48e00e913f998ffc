package org.tessera.issuer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tessera.issuer.TestIssuer.BASE;

import com.authlete.sd.SDJWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.kit.testkit.HttpClient;
import org.tessera.kit.testkit.JavalinTest;
import org.tessera.shared.json.Json;
import org.tessera.shared.testkit.MutableClock;

/**
 * Writes the SD-JWT VC vectors of {@code verifier/src/test/resources/vectors/sdjwt/} (for the
 * verifier side of issue #17) from a real issuer run; skipped unless asked for:
 * {@code mvn -pl issuer -am test -Dtest=SdJwtVectorsWriterTest
 * -Dtessera.sdJwtVectors=$PWD/verifier/src/test/resources/vectors/sdjwt
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "tessera.sdJwtVectors", matches = ".+")
class SdJwtVectorsWriterTest {

  @TempDir Path dir;

  @Test
  void write_genuineAndRevoked_withTheDocumentsTheyReference() throws Exception {
    Path out = Path.of(System.getProperty("tessera.sdJwtVectors"));
    try (IssuerApp app = IssuerApp.create(IssuerSettings.of(TestIssuer.config(dir)),
        new MutableClock(TestIssuer.NOW))) {
      JavalinTest.test(app.server().javalin(), (server, client) -> {
        Oid4vciFlow flow = new Oid4vciFlow(client);
        TestWallet genuineHolder = TestWallet.didJwk();
        TestWallet revokedHolder = TestWallet.didJwk();
        SDJWT genuine = SdJwtVcHttpTest.collect(flow, flow.issueCredential(), genuineHolder);
        String revokedId = flow.issueCredential();
        SDJWT revoked = SdJwtVcHttpTest.collect(flow, revokedId, revokedHolder);
        assertThat(TestIssuer.post(client, "/api/credentials/" + revokedId + "/revoke", "")
            .code()).isEqualTo(200);

        JsonNode status = SdJwtVcHttpTest.payload(genuine).path("status").path("status_list");
        String statusUri = status.get("uri").asText();
        write(out.resolve("issuer/jwt-vc-issuer.json"),
            body(client, "/.well-known/jwt-vc-issuer"));
        write(out.resolve("issuer/type-metadata.json"), body(client,
            SdJwtVcHttpTest.VCT.substring(BASE.length())));
        write(out.resolve("issuer/status-list-token.jwt"),
            body(client, statusUri.substring(BASE.length())));
        ObjectNode resources = Json.object();
        resources.put(BASE + "/.well-known/jwt-vc-issuer", "issuer/jwt-vc-issuer.json");
        resources.put(SdJwtVcHttpTest.VCT, "issuer/type-metadata.json");
        resources.put(statusUri, "issuer/status-list-token.jwt");
        write(out.resolve("resources.json"), Json.writePretty(resources) + "\n");

        vector(out.resolve("valid/001-genuine"), genuine, genuineHolder,
            "{\n  \"verified\" : true\n}\n");
        vector(out.resolve("invalid/001-revoked"), revoked, revokedHolder,
            "{\n  \"verified\" : false,\n  \"code\" : \"REVOKED\"\n}\n");
      });
    }
  }

  private static void vector(Path folder, SDJWT credential, TestWallet holder, String expected)
      throws IOException {
    write(folder.resolve("credential.sd-jwt"), credential.toString());
    write(folder.resolve("holder.jwk"), holder.key.toJSONString() + "\n");
    write(folder.resolve("expected.json"), expected);
  }

  private static String body(HttpClient client, String path) throws IOException {
    Response response = client.get(path);
    assertThat(response.code()).as(path).isEqualTo(200);
    return response.body().string();
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
