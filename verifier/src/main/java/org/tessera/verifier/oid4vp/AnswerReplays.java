package org.tessera.verifier.oid4vp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tessera.verifier.presentation.ReplayStore;

/**
 * The replay store one answer's presentations are verified against. OpenID4VP lets a wallet
 * send several presentations for one nonce (a query with {@code multiple}), while the
 * verifier's store counts a nonce once (decision 0041). So keys this answer recorded itself
 * count as its own: a second presentation for the same nonce passes, the same presentation
 * twice does not (its signed-bytes key is new only once), and anything accepted elsewhere
 * before stays refused. Used by one answer on one thread.
 */
final class AnswerReplays implements ReplayStore {

  private final ReplayStore shared;
  private final Set<String> ownKeys = new HashSet<>();

  AnswerReplays(ReplayStore shared) {
    this.shared = Objects.requireNonNull(shared, "shared");
  }

  @Override
  public Outcome record(List<String> keys, Instant expiresAt) {
    List<String> fresh = new ArrayList<>(keys);
    fresh.removeAll(ownKeys);
    if (fresh.isEmpty()) {
      return Outcome.REPLAYED;
    }
    Outcome outcome = shared.record(fresh, expiresAt);
    if (outcome == Outcome.FIRST_USE) {
      ownKeys.addAll(fresh);
    }
    return outcome;
  }

  @Override
  public boolean seen(List<String> keys) {
    List<String> others = new ArrayList<>(keys);
    others.removeAll(ownKeys);
    return shared.seen(others);
  }
}
