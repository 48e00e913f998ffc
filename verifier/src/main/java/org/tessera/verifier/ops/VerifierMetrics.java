package org.tessera.verifier.ops;

import io.prometheus.metrics.core.metrics.Counter;
import java.util.Optional;
import org.tessera.kit.ops.ServiceMetrics;
import org.tessera.verifier.result.ErrorCode;

/**
 * The verifier's Prometheus metrics: the kit's registry (request latency) plus the verifier's
 * counters. Labels are results, error codes and cache names only: never tokens, DIDs or URLs.
 */
public final class VerifierMetrics implements CacheEvents, TrustListEvents {

  private final ServiceMetrics service = new ServiceMetrics();
  private final Counter verifications = service.counter("tessera_verifications_total",
      "Verifications by result (verified|failed) and first error code (none when verified)",
      "result", "code");
  private final Counter cache = service.counter("tessera_cache_lookups_total",
      "Cache lookups by cache (status_list|did_document) and result (hit|miss)",
      "cache", "result");
  private final Counter trustListRefreshes = service.counter("tessera_trust_list_refreshes_total",
      "Trust-list refreshes by result (ok, UNREADABLE or the refusal code; alert on ROLLBACK:"
          + " someone serves an older list)",
      "result");

  /** Counts one verification: verified, or failed with its first error code. */
  public void verification(boolean verified, Optional<ErrorCode> firstError) {
    verifications.labelValues(verified ? "verified" : "failed",
        firstError.map(Enum::name).orElse("none")).inc();
  }

  @Override
  public void lookup(String cacheName, boolean hit) {
    cache.labelValues(cacheName, hit ? "hit" : "miss").inc();
  }

  @Override
  public void refreshed(String result) {
    trustListRefreshes.labelValues(result).inc();
  }

  /** The registry the ops routes scrape and time requests into. */
  public ServiceMetrics service() {
    return service;
  }
}
