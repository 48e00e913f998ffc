package org.tessera.verifier.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.testkit.Fixture;

/**
 * Issuer → verifier round trips: the real issuer (in-process, temp SQLite, its own key) issues,
 * revokes, suspends and reinstates; the verifier fetches its DID document and status lists over
 * HTTP and judges each state.
 */
class IssuerRoundTripTest {

  @RegisterExtension
  static final RunningIssuer issuer = new RunningIssuer();

  /** Issues one credential; returns {issuer's credential row id, jwt}. */
  private static String[] issue(boolean suspension) {
    JsonNode issued = issuer.issue(issuer.createAchievement(suspension));
    return new String[] {issued.get("id").asText(), issued.get("jwt").asText()};
  }

  @Test
  void issued_verifies() {
    VerificationReport report = issuer.verify(issue(false)[1]);
    assertThat(report.errors()).isEmpty();
    assertThat(report.verified()).isTrue();
    assertThat(report.issuer()).get().satisfies(i ->
        assertThat(i.name()).contains(RunningIssuer.NAME));
    assertThat(report.cmf()).get().satisfies(v -> assertThat(v.conformant()).isTrue());
  }

  @Test
  void revoked_failsWithRevoked() {
    String[] credential = issue(false);
    issuer.post("/api/credentials/" + credential[0] + "/revoke",
        "{\"reason\": \"issued in error\"}");
    assertThat(issuer.verify(credential[1]).errorCodes()).containsExactly(ErrorCode.REVOKED);
  }

  @Test
  void suspendedThenReinstated_suspendedThenVerified() {
    String[] credential = issue(true);
    assertThat(issuer.verify(credential[1]).verified()).isTrue();

    issuer.post("/api/credentials/" + credential[0] + "/suspend", "{}");
    assertThat(issuer.verify(credential[1]).errorCodes()).containsExactly(ErrorCode.SUSPENDED);

    issuer.post("/api/credentials/" + credential[0] + "/reinstate", "{}");
    assertThat(issuer.verify(credential[1]).verified()).isTrue();
  }

  @Test
  void issuerMissingFromTrustList_issuerNotTrusted() {
    String jwt = issue(false)[1];
    Fixture other = new Fixture();
    try {
      Verifier verifier = Verifier.create(other.config(), Clock.systemUTC(),
          PinnedSafeFetcher.create(true));
      assertThat(verifier.verify(jwt).errorCodes()).containsExactly(ErrorCode.ISSUER_NOT_TRUSTED);
    } finally {
      other.close();
    }
  }
}
