package org.tessera.verifier;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most {@code slots} verifications run at once; a further one waits up to {@code wait} for a
 * slot, then is refused with {@link VerifierBusyException}. Checking hostile input (a 1 MiB token
 * through schema and JSON-LD) costs CPU, so a flood must queue instead of taking every core:
 * with a bounded number of busy threads, {@code /health} and everyone else still get scheduled.
 */
public final class VerificationSlots {

  /** How long a verification waits for a slot before the caller is told to retry. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(2);

  private final Semaphore permits;
  private final Duration wait;

  public VerificationSlots(int slots, Duration wait) {
    if (slots < 1) {
      throw new IllegalArgumentException("slots must be at least 1");
    }
    this.permits = new Semaphore(slots, true);
    this.wait = Objects.requireNonNull(wait, "wait");
  }

  /** One slot per core, at least two: verification is CPU work once fetches are bounded. */
  public static VerificationSlots forThisMachine() {
    return new VerificationSlots(Math.max(2, Runtime.getRuntime().availableProcessors()),
        DEFAULT_WAIT);
  }

  /** Runs {@code work} in a slot. */
  <T> T run(Supplier<T> work) {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VerifierBusyException();
    }
    if (!acquired) {
      throw new VerifierBusyException();
    }
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }
}
