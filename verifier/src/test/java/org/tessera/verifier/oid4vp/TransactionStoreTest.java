package org.tessera.verifier.oid4vp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.tessera.shared.testkit.MutableClock;
import org.tessera.verifier.oid4vp.Transaction.Phase;

class TransactionStoreTest {

  private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
  private static final Duration LIFETIME = Duration.ofMinutes(5);

  private final MutableClock clock = new MutableClock(NOW);
  private final DcqlQuery query = DcqlQueries.bundled().named("micro-credentials").orElseThrow();

  private Transaction transaction(String id) {
    return new Transaction(id, "state-" + id, "nonce-" + id, new byte[32], query,
        "decentralized_identifier:did:web:verifier.example", false, java.util.Optional.empty(),
        clock.instant().plus(LIFETIME));
  }

  @Test
  void full_refusesNewOnesAndKeepsTheOpenOnes() {
    TransactionStore store = new TransactionStore(2, LIFETIME, clock);
    assertThat(store.add(transaction("a"))).isTrue();
    assertThat(store.add(transaction("b"))).isTrue();
    assertThat(store.add(transaction("c"))).isFalse();
    assertThat(store.byId("a")).isPresent();
    assertThat(store.byState("state-b")).isPresent();
    assertThat(store.byId("c")).isEmpty();
  }

  @Test
  void expired_keptOneMoreLifetimeThenDropped() {
    TransactionStore store = new TransactionStore(1, LIFETIME, clock);
    Transaction a = transaction("a");
    store.add(a);
    clock.advance(LIFETIME.plusSeconds(1));
    assertThat(store.byId("a")).isPresent();
    assertThat(store.advance(a, Phase.WAITING_FOR_WALLET, Phase.REQUEST_FETCHED)).isFalse();
    clock.advance(LIFETIME);
    assertThat(store.byId("a")).isEmpty();
    assertThat(store.byState("state-a")).isEmpty();
    assertThat(store.add(transaction("b"))).isTrue();
  }

  @Test
  void advance_concurrentAnswers_exactlyOneWins() throws Exception {
    TransactionStore store = new TransactionStore(10, LIFETIME, clock);
    Transaction a = transaction("a");
    store.add(a);
    store.advance(a, Phase.WAITING_FOR_WALLET, Phase.REQUEST_FETCHED);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Boolean>> answers = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        answers.add(() -> store.advance(a, Phase.REQUEST_FETCHED, Phase.VERIFYING));
      }
      long winners = 0;
      for (Future<Boolean> won : pool.invokeAll(answers)) {
        winners += won.get() ? 1 : 0;
      }
      assertThat(winners).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
