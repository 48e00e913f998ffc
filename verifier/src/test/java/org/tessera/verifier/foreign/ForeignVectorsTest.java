package org.tessera.verifier.foreign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

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
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.tessera.shared.cmf.CmfFacts;
import org.tessera.shared.json.Json;
import org.tessera.shared.trust.AccreditationScope;
import org.tessera.shared.trust.StatusPeriod;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.page.Lang;
import org.tessera.verifier.page.Messages;
import org.tessera.verifier.page.Pages;
import org.tessera.verifier.page.ResultOptions;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.status.StatusFreshness;
import org.tessera.verifier.transcript.TranscriptEntry;
import org.tessera.verifier.transcript.TranscriptEntry.Outcome;
import org.tessera.verifier.transcript.TranscriptReport;
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
    Optional<TranscriptReport> transcript = verifier.transcript(report, StatusFreshness.CACHED);
    boolean verified = transcript.map(TranscriptReport::verified).orElse(report.verified());
    List<ErrorCode> codes = transcript.map(TranscriptReport::errorCodes).orElse(report.errorCodes());
    String json = transcript.map(TranscriptReport::toJson).orElse(report.toJson()).toString();

    if (vector.expected().path("verified").asBoolean()) {
      assertThat(codes).as(json).isEmpty();
      assertThat(verified).isTrue();
    } else {
      assertThat(verified).isFalse();
      assertThat(codes).extracting(Enum::name).as(json)
          .contains(vector.expected().path("code").asText());
    }
    if (vector.expected().has("embeddedCode")) {
      assertThat(transcript.orElseThrow().entries())
          .flatExtracting(e -> e.report().map(VerificationReport::errorCodes).orElse(List.of()))
          .extracting(Enum::name).as(json).contains(vector.expected().path("embeddedCode").asText());
    }
  }

  @Test
  void clrGenuine_transcriptListsEachFormWithItsOutcome() {
    VerificationReport report = verifier.verify(input("012-clr-genuine"));
    TranscriptReport transcript = verifier.transcript(report, StatusFreshness.CACHED).orElseThrow();

    assertThat(transcript.verified()).isTrue();
    assertThat(transcript.warnings()).extracting(c -> c.code().orElseThrow()).containsExactly(
        ErrorCode.CLR_SCHEMA_NOT_BUNDLED, ErrorCode.CMF_NOT_CONFORMANT,
        ErrorCode.EMBEDDED_CREDENTIAL_UNVERIFIABLE);
    assertThat(transcript.entries()).extracting(TranscriptEntry::form, TranscriptEntry::outcome,
        e -> e.facts().flatMap(CmfFacts::title).orElse(""),
        e -> e.facts().flatMap(CmfFacts::ects).orElse(-1.0)).containsExactly(
        tuple("enveloped", Outcome.VERIFIED, "Statistics I", 5.0),
        tuple("jwt", Outcome.VERIFIED, "Academic Writing", 3.0),
        tuple("embedded", Outcome.NOT_INDEPENDENTLY_VERIFIED, "Orientation Week", 0.0));
    assertThat(transcript.toJson().path("transcript").path(2).has("report")).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void transcriptPage_genuineRecord_validWithOneRowPerCredential(Lang lang) {
    String html = page(lang, "012-clr-genuine");
    Messages m = new Messages();

    assertThat(html).contains("data-verdict=\"valid\"", m.get(lang, "transcript.heading"),
        "data-transcript=\"1\" data-outcome=\"verified\"", "Statistics I",
        "data-transcript=\"2\" data-outcome=\"verified\"", "Academic Writing",
        "data-transcript=\"3\" data-outcome=\"not-independently-verified\"",
        m.get(lang, "transcript.outcome.not-independently-verified"),
        m.get(lang, "transcript.unverifiable.hint"), "data-check=\"clr.credentials\"")
        .doesNotContain("aria-labelledby=\"cmf-title\"");
  }

  @ParameterizedTest
  @EnumSource(Lang.class)
  void transcriptPage_revokedEmbeddedCredential_recordInvalidRowSaysRevoked(Lang lang) {
    String html = page(lang, "112-clr-revoked-embedded");
    Messages m = new Messages();

    assertThat(html).contains("data-verdict=\"invalid\"",
        m.get(lang, "reason.EMBEDDED_CREDENTIAL_NOT_VERIFIED"),
        "data-transcript=\"1\" data-outcome=\"not-verified\"",
        m.get(lang, "reason.REVOKED") + " (REVOKED)")
        .doesNotContain("id=\"share\"");
  }

  private static String page(Lang lang, String vector) {
    VerificationReport report = verifier.verify(input(vector), StatusFreshness.REVALIDATED);
    return new Pages(new Messages()).result(lang, report,
        verifier.transcript(report, StatusFreshness.REVALIDATED), new ResultOptions(
            Optional.empty(), true, Optional.empty(), false, FIXTURE.clock.instant()));
  }

  @Test
  void plainCredential_hasNoTranscript() {
    VerificationReport report = verifier.verify(input("001-ob3-jwt-did-jwk"));

    assertThat(verifier.transcript(report, StatusFreshness.CACHED)).isEmpty();
  }

  private static String input(String vector) {
    return text(root().resolve(vector).resolve("input.jwt")).strip();
  }

  @Test
  void vectors_coverEveryShape() {
    assertThat(vectors()).extracting(Vector::name)
        .anyMatch(n -> n.contains("ob3-jwt"))
        .anyMatch(n -> n.contains("vc-jose-cose"))
        .anyMatch(n -> n.contains("vc-claim"))
        .anyMatch(n -> n.contains("ob-spec-full-example"))
        .anyMatch(n -> n.contains("endorsement"))
        .anyMatch(n -> n.contains("status-vc-jwt"))
        .anyMatch(n -> n.contains("status-vc-claim"))
        .anyMatch(n -> n.contains("clr"));
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
