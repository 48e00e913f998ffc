package org.tessera.issuer.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.config.ConfigException;
import org.tessera.issuer.config.Pkcs11Settings;
import org.tessera.shared.json.Json;

/**
 * The PKCS#11 signer against a real SoftHSM2 token ({@link SoftHsmToken}): an ES256 key with a
 * self-signed certificate is imported into the token and the issuer signs with it. Skipped, with
 * a message, where SoftHSM2 is not installed.
 */
class Pkcs11SigningKeyTest {

  private static final String DID = "did:web:issuer.example.edu";
  private static final String PIN = SoftHsmToken.PIN;

  private static Path providerConfig;

  @BeforeAll
  static void createToken() throws Exception {
    SoftHsmToken token = SoftHsmToken.require("Pkcs11SigningKeyTest");
    providerConfig = token.providerConfig();
    token.importKey("issuer-es256");
  }

  private static Pkcs11Settings settings(String pin, String alias) {
    return new Pkcs11Settings(providerConfig, pin, alias, "hsm-1");
  }

  @Test
  void sign_es256InToken_isJoseRsAndVerifiesWithPublishedKey() throws Exception {
    SigningKey key = Pkcs11SigningKeys.load(settings(PIN, "issuer-es256"), DID);

    String jwt = key.sign(Json.object().put("id", "urn:uuid:1").put("issuer", DID));

    JWSObject jws = JWSObject.parse(jwt);
    assertThat(jws.getHeader().getKeyID()).isEqualTo(DID + "#hsm-1");
    assertThat(jws.getSignature().decode()).hasSize(64);
    assertThat(jws.verify(new ECDSAVerifier((ECKey) key.publicJwk()))).isTrue();
  }

  @Test
  void load_keyFromToken_neverExposesPrivateParts() {
    SigningKey key = Pkcs11SigningKeys.load(settings(PIN, "issuer-es256"), DID);
    KeyRing ring = new KeyRing(List.of(key), key);
    PublicKeyDocuments documents = new PublicKeyDocuments(DID, ring);

    assertThat(key.publicJwk().isPrivate()).isFalse();
    assertThat(key.toString()).contains("redacted").doesNotContain(PIN);
    assertThat(Json.parseUntrusted(documents.jwksJson()).orElseThrow().findValues("d")).isEmpty();
    assertThat(Json.parseUntrusted(documents.didDocumentJson()).orElseThrow().findValues("d"))
        .isEmpty();
    assertThat(settings(PIN, "issuer-es256").toString()).doesNotContain(PIN);
  }

  @Test
  void load_unknownAlias_isConfigError() {
    // (A wrong PIN cannot be shown in this JVM: PKCS#11 login state is per process and token.)
    assertThatThrownBy(() -> Pkcs11SigningKeys.load(settings(PIN, "no-such-key"), DID))
        .isInstanceOf(ConfigException.class)
        .satisfies(e -> assertThat(((ConfigException) e).problems().toString())
            .contains("no-such-key"));
  }
}
