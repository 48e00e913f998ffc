package org.tessera.kit.ops;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * One service's Prometheus registry (its own: no global state) with the request latency every
 * service has; the service registers its own counters through {@link #counter}. Labels must be
 * bounded and public: route templates, statuses, codes, ids the deployment configured; never
 * tokens, URLs, e-mail addresses or credential contents.
 */
public final class ServiceMetrics {

  public static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

  private final PrometheusRegistry registry = new PrometheusRegistry();
  private final Histogram latency = Histogram.builder()
      .name("tessera_http_request_duration_seconds")
      .help("HTTP request latency by method, route template and status")
      .labelNames("method", "route", "status")
      .register(registry);

  /** Registers a counter of the service in this registry. */
  public Counter counter(String name, String help, String... labelNames) {
    return Counter.builder().name(name).help(help).labelNames(labelNames).register(registry);
  }

  /** Observes one answered request ({@code route}: the template, never the raw path). */
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
