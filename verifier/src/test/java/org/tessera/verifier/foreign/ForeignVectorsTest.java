package org.tessera.verifier.foreign;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.shared.json.Json;
import org.tessera.shared.trust.AccreditationScope;
import org.tessera.shared.trust.StatusPeriod;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.testkit.Fixture;

/**
 * Every vector under {@code vectors/foreign} (credentials signed by {@code jose} and
 * {@code did-jwt-vc}, see its README) through the real verifier, with the vectors' did:jwk and
 * did:key issuers on the trust list: genuine ones verify, the others fail with their code. The
 * status lists they name are served from the vector folders ({@link VectorFolderFetcher}).
 */
class ForeignVectorsTest {

  private static final Fixture FIXTURE = new Fixture();
  private static Verifier verifier;

  record Vector(String name, String input, JsonNode expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void trustTheVectorIssuers() {
    List<TrustedIssuer> issuers = new ArrayList<>();
    for (JsonNode did : read(root().resolve("trusted-issuers.json")).path("trusted")) {
      issuers.add(new TrustedIssuer(did.asText(), "Foreign Issuer", "NL",
          List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2000-01-01T00:00:00Z"))),
          List.of(), new AccreditationScope(List.of(), AccreditationScope.EQF_MIN,
              AccreditationScope.EQF_MAX, List.of(), Optional.empty())));
    }
    FIXTURE.writeTrustList(FIXTURE.trustList(issuers));
    verifier = Verifier.create(FIXTURE.config(), FIXTURE.clock, new VectorFolderFetcher(root()));
  }

  @AfterAll
  static void close() {
    FIXTURE.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void verify_foreignVector_expectedVerdict(Vector vector) {
    VerificationReport report = verifier.verify(vector.input());

    if (vector.expected().path("verified").asBoolean()) {
      assertThat(report.errorCodes()).as(report.toJson().path("errors").toString()).isEmpty();
      assertThat(report.verified()).isTrue();
    } else {
      assertThat(report.verified()).isFalse();
      assertThat(report.errorCodes()).extracting(Enum::name)
          .contains(vector.expected().path("code").asText());
    }
  }

  @Test
  void vectors_coverEveryShape() {
    assertThat(vectors()).extracting(Vector::name)
        .anyMatch(n -> n.contains("ob3-jwt"))
        .anyMatch(n -> n.contains("vc-jose-cose"))
        .anyMatch(n -> n.contains("vc-claim"))
        .anyMatch(n -> n.contains("ob-spec-full-example"));
  }

  static List<Vector> vectors() {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.filter(Files::isDirectory).sorted().map(dir -> new Vector(
          dir.getFileName().toString(), text(dir.resolve("input.jwt")).strip(),
          read(dir.resolve("expected.json")))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path root() {
    try {
      return Path.of(ForeignVectorsTest.class.getResource("/vectors/foreign").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonNode read(Path file) {
    return Json.parseUntrusted(text(file)).orElseThrow();
  }

  private static String text(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
