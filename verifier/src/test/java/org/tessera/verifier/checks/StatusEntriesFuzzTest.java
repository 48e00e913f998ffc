package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.tessera.shared.json.Json;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.fetch.FetchResult;
import org.tessera.verifier.fetch.SafeFetcher;
import org.tessera.verifier.keys.DidWebResolver;
import org.tessera.verifier.keys.KeyResolver;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.status.StatusListFetches;
import org.tessera.verifier.status.StatusListService;
import org.tessera.verifier.testkit.Fixture;

/**
 * Coverage-guided fuzzing (Jazzer) of the status check's reading of {@code credentialStatus}:
 * whatever JSON a signed credential carries there (ports out of range, thousands of entries,
 * odd indexes), the answer is a result with a stable code, never an exception, and the caps
 * hold. Nothing leaves the machine: every fetch answers "offline".
 */
class StatusEntriesFuzzTest {

  private static final SafeFetcher OFFLINE = (url, accept, max) -> new FetchResult.Failed("offline");
  private static final Clock CLOCK = Clock.fixed(Fixture.NOW, ZoneOffset.UTC);
  private static final VerificationLimits LIMITS = VerificationLimits.defaults();

  private final StatusCheck check = new StatusCheck(
      new StatusListFetches(new StatusListService(OFFLINE, CLOCK, 8)), LIMITS, new HeaderCheck(),
      new KeyResolutionCheck(new KeyResolver(new DidWebResolver(OFFLINE, false, CLOCK))),
      new SignatureCheck());

  @FuzzTest(maxDuration = "60s")
  void check_anyCredentialStatus_resultWithCode(byte[] data) {
    Optional<JsonNode> status = Json.parseUntrusted(new String(data, StandardCharsets.UTF_8));
    if (status.isEmpty()) {
      return;
    }
    ObjectNode credential = Json.object();
    credential.set("credentialStatus", status.get());
    CheckResult result = check.check(credential, "did:web:issuer.example", List.of(),
        Deadline.after(Duration.ofSeconds(2)));
    assertThat(result.isPassed() || result.code().isPresent()).isTrue();
  }
}
