package org.tessera.verifier.sdjwt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.shared.json.Json;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.testkit.Fixture;
import org.tessera.verifier.testkit.SdJwtVectors;
import org.tessera.verifier.testkit.VectorFiles;

/**
 * Every vector under {@code vectors/sdjwt/{valid,invalid}} (see its README) through the real
 * verifier at the vectors' time, the issuer's documents served from the vector files (plus a
 * vector's own {@code site.json}), the issuer trusted by its did:web.
 */
class SdJwtVectorsTest {

  private static final Fixture FIXTURE = new Fixture();
  private static final SdJwtVectors.Site SITE = new SdJwtVectors.Site();
  private static Verifier verifier;

  record Vector(String name, String input, JsonNode expected, Optional<JsonNode> site) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void create() {
    verifier = SdJwtVectors.verifier(FIXTURE, SITE);
  }

  @AfterAll
  static void close() {
    FIXTURE.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void verify_sdJwtVector_expectedVerdict(Vector vector) {
    SITE.reset();
    vector.site().ifPresent(site -> {
      for (Map.Entry<String, JsonNode> document : site.properties()) {
        SITE.serve(document.getKey(), document.getValue().isTextual()
            ? document.getValue().asText() : Json.write(document.getValue()));
      }
    });
    SdJwtExpectations expected = new SdJwtExpectations(
        Optional.ofNullable(vector.expected().get("nonce")).map(JsonNode::asText),
        Optional.ofNullable(vector.expected().get("audience")).map(JsonNode::asText));

    // A vector's own documents get a fresh verifier: the issuer metadata is cached.
    Verifier using = vector.site().isPresent() ? SdJwtVectors.verifier(FIXTURE, SITE) : verifier;

    VerificationReport report = using.verifySdJwt(vector.input(), expected);

    assertThat(report.format()).isEqualTo(VerificationReport.CredentialFormat.SD_JWT_VC);
    assertThat(report.toJson().path("format").asText()).isEqualTo("SD-JWT VC");
    assertThat(report.checks()).extracting(c -> c.id()).isEqualTo(SdJwtVerifier.ORDER);
    if (vector.expected().path("verified").asBoolean()) {
      assertThat(report.errorCodes()).as(report.toJson().path("checks").toString()).isEmpty();
      assertThat(report.verifiedAndTrusted()).isTrue();
      assertThat(report.issuer().orElseThrow().id()).isEqualTo(SdJwtVectors.ISSUER_DID);
      assertThat(report.credential().orElseThrow().path("achievement_title").asText())
          .isEqualTo("Data Stewardship for Researchers");
      JsonNode disclosed = vector.expected().get("disclosed");
      if (disclosed != null) {
        List<String> names = new ArrayList<>();
        disclosed.forEach(n -> names.add(n.asText()));
        assertThat(report.sdJwt().orElseThrow().disclosed()).isEqualTo(names);
      }
    } else {
      assertThat(report.verified()).isFalse();
      assertThat(report.verifiedCredential()).isEmpty();
      assertThat(report.errorCodes()).extracting(Enum::name)
          .as(report.toJson().path("checks").toString())
          .contains(vector.expected().path("code").asText());
    }
  }

  @Test
  void vectors_coverEveryJudgedRefusal() {
    assertThat(vectors()).extracting(v -> v.expected().path("code").asText(""))
        .contains("DISCLOSURE_TAMPERED", "DISCLOSURE_NOT_IN_TOKEN", "DISCLOSURE_DUPLICATE",
            "NONCE_MISMATCH", "AUDIENCE_MISMATCH", "KB_JWT_SIGNATURE_INVALID", "ALG_NOT_ALLOWED",
            "REVOKED", "ISSUER_NOT_TRUSTED");
  }

  static List<Vector> vectors() {
    List<Vector> all = new ArrayList<>();
    for (String kind : List.of("valid", "invalid")) {
      try (Stream<Path> dirs = Files.list(SdJwtVectors.root().resolve(kind))) {
        dirs.filter(Files::isDirectory).sorted().forEach(dir -> all.add(new Vector(
            kind + "/" + dir.getFileName(), SdJwtVectors.read(dir.resolve("credential.sd-jwt")),
            VectorFiles.json(dir.resolve("expected.json")),
            Files.exists(dir.resolve("site.json"))
                ? Optional.of(VectorFiles.json(dir.resolve("site.json")))
                : Optional.empty())));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }
}
