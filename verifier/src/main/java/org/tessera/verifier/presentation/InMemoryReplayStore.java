package org.tessera.verifier.presentation;

import java.time.Clock;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A bounded {@link ReplayStore} in this process's memory. Entries are kept in insertion order;
 * with one window per store that is also expiry order, so expired entries are dropped from the
 * head. A restart forgets everything (decision 0041).
 */
public final class InMemoryReplayStore implements ReplayStore {

  private final int capacity;
  private final Clock clock;
  private final Map<String, Instant> used = new LinkedHashMap<>();

  public InMemoryReplayStore(int capacity, Clock clock) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive");
    }
    this.capacity = capacity;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public synchronized Outcome record(List<String> keys, Instant expiresAt) {
    dropExpired();
    if (keys.stream().anyMatch(used::containsKey)) {
      return Outcome.REPLAYED;
    }
    if (used.size() + keys.size() > capacity) {
      return Outcome.FULL;
    }
    keys.forEach(key -> used.put(key, expiresAt));
    return Outcome.FIRST_USE;
  }

  @Override
  public synchronized boolean seen(List<String> keys) {
    dropExpired();
    return keys.stream().anyMatch(used::containsKey);
  }

  /** How many keys are remembered; for tests. */
  synchronized int size() {
    dropExpired();
    return used.size();
  }

  private void dropExpired() {
    Instant now = clock.instant();
    Iterator<Instant> expiries = used.values().iterator();
    while (expiries.hasNext()) {
      if (expiries.next().isAfter(now)) {
        return;
      }
      expiries.remove();
    }
  }
}
