package org.tessera.shared.jose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.shared.json.Json;

class JwksTest {

  @Test
  void toJsonThenParse_publicKeys_sameKeys() {
    List<JWK> keys = List.of(TestKeys.EC.toPublicJWK(), TestKeys.RSA.toPublicJWK(), TestKeys.ED.toPublicJWK());
    List<JWK> parsed = Jwks.parse(Jwks.toJson(keys));
    assertThat(parsed).containsExactlyElementsOf(keys);
  }

  @Test
  void toJson_privateKey_rejected() {
    assertThatThrownBy(() -> Jwks.toJson(List.of(TestKeys.EC.toPublicJWK(), TestKeys.ED)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_privateKey_rejected() {
    String json = "{\"keys\":[" + TestKeys.EC.toJSONString() + "]}";
    assertThatThrownBy(() -> Jwks.parse(json)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining(((com.nimbusds.jose.jwk.ECKey) TestKeys.EC).getD().toString());
  }

  @Test
  void parse_symmetricKey_rejected() {
    assertThatThrownBy(() -> Jwks.parse("{\"keys\":[{\"kty\":\"oct\",\"k\":\"AAAA\"}]}"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void parse_unknownMembersAndKeyTypes_toleratedAndSkipped() {
    var ec = JwkJson.toJson(TestKeys.EC.toPublicJWK());
    ec.put("x-vendor", "anything");
    String json = "{\"keys\":[" + Json.write(ec) + ",{\"kty\":\"PQC-FUTURE\",\"pub\":\"AA\"}],\"extra\":true}";
    List<JWK> parsed = Jwks.parse(json);
    assertThat(parsed).hasSize(1);
    assertThat(parsed.get(0).getKeyID()).isEqualTo("ec-1");
  }

  @Test
  void parse_notAJwks_rejected() {
    assertThatThrownBy(() -> Jwks.parse("{\"keys\":{}}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Jwks.parse("[]")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Jwks.parse("{\"keys\":[],\"keys\":[]}")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Jwks.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}
