package org.tessera.verifier.presentation;

import java.time.Instant;
import java.util.List;

/**
 * Remembers accepted presentations until they would be refused by their age anyway, so that one
 * is accepted once (decision 0041). A presentation is known by several keys (its signed bytes,
 * its nonce and audience); it counts as used when any of them is. Implementations are
 * thread-safe; a later store may live in a database shared by several verifier nodes.
 */
public interface ReplayStore {

  /** The answer to {@link #record}. */
  enum Outcome {
    /** None of the keys was used: they are now, until the expiry. */
    FIRST_USE,
    /** A key was used before: nothing recorded. */
    REPLAYED,
    /** No room to record: nothing recorded, the presentation must be refused. */
    FULL
  }

  /** Atomically: if none of {@code keys} is in use, records them all until {@code expiresAt}. */
  Outcome record(List<String> keys, Instant expiresAt);

  /** Whether any of {@code keys} is in use (for a report on a presentation refused anyway). */
  boolean seen(List<String> keys);
}
