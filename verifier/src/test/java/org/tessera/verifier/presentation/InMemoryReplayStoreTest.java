package org.tessera.verifier.presentation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.shared.testkit.MutableClock;

class InMemoryReplayStoreTest {

  private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
  private final MutableClock clock = new MutableClock(NOW);

  @Test
  void record_sameKeyTwice_replayedTheSecondTime() {
    InMemoryReplayStore store = new InMemoryReplayStore(10, clock);

    assertThat(store.record(List.of("a", "b"), NOW.plusSeconds(60)))
        .isEqualTo(ReplayStore.Outcome.FIRST_USE);
    assertThat(store.record(List.of("c", "b"), NOW.plusSeconds(60)))
        .isEqualTo(ReplayStore.Outcome.REPLAYED);
    assertThat(store.seen(List.of("c"))).isFalse();
    assertThat(store.seen(List.of("a"))).isTrue();
  }

  @Test
  void record_afterExpiry_forgottenAndRoomAgain() {
    InMemoryReplayStore store = new InMemoryReplayStore(2, clock);
    store.record(List.of("a", "b"), NOW.plusSeconds(60));

    assertThat(store.record(List.of("c"), NOW.plusSeconds(60)))
        .isEqualTo(ReplayStore.Outcome.FULL);
    clock.advance(Duration.ofSeconds(60));

    assertThat(store.size()).isZero();
    assertThat(store.record(List.of("c"), NOW.plusSeconds(120)))
        .isEqualTo(ReplayStore.Outcome.FIRST_USE);
  }

  @Test
  void record_full_refusesRatherThanForgets() {
    InMemoryReplayStore store = new InMemoryReplayStore(2, clock);
    store.record(List.of("a", "b"), NOW.plusSeconds(60));

    assertThat(store.record(List.of("x", "y"), NOW.plusSeconds(60)))
        .isEqualTo(ReplayStore.Outcome.FULL);
    assertThat(store.seen(List.of("a"))).isTrue();
  }
}
