package org.tessera.verifier.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * The one deadline of a verification, on the monotonic clock (the injected {@code Clock} is for
 * validity dates and may stand still in tests): outbound work is given what remains of it.
 *
 * @param nanoTime the {@link System#nanoTime()} at which the time is up
 */
public record Deadline(long nanoTime) {

  /** A deadline {@code budget} from now. */
  public static Deadline after(Duration budget) {
    Objects.requireNonNull(budget, "budget");
    return new Deadline(System.nanoTime() + budget.toNanos());
  }

  /** Nanoseconds left, zero once the time is up. */
  public long remainingNanos() {
    return Math.max(0, nanoTime - System.nanoTime());
  }

  public boolean passed() {
    return remainingNanos() == 0;
  }
}
