package org.tessera.verifier.ob2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
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
import org.tessera.shared.trust.AccreditationScope;
import org.tessera.shared.trust.StatusPeriod;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.attacks.RoutingFetcher;
import org.tessera.verifier.attacks.VectorSite;
import org.tessera.verifier.checks.CredentialInput;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckStatus;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.status.StatusFreshness;
import org.tessera.verifier.testkit.Fixture;
import org.tessera.verifier.testkit.VectorFiles;

/**
 * Every vector under {@code vectors/ob2} (written by {@code interop/ob2/make-vectors.mjs} with
 * {@code jose}, see its README) through the real verifier: the documents of each vector are
 * served by a local site standing in for {@code https://*.ob2.test}, reached through the real
 * fetcher (the production rules judge every other URL), with the issuer on the trust list.
 */
class Ob2VectorsTest {

  static final String ISSUER = "https://issuer.ob2.test/issuer.json";
  private static final Fixture FIXTURE = new Fixture();
  private static final VectorSite SITE = new VectorSite();
  private static final PinnedSafeFetcher REAL = PinnedSafeFetcher.create(true);
  private static Verifier verifier;

  record Vector(String name, String input, JsonNode site, JsonNode expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  @BeforeAll
  static void trustTheIssuer() {
    FIXTURE.writeTrustList(FIXTURE.trustList(List.of(new TrustedIssuer(ISSUER,
        "Example University", "NL",
        List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2000-01-01T00:00:00Z"))),
        List.of(), new AccreditationScope(List.of(), AccreditationScope.EQF_MIN,
            AccreditationScope.EQF_MAX, List.of(), Optional.empty())))));
    verifier = Verifier.create(FIXTURE.config(), FIXTURE.clock,
        new RoutingFetcher(REAL, SITE.port(), ".ob2.test"));
  }

  @AfterAll
  static void close() {
    SITE.close();
    REAL.close();
    FIXTURE.close();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectors")
  void verify_ob2Vector_expectedVerdict(Vector vector) {
    serve(vector.site());
    Optional<String> email = Optional.ofNullable(vector.expected().get("recipientEmail"))
        .map(JsonNode::asText);

    VerificationReport report = verifier.verify(vector.input(), StatusFreshness.CACHED, email);

    assertThat(report.format()).isEqualTo(VerificationReport.CredentialFormat.OPEN_BADGES_2);
    assertThat(report.toJson().path("format").asText()).isEqualTo("Open Badges 2.0");
    assertThat(report.cmf()).isEmpty();
    assertThat(report.checks()).filteredOn(c -> c.id().equals("cmf"))
        .allMatch(c -> c.status() == CheckStatus.SKIPPED);
    if (vector.expected().path("verified").asBoolean()) {
      assertThat(report.errorCodes()).as(report.toJson().path("errors").toString()).isEmpty();
      assertThat(report.verified()).isTrue();
      assertThat(report.verifiedAndTrusted()).isTrue();
      assertThat(report.verifiedCredential().orElseThrow().issuerId()).isEqualTo(ISSUER);
      assertThat(report.issuer().orElseThrow().name()).contains("Example University");
      assertThat(report.credential().orElseThrow().path("badge").path("name").asText())
          .isEqualTo("Data Literacy");
    } else {
      assertThat(report.verified()).isFalse();
      assertThat(report.verifiedCredential()).isEmpty();
      assertThat(report.errorCodes()).extracting(Enum::name)
          .contains(vector.expected().path("code").asText());
    }
  }

  @Test
  void verify_signedWhoseKeyIsNotServed_keyUnreachable() {
    Vector genuine = vectors().stream().filter(v -> v.name().startsWith("101-")).findFirst()
        .orElseThrow();
    ObjectNode site = (ObjectNode) genuine.site().deepCopy();
    site.remove("https://issuer.ob2.test/keys/rs256.json");
    serve(site);

    assertThat(verifier.verify(genuine.input()).errorCodes())
        .containsExactly(ErrorCode.OB2_KEY_UNREACHABLE);
  }

  @Test
  void vectors_coverEveryCase() {
    assertThat(vectors()).extracting(Vector::name)
        .anyMatch(n -> n.contains("hosted-genuine")).anyMatch(n -> n.contains("revoked-flag"))
        .anyMatch(n -> n.contains("revoked-list")).anyMatch(n -> n.contains("mismatch"))
        .anyMatch(n -> n.contains("foreign-host")).anyMatch(n -> n.contains("signed-genuine"))
        .anyMatch(n -> n.contains("tampered")).anyMatch(n -> n.contains("not-owned"))
        .anyMatch(n -> n.contains("expired")).anyMatch(n -> n.contains("baked-png"))
        .anyMatch(n -> n.contains("baked-svg")).anyMatch(n -> n.contains("oversized"))
        .anyMatch(n -> n.contains("alg-none"));
  }

  /** Serves the vector's documents, each at the path of its id on its host. */
  static void serve(JsonNode site) {
    SITE.clear();
    for (Map.Entry<String, JsonNode> document : site.properties()) {
      URI url = URI.create(document.getKey());
      SITE.document(url.getHost(), url.getPath(), Json.write(document.getValue()));
    }
  }

  static List<Vector> vectors() {
    try (Stream<Path> dirs = Files.list(root())) {
      return dirs.filter(Files::isDirectory).sorted().map(dir -> new Vector(
          dir.getFileName().toString(), input(dir), read(dir.resolve("site.json")),
          read(dir.resolve("expected.json")))).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As the CLI and HTTP read a file: a baked image yields what it holds. */
  private static String input(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      Path input = files.filter(f -> f.getFileName().toString().startsWith("input."))
          .findFirst().orElseThrow();
      return CredentialInput.fromFile(Files.readAllBytes(input));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path root() {
    return VectorFiles.root("ob2");
  }

  private static JsonNode read(Path file) {
    return VectorFiles.json(file);
  }

}
