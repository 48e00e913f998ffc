package org.tessera.shared.trust;

import java.time.Instant;
import java.util.Objects;

/**
 * A status and the time it took effect (ETSI TS 119 612 {@code ServiceStatus} +
 * {@code StatusStartingTime}). It stays in force until the next period of the history starts.
 */
public record StatusPeriod(TrustStatus status, Instant from) {

  public StatusPeriod {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(from, "from");
  }
}
