package org.tessera.shared.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A bounded least-recently-used map for values derived from their key alone (so an entry can
 * never be stale). Thread-safe by one lock: entries are small and a hit is cheap. Meant to be
 * held by an instance, never statically.
 */
public final class LruCache<K, V> {

  private final Map<K, V> entries;

  public LruCache(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive");
    }
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > maxEntries;
      }
    };
  }

  /**
   * The cached value for {@code key}, else {@code compute}'s result, which is cached when
   * present. Computed outside the lock, so two threads may both compute a missing value once.
   */
  public Optional<V> get(K key, Function<? super K, Optional<V>> compute) {
    synchronized (this) {
      V cached = entries.get(key);
      if (cached != null) {
        return Optional.of(cached);
      }
    }
    Optional<V> computed = compute.apply(key);
    computed.ifPresent(value -> {
      synchronized (this) {
        entries.put(key, value);
      }
    });
    return computed;
  }

  public synchronized int size() {
    return entries.size();
  }
}
