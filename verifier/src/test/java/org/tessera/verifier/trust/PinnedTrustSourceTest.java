package org.tessera.verifier.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.testkit.MutableClock;
import org.tessera.shared.trust.TrustList;
import org.tessera.shared.trust.TrustListJwt;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.testkit.Fixture;

class PinnedTrustSourceTest {

  private final Fixture fixture = new Fixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  private final List<String> refreshes = new CopyOnWriteArrayList<>();

  /** Refreshes run on the calling thread (a direct executor), so each call shows its outcome. */
  private PinnedTrustSource source(JWK anchor, Clock clock) {
    return source(new TrustListLocation.File(fixture.trustListFile()), anchor, clock,
        Runnable::run);
  }

  private PinnedTrustSource source(TrustListLocation location, JWK anchor, Clock clock,
      Executor refresher) {
    return new PinnedTrustSource(location, anchor.toPublicJWK(), PinnedSafeFetcher.create(true),
        clock, refresher, refreshes::add);
  }

  private TrustList withSequence(long sequence) {
    TrustList base = fixture.trustList(List.of());
    return new TrustList(base.id(), sequence, base.issuedAt(), base.nextUpdate(),
        base.operatorName(), base.issuers());
  }

  private void write(TrustList list) {
    fixture.file("trust-list.jwt", TrustListJwt.sign(list, JwsSigners.forKey(fixture.anchorKey),
        JwsAlgorithm.ES256.nimbus(), "anchor-1"));
  }

  @Test
  void current_validList_available() {
    assertThat(source(fixture.anchorKey, fixture.clock).current())
        .isInstanceOf(TrustLookup.Available.class);
  }

  @Test
  void current_otherAnchor_trustListInvalid() {
    JWK other = JwkGenerator.generate(JwsAlgorithm.ES256, "anchor-2");
    assertThat(source(other, fixture.clock).current())
        .isEqualTo(new TrustLookup.Unavailable(ErrorCode.TRUST_LIST_INVALID,
            "the trust list was refused (BAD_SIGNATURE)"));
  }

  @Test
  void current_missingFile_trustListUnavailable() {
    PinnedTrustSource source = source(
        new TrustListLocation.File(fixture.trustListFile().resolveSibling("nope.jwt")),
        fixture.anchorKey, fixture.clock, Runnable::run);
    assertThat(source.current()).extracting(l -> ((TrustLookup.Unavailable) l).code())
        .isEqualTo(ErrorCode.TRUST_LIST_UNAVAILABLE);
  }

  @Test
  void current_olderSequenceAfterNewer_keepsTheNewerListAndCountsTheRollback() {
    MutableClock clock = new MutableClock(Fixture.NOW);
    PinnedTrustSource source = source(fixture.anchorKey, clock);
    write(withSequence(5));
    assertThat(source.current()).isInstanceOf(TrustLookup.Available.class);

    write(withSequence(4));
    clock.advance(PinnedTrustSource.REFRESH.plusSeconds(1));
    // A replayed older list is an attack on the refresh, not a reason to stop verifying.
    assertThat(sequenceOf(source.current())).isEqualTo(5);
    assertThat(sequenceOf(source.current())).isEqualTo(5);
    assertThat(refreshes).containsExactly("ok", "ROLLBACK");
  }

  @Test
  void current_refreshFailsThenListReturns_retriedAfterBackoff() {
    MutableClock clock = new MutableClock(Fixture.NOW);
    PinnedTrustSource source = source(fixture.anchorKey, clock);
    write(withSequence(5));
    source.current();
    fixture.file("trust-list.jwt", "not a jwt");
    clock.advance(PinnedTrustSource.REFRESH);
    assertThat(sequenceOf(source.current())).isEqualTo(5);

    write(withSequence(6));
    clock.advance(PinnedTrustSource.FIRST_RETRY.minusSeconds(1));
    assertThat(sequenceOf(source.current())).as("not retried before the backoff").isEqualTo(5);
    clock.advance(Duration.ofSeconds(1));
    assertThat(sequenceOf(source.current())).isEqualTo(6);
    assertThat(refreshes).containsExactly("ok", "MALFORMED", "ok");
  }

  @Test
  void current_goodListPastItsExpWhileRefreshFails_unavailable() {
    MutableClock clock = new MutableClock(Fixture.NOW);
    PinnedTrustSource source = source(fixture.anchorKey, clock);
    TrustList list = withSequence(5);
    write(list);
    source.current();
    fixture.file("trust-list.jwt", "not a jwt");

    clock.advance(Duration.between(Fixture.NOW, list.nextUpdate()));
    assertThat(source.current()).isEqualTo(new TrustLookup.Unavailable(
        ErrorCode.TRUST_LIST_INVALID, "the trust list was refused (MALFORMED)"));
  }

  @Test
  void current_slowRefresh_answersFromTheListInForceWithoutWaiting() throws Exception {
    MutableClock clock = new MutableClock(Fixture.NOW);
    CountDownLatch release = new CountDownLatch(1);
    Executor stalled = task -> new Thread(() -> {
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      task.run();
    }).start();
    write(withSequence(5));
    PinnedTrustSource source = source(new TrustListLocation.File(fixture.trustListFile()),
        fixture.anchorKey, clock, stalled);
    assertThat(sequenceOf(source.current())).isEqualTo(5);
    write(withSequence(6));
    clock.advance(PinnedTrustSource.REFRESH);

    // The refresh hangs (a slow trust-list host): every caller still gets an answer at once.
    for (int i = 0; i < 20; i++) {
      assertThat(sequenceOf(source.current())).isEqualTo(5);
    }
    release.countDown();
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (sequenceOf(source.current()) != 6 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(sequenceOf(source.current())).isEqualTo(6);
    assertThat(refreshes).containsExactly("ok", "ok");
  }

  private static long sequenceOf(TrustLookup lookup) {
    assertThat(lookup).isInstanceOf(TrustLookup.Available.class);
    return ((TrustLookup.Available) lookup).trustList().sequenceNumber();
  }

  @Test
  void current_expiredList_trustListInvalid() {
    Clock late = Clock.fixed(Instant.parse("2037-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(source(fixture.anchorKey, late).current()).isEqualTo(new TrustLookup.Unavailable(
        ErrorCode.TRUST_LIST_INVALID, "the trust list was refused (EXPIRED)"));
  }
}
