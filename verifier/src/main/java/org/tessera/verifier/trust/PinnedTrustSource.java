package org.tessera.verifier.trust;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.shared.trust.TrustList;
import org.tessera.shared.trust.TrustListJwt;
import org.tessera.shared.trust.TrustListResult;
import org.tessera.verifier.fetch.BackgroundExecutor;
import org.tessera.verifier.fetch.SafeFetcher;
import org.tessera.verifier.ops.TrustListEvents;
import org.tessera.verifier.result.ErrorCode;

/**
 * The trust list from a file or URL, verified against the pinned anchor key. Only the very first
 * read happens on a caller's thread; after that {@link #current()} never waits: it answers from
 * the last good list and, when a refresh is due, hands it to one background thread. A refresh is
 * due every {@link #REFRESH} (and at the list's next update); after a failed one, again after a
 * backoff from {@link #FIRST_RETRY} doubling up to {@link #REFRESH}. The last good list is served
 * until its own {@code exp}, whatever the refreshes bring: a list that cannot be read, is not
 * correctly signed, or is older than one already seen (a replayed list, ROLLBACK) is logged,
 * counted ({@link TrustListEvents}) and otherwise ignored. Only without a good list in force is
 * the trust list unavailable.
 */
public final class PinnedTrustSource implements TrustSource {

  static final Duration REFRESH = Duration.ofMinutes(10);
  static final Duration FIRST_RETRY = Duration.ofSeconds(30);

  private static final Logger LOG = LoggerFactory.getLogger(PinnedTrustSource.class);

  private final TrustListLocation location;
  private final JWK anchorKey;
  private final SafeFetcher fetcher;
  private final Clock clock;
  private final Executor refresher;
  private final TrustListEvents events;
  private final AtomicBoolean refreshing = new AtomicBoolean();
  private final Object reading = new Object();
  private volatile State state = State.NOT_READ;

  /**
   * @param refresher runs the refreshes after the first read: {@link #backgroundRefresher()},
   *     or a direct executor in tests
   */
  public PinnedTrustSource(TrustListLocation location, JWK anchorKey, SafeFetcher fetcher,
      Clock clock, Executor refresher, TrustListEvents events) {
    this.location = Objects.requireNonNull(location, "location");
    this.anchorKey = Objects.requireNonNull(anchorKey, "anchorKey").toPublicJWK();
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.refresher = Objects.requireNonNull(refresher, "refresher");
    this.events = Objects.requireNonNull(events, "events");
  }

  /** One daemon thread, one refresh at a time. */
  public static Executor backgroundRefresher() {
    return BackgroundExecutor.bounded("tessera-trust-list", 1, 1);
  }

  @Override
  public TrustLookup current() {
    if (state == State.NOT_READ) {
      synchronized (reading) {
        if (state == State.NOT_READ) {
          refresh();
        }
      }
      return state.lookupAt(clock.instant());
    }
    Instant now = clock.instant();
    if (!now.isBefore(state.nextAttempt()) && refreshing.compareAndSet(false, true)) {
      try {
        refresher.execute(() -> {
          try {
            refresh();
          } finally {
            refreshing.set(false);
          }
        });
      } catch (RejectedExecutionException e) {
        refreshing.set(false);
      }
    }
    return state.lookupAt(now);
  }

  /** Reads and verifies the list once; the state changes only here, one refresh at a time. */
  private void refresh() {
    synchronized (reading) {
      State before = state;
      Instant now = clock.instant();
      Optional<String> jwt = location.read(fetcher);
      if (jwt.isEmpty()) {
        failed(before, now, TrustListEvents.UNREADABLE, new TrustLookup.Unavailable(
            ErrorCode.TRUST_LIST_UNAVAILABLE, "the trust list cannot be read"));
        return;
      }
      TrustListResult result =
          TrustListJwt.verify(jwt.get(), anchorKey, clock, before.highestSequence());
      if (result instanceof TrustListResult.Invalid invalid) {
        if (invalid.code() == TrustListResult.Code.ROLLBACK) {
          LOG.warn("trust list refused: an older list than sequence {} was served (ROLLBACK);"
              + " keeping the list in force", before.highestSequence());
        }
        failed(before, now, invalid.code().name(), new TrustLookup.Unavailable(
            ErrorCode.TRUST_LIST_INVALID, "the trust list was refused (" + invalid.code() + ")"));
        return;
      }
      TrustList list = ((TrustListResult.Valid) result).trustList();
      Instant next = now.plus(REFRESH);
      state = new State(Optional.of(list), Math.max(before.highestSequence(),
          list.sequenceNumber()), list.nextUpdate().isBefore(next) ? list.nextUpdate() : next, 0,
          Optional.empty());
      events.refreshed(TrustListEvents.OK);
    }
  }

  private void failed(State before, Instant now, String result, TrustLookup.Unavailable why) {
    if (before.good().isPresent()) {
      LOG.warn("trust list refresh failed ({}); serving sequence {} until {}", result,
          before.good().get().sequenceNumber(), before.good().get().nextUpdate());
    } else {
      LOG.warn("trust list refresh failed ({}); no trust list in force", result);
    }
    int failures = before.failures() + 1;
    Duration backoff = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 10));
    state = new State(before.good(), before.highestSequence(),
        now.plus(backoff.compareTo(REFRESH) > 0 ? REFRESH : backoff), failures, Optional.of(why));
    events.refreshed(result);
  }

  /**
   * What the source holds; replaced whole, never changed.
   *
   * @param good the last list that verified (possibly expired by now)
   * @param highestSequence the rollback floor: the highest sequence number accepted so far
   * @param nextAttempt when a refresh is due
   * @param failures refreshes failed in a row (for the backoff)
   * @param failure why the last refresh failed, while it is the latest news
   */
  private record State(Optional<TrustList> good, long highestSequence, Instant nextAttempt,
      int failures, Optional<TrustLookup.Unavailable> failure) {

    static final State NOT_READ =
        new State(Optional.empty(), 0, Instant.MIN, 0, Optional.empty());

    TrustLookup lookupAt(Instant now) {
      if (good.isPresent() && now.isBefore(good.get().nextUpdate())) {
        return new TrustLookup.Available(good.get());
      }
      return failure.orElseGet(() -> new TrustLookup.Unavailable(ErrorCode.TRUST_LIST_INVALID,
          "the trust list was refused (" + TrustListResult.Code.EXPIRED + ")"));
    }
  }
}
