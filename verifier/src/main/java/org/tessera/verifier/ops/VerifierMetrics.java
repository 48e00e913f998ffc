package org.tessera.verifier.ops;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.tessera.verifier.result.ErrorCode;

/**
 * The verifier's Prometheus metrics, in a registry of its own (no global state). Labels are
 * results, error codes, cache names and route templates only: never tokens, DIDs or URLs.
 */
public final class VerifierMetrics implements CacheEvents {

  public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter verifications = Counter.builder()
      .name("tessera_verifications_total")
      .help("Verifications by result (verified|failed) and first error code (none when verified)")
      .labelNames("result", "code")
      .register(registry);
  private final Counter cache = Counter.builder()
      .name("tessera_cache_lookups_total")
      .help("Cache lookups by cache (status_list|did_document) and result (hit|miss)")
      .labelNames("cache", "result")
      .register(registry);
  private final Histogram latency = Histogram.builder()
      .name("tessera_http_request_duration_seconds")
      .help("HTTP request latency by method, route template and status")
      .labelNames("method", "route", "status")
      .register(registry);

  /** Counts one verification: verified, or failed with its first error code. */
  public void verification(boolean verified, java.util.Optional<ErrorCode> firstError) {
    verifications.labelValues(verified ? "verified" : "failed",
        firstError.map(Enum::name).orElse("none")).inc();
  }

  @Override
  public void lookup(String cacheName, boolean hit) {
    cache.labelValues(cacheName, hit ? "hit" : "miss").inc();
  }

  public void request(String method, String route, int status, double millis) {
    latency.labelValues(method, route, String.valueOf(status)).observe(millis / 1000.0);
  }

  /** The Prometheus text exposition format. */
  public String scrape() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      PrometheusTextFormatWriter.create().write(out, registry.scrape());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
