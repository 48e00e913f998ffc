package org.tessera.shared.limits;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Token buckets per key (a client IP or an API token id): {@code perMinute} tokens of capacity,
 * refilled continuously at {@code perMinute} per minute. Per node, in memory, at most
 * {@link #MAX_KEYS} keys (least recently used dropped: an idle client loses nothing).
 */
public final class RateLimiter {

  static final int MAX_KEYS = 10_000;

  private final int perMinute;
  private final Clock clock;
  private final Map<String, double[]> buckets = new LinkedHashMap<>(256, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, double[]> eldest) {
      return size() > MAX_KEYS;
    }
  };

  /** @param perMinute 0 disables the limit */
  public RateLimiter(int perMinute, Clock clock) {
    if (perMinute < 0) {
      throw new IllegalArgumentException("perMinute must not be negative");
    }
    this.perMinute = perMinute;
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Takes one token for {@code key}: empty when allowed, else the seconds after which a token
   * will be there (for {@code Retry-After}).
   */
  public synchronized OptionalLong take(String key) {
    if (perMinute == 0) {
      return OptionalLong.empty();
    }
    long now = clock.millis();
    double perMs = perMinute / 60_000.0;
    // bucket = {tokens, last refill millis}
    double[] bucket = buckets.computeIfAbsent(key, k -> new double[] {perMinute, now});
    bucket[0] = Math.min(perMinute, bucket[0] + (now - bucket[1]) * perMs);
    bucket[1] = now;
    if (bucket[0] >= 1) {
      bucket[0] -= 1;
      return OptionalLong.empty();
    }
    return OptionalLong.of(Math.max(1, (long) Math.ceil((1 - bucket[0]) / perMs / 1000)));
  }
}
