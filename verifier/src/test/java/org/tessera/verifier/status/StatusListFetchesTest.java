package org.tessera.verifier.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.testkit.Fixture;

/** Network loads go to the pool; what the cache answers never leaves the calling thread. */
class StatusListFetchesTest {

  private final Fixture fixture = new Fixture();
  private final CountingPool pool = new CountingPool();
  private final StatusListService service =
      new StatusListService(PinnedSafeFetcher.create(true), fixture.clock, 16);
  private final StatusListFetches fetches = new StatusListFetches(service, pool);
  private final JwtAuthenticator anySignature = (jwt, issuer) -> Optional.empty();

  @AfterEach
  void close() {
    fixture.close();
    pool.shutdownNow();
  }

  private Map<String, StatusListLookup> load(URI url, StatusFreshness freshness) {
    return fetches.loadAll(List.of(url, url), fixture.did, anySignature, freshness,
        Deadline.after(Duration.ofSeconds(10)));
  }

  @Test
  void loadAll_cachedList_answeredWithoutThePool_revalidationUsesIt() {
    String url = fixture.site.baseUrl() + "/status/7";
    fixture.site.publish("/status/7", "application/vc+jwt", fixture.statusListJwt(url,
        fixture.did, StatusPurpose.REVOCATION, BitstringStatusList.create(131_072),
        fixture.issuerKey, fixture.kid));

    assertThat(load(URI.create(url), StatusFreshness.CACHED).get(url))
        .isInstanceOf(StatusListLookup.Loaded.class);
    assertThat(pool.submitted.get()).isEqualTo(1);

    assertThat(load(URI.create(url), StatusFreshness.CACHED).get(url))
        .isInstanceOf(StatusListLookup.Loaded.class);
    assertThat(pool.submitted.get()).isEqualTo(1);

    assertThat(load(URI.create(url), StatusFreshness.REVALIDATED).get(url))
        .isInstanceOf(StatusListLookup.Loaded.class);
    assertThat(pool.submitted.get()).isEqualTo(2);
  }

  @Test
  void loadAll_cachedListOfAnotherIssuer_refusedFromTheCacheToo() {
    String url = fixture.site.baseUrl() + "/status/8";
    fixture.site.publish("/status/8", "application/vc+jwt", fixture.statusListJwt(url,
        fixture.did, StatusPurpose.REVOCATION, BitstringStatusList.create(131_072),
        fixture.issuerKey, fixture.kid));
    load(URI.create(url), StatusFreshness.CACHED);

    StatusListLookup other = fetches.loadAll(List.of(URI.create(url)), "did:web:other.example",
        anySignature, StatusFreshness.CACHED, Deadline.after(Duration.ofSeconds(10))).get(url);

    assertThat(other).isInstanceOf(StatusListLookup.Refused.class);
    assertThat(pool.submitted.get()).isEqualTo(1);
  }

  /** A real pool that counts what it is handed. */
  private static final class CountingPool extends AbstractExecutorService {
    private final ExecutorService delegate = Executors.newFixedThreadPool(2);
    final AtomicInteger submitted = new AtomicInteger();

    @Override
    public void execute(Runnable command) {
      submitted.incrementAndGet();
      delegate.execute(command);
    }

    @Override
    public void shutdown() {
      delegate.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
      return delegate.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
      return delegate.isShutdown();
    }

    @Override
    public boolean isTerminated() {
      return delegate.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
      return delegate.awaitTermination(timeout, unit);
    }
  }
}
