package org.tessera.verifier.fetch;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A small LRU cache whose entries expire at a given instant. Bounded, so a stream of credentials
 * naming fresh URLs cannot grow memory; thread-safe by one lock (entries are tiny and hits cheap).
 */
public final class ExpiringCache<K, V> {

  private record Entry<V>(V value, Instant expiresAt) {}

  private final Clock clock;
  private final Map<K, Entry<V>> entries;

  public ExpiringCache(int maxEntries, Clock clock) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive");
    }
    this.clock = clock;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
        return size() > maxEntries;
      }
    };
  }

  public synchronized Optional<V> get(K key) {
    Entry<V> entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.expiresAt())) {
      entries.remove(key);
      return Optional.empty();
    }
    return Optional.of(entry.value());
  }

  /** Stores the value until {@code expiresAt}; a past instant stores nothing. */
  public synchronized void put(K key, V value, Instant expiresAt) {
    if (clock.instant().isBefore(expiresAt)) {
      entries.put(key, new Entry<>(value, expiresAt));
    }
  }

  public synchronized int size() {
    return entries.size();
  }
}
