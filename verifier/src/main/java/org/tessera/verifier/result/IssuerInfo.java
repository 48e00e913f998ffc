package org.tessera.verifier.result;

import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.trust.AccreditationScope;

/**
 * How the trust list names the issuer, for people reading a report.
 *
 * @param id the issuer id
 * @param name display name on the trust list
 * @param country ISO 3166-1 alpha-2 country on the trust list
 * @param accreditation what the trust list accredits the issuer for
 */
public record IssuerInfo(String id, Optional<String> name, Optional<String> country,
    Optional<AccreditationScope> accreditation) {

  public IssuerInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(accreditation, "accreditation");
  }

  /** Without an accreditation scope. */
  public IssuerInfo(String id, Optional<String> name, Optional<String> country) {
    this(id, name, country, Optional.empty());
  }
}
