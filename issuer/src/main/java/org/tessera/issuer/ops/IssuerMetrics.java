package org.tessera.issuer.ops;

import io.prometheus.metrics.core.metrics.Counter;
import org.tessera.kit.ops.ServiceMetrics;

/**
 * The issuer's Prometheus metrics: the kit's registry (request latency) plus the issuer's
 * counters. Labels are institution ids and actions only: never credential ids, learners or
 * tokens.
 */
public final class IssuerMetrics {

  private final ServiceMetrics service = new ServiceMetrics();
  private final Counter issued = service.counter("tessera_credentials_issued_total",
      "Credentials issued (admin API and VC-API), by institution", "institution");
  private final Counter statusChanges = service.counter("tessera_credential_status_changes_total",
      "Revocations, suspensions and reinstatements, by institution", "institution", "action");

  public void issued(String institution) {
    issued.labelValues(institution).inc();
  }

  /** {@code action}: revoke, suspend or reinstate. */
  public void statusChange(String institution, String action) {
    statusChanges.labelValues(institution, action).inc();
  }

  /** The registry the ops routes scrape and time requests into. */
  public ServiceMetrics service() {
    return service;
  }
}
