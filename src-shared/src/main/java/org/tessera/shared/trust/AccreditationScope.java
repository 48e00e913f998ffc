package org.tessera.shared.trust;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an issuer is accredited for (after EBSI TIR {@code accreditedFor}): recognition frameworks
 * (e.g. {@code EU-CMF}), an inclusive EQF level range, credential types (empty = any type) and an
 * optional end of the accreditation.
 */
public record AccreditationScope(
    List<String> frameworks,
    int minEqfLevel,
    int maxEqfLevel,
    List<String> credentialTypes,
    Optional<Instant> validUntil) {

  /** The lowest EQF level. */
  public static final int EQF_MIN = 1;
  /** The highest EQF level. */
  public static final int EQF_MAX = 8;

  public AccreditationScope {
    frameworks = List.copyOf(frameworks);
    credentialTypes = List.copyOf(credentialTypes);
    Objects.requireNonNull(validUntil, "validUntil");
    if (minEqfLevel < EQF_MIN || maxEqfLevel > EQF_MAX || minEqfLevel > maxEqfLevel) {
      throw new IllegalArgumentException(
          "EQF levels must satisfy 1 <= min <= max <= 8: " + minEqfLevel + ".." + maxEqfLevel);
    }
    if (frameworks.stream().anyMatch(String::isBlank)
        || credentialTypes.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("frameworks and credential types must not be blank");
    }
  }
}
