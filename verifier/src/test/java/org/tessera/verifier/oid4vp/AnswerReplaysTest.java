package org.tessera.verifier.oid4vp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tessera.shared.testkit.MutableClock;
import org.tessera.verifier.presentation.InMemoryReplayStore;
import org.tessera.verifier.presentation.ReplayStore.Outcome;

class AnswerReplaysTest {

  private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");
  private static final Instant LATER = NOW.plusSeconds(600);

  private final InMemoryReplayStore shared = new InMemoryReplayStore(100, new MutableClock(NOW));

  @Test
  void secondPresentationForTheSameNonce_acceptedWithinOneAnswer() {
    AnswerReplays answer = new AnswerReplays(shared);
    assertThat(answer.record(List.of("vp:1", "nonce:n"), LATER)).isEqualTo(Outcome.FIRST_USE);
    assertThat(answer.record(List.of("vp:2", "nonce:n"), LATER)).isEqualTo(Outcome.FIRST_USE);
    assertThat(shared.seen(List.of("vp:2"))).isTrue();
  }

  @Test
  void samePresentationTwice_replayed() {
    AnswerReplays answer = new AnswerReplays(shared);
    answer.record(List.of("vp:1", "nonce:n"), LATER);
    assertThat(answer.record(List.of("vp:1", "nonce:n"), LATER)).isEqualTo(Outcome.REPLAYED);
  }

  @Test
  void nonceUsedByAnotherAnswer_replayed() {
    new AnswerReplays(shared).record(List.of("vp:1", "nonce:n"), LATER);
    AnswerReplays other = new AnswerReplays(shared);
    assertThat(other.record(List.of("vp:2", "nonce:n"), LATER)).isEqualTo(Outcome.REPLAYED);
    assertThat(other.seen(List.of("vp:9", "nonce:n"))).isTrue();
  }
}
