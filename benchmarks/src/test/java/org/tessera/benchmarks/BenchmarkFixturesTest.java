package org.tessera.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.Jwks;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.model.SampleCredentials;
import org.tessera.shared.status.BitstringStatusList;

/**
 * The benchmarks must measure the success paths they claim to measure: these tests run every
 * benchmark method once on its fixture and check the fixtures themselves.
 */
class BenchmarkFixturesTest {

  @Test
  void signatureBenchmark_everyVerifier_acceptsItsFixture() throws Exception {
    SignatureBenchmark benchmark = new SignatureBenchmark();
    benchmark.setUp();

    assertThat(benchmark.es256Bc()).isTrue();
    assertThat(benchmark.es256Jdk()).isTrue();
    assertThat(benchmark.es256BcCachedKey()).isTrue();
    assertThat(benchmark.ed25519Bc()).isTrue();
    assertThat(benchmark.rs256Jdk()).isTrue();
  }

  @Test
  void jwsVerifiersBenchmark_eachAlgorithm_verifies() throws Exception {
    for (JwsAlgorithm alg : JwsAlgorithm.values()) {
      JwsVerifiersBenchmark benchmark = new JwsVerifiersBenchmark();
      benchmark.alg = alg.name();
      benchmark.setUp();

      assertThat(benchmark.verify()).as(alg.name()).isTrue();
    }
  }

  @Test
  void credentialBenchmark_sampleCredential_passesEveryCheck() {
    CredentialBenchmark benchmark = new CredentialBenchmark();
    benchmark.setUp();

    assertThat(benchmark.parseJwt()).isPresent();
    assertThat(benchmark.schemaBoth()).isEmpty();
    assertThat(benchmark.jsonLdTermCheck().undefinedTerms()).isEmpty();
    assertThat(benchmark.cmfConformance().conformant()).isTrue();
  }

  @Test
  void encodedStatusList_bothSizes_decodeWithAboutOnePercentSetAndSampleIndexClear() {
    for (int size : new int[] {131_072, 1_048_576}) {
      BitstringStatusList list = BitstringStatusList.decode(Fixtures.encodedStatusList(size), size / 8);

      int set = 0;
      for (int i = 0; i < size; i++) {
        set += list.get(i) ? 1 : 0;
      }
      assertThat(list.size()).isEqualTo(size);
      assertThat(set).isBetween(size / 200, size / 100);
      assertThat(list.get(SampleCredentials.STATUS_INDEX)).isFalse();
    }
  }

  @Test
  void statusListBenchmark_largeList_decodesToItsSize() {
    StatusListBenchmark benchmark = new StatusListBenchmark();
    benchmark.entries = 1_048_576;
    benchmark.setUp();

    assertThat(benchmark.decode().size()).isEqualTo(1_048_576);
  }

  @Test
  void exportFixture_writesJwtOfTheSampleAndPublicKeyOnly(@TempDir Path dir) throws Exception {
    ExportFixture.main(new String[] {dir.toString()});

    String jwt = Files.readString(dir.resolve("es256.jwt"), StandardCharsets.US_ASCII);
    String jwk = Files.readString(dir.resolve("es256.public.jwk.json"), StandardCharsets.US_ASCII);
    ObjectNode credential = CredentialJwt.parse(jwt).orElseThrow().credential();
    assertThat(credential).isEqualTo(Fixtures.credential());
    assertThat(Jwks.parse("{\"keys\":[" + jwk + "]}")).singleElement()
        .satisfies(key -> assertThat(key.isPrivate()).isFalse());
    String header = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8);
    assertThat(header).contains("\"alg\":\"ES256\"")
        .contains(SampleCredentials.ISSUER_ID + "#key-es256");
  }
}
