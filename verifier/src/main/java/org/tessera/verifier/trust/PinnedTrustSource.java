package org.tessera.verifier.trust;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.trust.TrustList;
import org.tessera.shared.trust.TrustListJwt;
import org.tessera.shared.trust.TrustListResult;
import org.tessera.verifier.fetch.SafeFetcher;
import org.tessera.verifier.result.ErrorCode;

/**
 * The trust list from a file or URL, verified against the pinned anchor key. Re-read at most every
 * {@link #REFRESH} (and at its next update); the highest sequence number seen by this process is
 * remembered, so an older list served later is refused as a rollback. When a refresh fails, the
 * last good list is used until its own next update, never beyond.
 */
public final class PinnedTrustSource implements TrustSource {

  static final Duration REFRESH = Duration.ofMinutes(10);

  private final TrustListLocation location;
  private final JWK anchorKey;
  private final SafeFetcher fetcher;
  private final Clock clock;

  // Guarded by this: the last good list, when it was read, and the rollback floor.
  private Optional<TrustList> current = Optional.empty();
  private Instant readAt = Instant.MIN;
  private long highestSequence;

  public PinnedTrustSource(TrustListLocation location, JWK anchorKey, SafeFetcher fetcher,
      Clock clock) {
    this.location = Objects.requireNonNull(location, "location");
    this.anchorKey = Objects.requireNonNull(anchorKey, "anchorKey").toPublicJWK();
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized TrustLookup current() {
    Instant now = clock.instant();
    boolean stillValid = current.isPresent() && now.isBefore(current.get().nextUpdate());
    if (stillValid && now.isBefore(readAt.plus(REFRESH))) {
      return new TrustLookup.Available(current.get());
    }
    Optional<String> jwt = location.read(fetcher);
    if (jwt.isEmpty()) {
      return stillValid ? new TrustLookup.Available(current.get())
          : new TrustLookup.Unavailable(ErrorCode.TRUST_LIST_UNAVAILABLE,
              "the trust list cannot be read");
    }
    TrustListResult result = TrustListJwt.verify(jwt.get(), anchorKey, clock, highestSequence);
    if (result instanceof TrustListResult.Invalid invalid) {
      return new TrustLookup.Unavailable(ErrorCode.TRUST_LIST_INVALID,
          "the trust list was refused (" + invalid.code() + ")");
    }
    TrustList list = ((TrustListResult.Valid) result).trustList();
    highestSequence = Math.max(highestSequence, list.sequenceNumber());
    current = Optional.of(list);
    readAt = now;
    return new TrustLookup.Available(list);
  }
}
