package org.tessera.verifier.checks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.fetch.SafeFetcher;
import org.tessera.verifier.keys.DidWebResolver;
import org.tessera.verifier.keys.KeyResolver;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.status.StatusListFetches;
import org.tessera.verifier.status.StatusListService;
import org.tessera.verifier.testkit.Fixture;

/**
 * What one credential's status entries may cost: capped entries and distinct lists (refused
 * before any fetch), lists fetched at once, and nothing waited for beyond the deadline.
 */
class StatusCheckLimitsTest {

  private static final VerificationLimits LIMITS =
      new VerificationLimits(8, 4, Duration.ofSeconds(10));

  private final Fixture fixture = new Fixture();
  private final SafeFetcher fetcher = PinnedSafeFetcher.create(true);
  private final StatusCheck check = new StatusCheck(
      new StatusListFetches(new StatusListService(fetcher, fixture.clock, 16)), LIMITS,
      new HeaderCheck(),
      new KeyResolutionCheck(new KeyResolver(new DidWebResolver(fetcher, true, fixture.clock))),
      new SignatureCheck());

  @AfterEach
  void close() {
    fixture.close();
  }

  /** The fixture credential with {@code count} entries spread over {@code lists} lists. */
  private ObjectNode withEntries(int count, int lists) {
    ObjectNode credential = fixture.credential();
    ArrayNode entries = credential.putArray("credentialStatus");
    for (int i = 0; i < count; i++) {
      String url = fixture.site.baseUrl() + "/status/" + (i % lists + 1);
      entries.addObject().put("type", "BitstringStatusListEntry")
          .put("statusPurpose", "revocation").put("statusListIndex", String.valueOf(i))
          .put("statusListCredential", url);
    }
    return credential;
  }

  /** Publishes issuer lists {@code /status/1..n}, nothing revoked, each answering after {@code delay}. */
  private void publishLists(int n, Duration delay) {
    for (int i = 1; i <= n; i++) {
      String path = "/status/" + i;
      fixture.site.publish(path, "application/vc+jwt", fixture.statusListJwt(
          fixture.site.baseUrl() + path, fixture.did, StatusPurpose.REVOCATION,
          BitstringStatusList.create(131_072), fixture.issuerKey, fixture.kid));
      fixture.site.delay(path, delay);
    }
  }

  private CheckResult run(ObjectNode credential, Deadline deadline) {
    return check.check(credential, fixture.did, List.of(), deadline);
  }

  @Test
  void run_thousandsOfEntries_limitExceededWithoutFetching() {
    CheckResult result = run(withEntries(5000, 1), Deadline.after(Duration.ofSeconds(10)));
    assertThat(result.code()).contains(ErrorCode.STATUS_LIMIT_EXCEEDED);
    assertThat(result.message()).contains("5000 status entries").contains("at most 8");
    assertThat(fixture.site.requests(Fixture.STATUS_PATH)).isZero();
  }

  @Test
  void run_entriesAtTheCap_checked() {
    assertThat(run(withEntries(8, 1), Deadline.after(Duration.ofSeconds(10))).isPassed())
        .isTrue();
    assertThat(fixture.site.requests(Fixture.STATUS_PATH)).isEqualTo(1);
  }

  @Test
  void run_moreDistinctListsThanTheCap_limitExceededWithoutFetching() {
    publishLists(5, Duration.ZERO);
    CheckResult result = run(withEntries(5, 5), Deadline.after(Duration.ofSeconds(10)));
    assertThat(result.code()).contains(ErrorCode.STATUS_LIMIT_EXCEEDED);
    assertThat(result.message()).contains("5 status lists");
    for (int i = 1; i <= 5; i++) {
      assertThat(fixture.site.requests("/status/" + i)).isZero();
    }
  }

  @Test
  void run_fourSlowLists_fetchedConcurrentlyWithinOneDeadline() {
    // Each list takes 1.5 s: one after the other they would need 6 s, far past the deadline.
    publishLists(4, Duration.ofMillis(1500));
    CheckResult result = run(withEntries(8, 4), Deadline.after(Duration.ofMillis(4000)));
    assertThat(result.isPassed()).as(result.message()).isTrue();
  }

  @Test
  void run_listSlowerThanTheDeadline_unavailableWhenTheDeadlinePasses() {
    publishLists(1, Duration.ofSeconds(8));
    long start = System.nanoTime();
    CheckResult result = run(withEntries(1, 1), Deadline.after(Duration.ofMillis(500)));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(result.code()).contains(ErrorCode.STATUS_LIST_UNAVAILABLE);
    assertThat(result.message()).contains("deadline");
    // Generous: the point is that the 5 s fetch timeout, let alone 8 s, is not waited for.
    assertThat(took).isLessThan(Duration.ofSeconds(4));
  }

  @Test
  void run_deadlineAlreadyPassed_unavailableWithoutFetching() {
    publishLists(1, Duration.ZERO);
    CheckResult result = run(withEntries(1, 1), new Deadline(System.nanoTime() - 1));
    assertThat(result.code()).contains(ErrorCode.STATUS_LIST_UNAVAILABLE);
    assertThat(fixture.site.requests("/status/1")).isZero();
  }
}
