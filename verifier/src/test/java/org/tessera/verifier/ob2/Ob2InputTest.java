package org.tessera.verifier.ob2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class Ob2InputTest {

  private static String b64(String json) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void presented_httpsUrl_hosted() {
    assertThat(Ob2Input.presented("  https://badges.example/a/1.json\n"))
        .containsInstanceOf(Ob2Presented.HostedUrl.class);
  }

  @Test
  void presented_ob2JsonAlsoWrapped_hostedJson() {
    String json = "{\"@context\":\"https://w3id.org/openbadges/v2\",\"type\":\"Assertion\"}";
    assertThat(Ob2Input.presented(json)).containsInstanceOf(Ob2Presented.HostedJson.class);
    assertThat(Ob2Input.presented("{\"verifiableCredential\":" + json + "}"))
        .containsInstanceOf(Ob2Presented.HostedJson.class);
  }

  @Test
  void presented_jwsWithOb2Payload_signedEvenWithAlgNone() {
    String payload = b64("{\"@context\":\"https://openbadgespec.org/v2/context.json\"}");
    assertThat(Ob2Input.presented(b64("{\"alg\":\"none\"}") + "." + payload + "."))
        .containsInstanceOf(Ob2Presented.Signed.class);
  }

  @Test
  void presented_ob3AndOtherInput_leftToThePipeline() {
    String ob3 = b64("{\"alg\":\"ES256\"}") + "."
        + b64("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"]}") + ".c2ln";
    assertThat(Ob2Input.presented(ob3)).isEmpty();
    assertThat(Ob2Input.presented("{\"@context\":[\"https://www.w3.org/ns/credentials/v2\"]}"))
        .isEmpty();
    assertThat(Ob2Input.presented("hello world")).isEmpty();
    assertThat(Ob2Input.presented("ftp://badges.example/a.json")).isEmpty();
    assertThat(Ob2Input.presented("https://badges.example/a b")).isEmpty();
    assertThat(Ob2Input.presented("https://x.example/" + "a".repeat(3000))).isEmpty();
  }
}
