package org.tessera.issuer.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tessera.issuer.config.ConfigException;
import org.tessera.issuer.config.InstitutionConfig;
import org.tessera.issuer.config.InstitutionsFile;

/**
 * The public keys of {@code keys-sample/} stay refused outside demo mode, the demo institution's
 * included: a key added there without its thumbprint would be accepted in production.
 */
class SampleKeysTest {

  private static final Path SAMPLES = Path.of("../keys-sample");
  private static final String ACADEMY_DID = "did:web:localhost%3A8080:institutions:tessera-academy";

  @Test
  void thumbprints_listEveryIssuerInstitutionAndWalletKeyOfKeysSample() throws Exception {
    // flatMap closes each walk.
    List<Path> files = Stream.of("issuer", "institutions", "wallet").map(SAMPLES::resolve)
        .flatMap(SampleKeysTest::walk).filter(f -> f.toString().endsWith(".jwk")).toList();

    assertThat(files).hasSizeGreaterThanOrEqualTo(5)
        .anySatisfy(f -> assertThat(f.toString()).contains("tessera-academy"));
    for (Path file : files) {
      JWK jwk = JWK.parse(Files.readString(file));
      assertThat(SampleKeys.thumbprints()).as(file.toString()).contains(KeyFiles.thumbprint(jwk));
    }
  }

  @Test
  void sampleInstitutionsFile_namesTheAcademyWhoseKeyIsRefusedOutsideDemo() {
    List<String> problems = new ArrayList<>();
    List<InstitutionConfig> institutions =
        InstitutionsFile.read(SAMPLES.resolve("institutions.json"), Map.of(), problems);

    assertThat(problems).isEmpty();
    assertThat(institutions).singleElement().satisfies(i -> {
      assertThat(i.id()).isEqualTo("tessera-academy");
      assertThat(i.name()).isEqualTo("Tessera Academy");
      assertThat(i.country()).isEqualTo("DE");
    });
    InstitutionConfig academy = institutions.get(0);
    KeyRing demo = KeyRing.load(academy.keysDir(), academy.signingKid(), true, ACADEMY_DID);
    assertThat(demo.active().kid()).isEqualTo(ACADEMY_DID + "#academy-es256-1");
    assertThatThrownBy(() -> KeyRing.load(academy.keysDir(), academy.signingKid(), false,
        ACADEMY_DID))
        .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .singleElement().satisfies(p -> assertThat(p).contains("sample key")));
  }

  private static Stream<Path> walk(Path dir) {
    try {
      return Files.walk(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
