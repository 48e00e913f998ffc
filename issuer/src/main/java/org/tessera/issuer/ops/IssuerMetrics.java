package org.tessera.issuer.ops;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The issuer's Prometheus metrics, in a registry of its own. Labels are institution ids,
 * actions, methods, route templates and statuses only: never credential ids, learners or tokens.
 */
public final class IssuerMetrics {

  public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Counter issued = Counter.builder()
      .name("tessera_credentials_issued_total")
      .help("Credentials issued (admin API and VC-API), by institution")
      .labelNames("institution")
      .register(registry);
  private final Counter statusChanges = Counter.builder()
      .name("tessera_credential_status_changes_total")
      .help("Revocations, suspensions and reinstatements, by institution")
      .labelNames("institution", "action")
      .register(registry);
  private final Histogram latency = Histogram.builder()
      .name("tessera_http_request_duration_seconds")
      .help("HTTP request latency by method, route template and status")
      .labelNames("method", "route", "status")
      .register(registry);

  public void issued(String institution) {
    issued.labelValues(institution).inc();
  }

  /** {@code action}: revoke, suspend or reinstate. */
  public void statusChange(String institution, String action) {
    statusChanges.labelValues(institution, action).inc();
  }

  public void request(String method, String route, int status, double seconds) {
    latency.labelValues(method, route, String.valueOf(status)).observe(seconds);
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
