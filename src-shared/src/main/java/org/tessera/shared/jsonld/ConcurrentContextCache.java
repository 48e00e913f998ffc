package org.tessera.shared.jsonld;

import com.apicatalog.jsonld.context.cache.Cache;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A thread-safe, bounded replacement for titanium's unsynchronised {@code LruCache}. Only the
 * bundled contexts can be loaded, so a small bound is never reached in practice; it is there so
 * that the cache cannot grow without limit whatever keys titanium chooses.
 */
final class ConcurrentContextCache<K, V> implements Cache<K, V> {

  private final int maxEntries;
  private final ConcurrentMap<K, V> entries = new ConcurrentHashMap<>();

  ConcurrentContextCache(int maxEntries) {
    if (maxEntries < 1) {
      throw new IllegalArgumentException("maxEntries must be positive");
    }
    this.maxEntries = maxEntries;
  }

  @Override
  public boolean containsKey(K key) {
    return entries.containsKey(key);
  }

  @Override
  public V get(K key) {
    return entries.get(key);
  }

  @Override
  public void put(K key, V value) {
    if (entries.size() < maxEntries || entries.containsKey(key)) {
      entries.put(key, value);
    }
  }
}
