package org.tessera.issuer.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.issuer.config.ConfigException;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;

class KeyRingTest {

  private static final String DID = "did:web:issuer.example.edu";
  private static final Path SAMPLE_KEYS = Path.of("../keys-sample/issuer");

  @TempDir Path dir;

  private JWK write(JwsAlgorithm alg, String kid, String file) throws Exception {
    JWK jwk = JwkGenerator.generate(alg, kid);
    Files.writeString(dir.resolve(file), jwk.toJSONString());
    return jwk;
  }

  @Test
  void load_sampleKeysWithoutDemo_refusesEachOne() {
    assertThatThrownBy(() -> KeyRing.load(SAMPLE_KEYS, Optional.empty(), false, DID))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .hasSize(3).allSatisfy(p -> assertThat(p).contains("sample key")));
  }

  @Test
  void load_sampleKeysInDemo_activatesFirstEs256() {
    KeyRing ring = KeyRing.load(SAMPLE_KEYS, Optional.empty(), true, DID);

    assertThat(ring.keys()).hasSize(3);
    assertThat(ring.active().kid()).isEqualTo(DID + "#es256-1");
  }

  @Test
  void load_namedKid_isActiveAndAllArePublished() throws Exception {
    write(JwsAlgorithm.ES256, "a", "1.jwk");
    write(JwsAlgorithm.EdDSA, "b", "2.jwk");

    KeyRing ring = KeyRing.load(dir, Optional.of("b"), false, DID);

    assertThat(ring.active().algorithm()).isEqualTo(JwsAlgorithm.EdDSA);
    assertThat(ring.publicJwks()).hasSize(2).noneMatch(JWK::isPrivate);
  }

  @Test
  void load_publicKeyOrUnknownKid_reportsEachProblem() throws Exception {
    JWK jwk = JwkGenerator.generate(JwsAlgorithm.ES256, "pub");
    Files.writeString(dir.resolve("pub.jwk"), jwk.toPublicJWK().toJSONString());
    Files.writeString(dir.resolve("junk.jwk"), "not json");

    assertThatThrownBy(() -> KeyRing.load(dir, Optional.of("missing"), false, DID))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .anySatisfy(p -> assertThat(p).contains("holds no private key"))
            .anySatisfy(p -> assertThat(p).contains("is not a JWK")));
  }

  @Test
  void signingKey_toString_neverShowsPrivatePart() throws Exception {
    JWK jwk = write(JwsAlgorithm.ES256, "k", "k.jwk");

    SigningKey key = SigningKey.fromPrivateJwk(DID, jwk, JwsAlgorithm.ES256);

    assertThat(key.toString()).doesNotContain(jwk.toJSONObject().get("d").toString())
        .contains("redacted");
    assertThat(key.publicJwk().isPrivate()).isFalse();
  }
}
