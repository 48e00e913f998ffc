package org.tessera.verifier.pipeline;

import java.util.Objects;
import java.util.Optional;

/** How the trust list names the issuer, for people reading a report. */
public record IssuerInfo(String id, Optional<String> name, Optional<String> country) {

  public IssuerInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
  }
}
