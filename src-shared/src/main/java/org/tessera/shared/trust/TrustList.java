package org.tessera.shared.trust;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A trust list: which issuers a trust-list operator accredits (DESIGN §6). Signed as a JWT by
 * {@link TrustListJwt}; its JSON form (payload and CLI source file) is {@link TrustListJson}.
 *
 * <p>JSON names: JWT registered claims where one exists, otherwise snake_case names taken from
 * ETSI TS 119 612 concepts (see {@link TrustListJson} and {@code docs/trust-lists.md}):
 * {@code id → iss}, {@code sequenceNumber → sequence_number} (TSLSequenceNumber),
 * {@code issuedAt → iat} (ListIssueDateTime), {@code nextUpdate → exp} (NextUpdate),
 * {@code operatorName → operator_name} (SchemeOperatorName), {@code issuers → issuers}.
 *
 * @param id optional identifier of the list and its operator (a URL or DID), the JWT {@code iss}
 * @param sequenceNumber grows with every new version; verifiers refuse a lower one (rollback)
 * @param issuedAt issue time, kept to whole seconds (JWT NumericDate)
 * @param nextUpdate time by which a newer list is published; the list expires then. Whole seconds
 * @param operatorName name of the operator that signs the list
 * @param issuers the issuers, with distinct ids
 */
public record TrustList(
    Optional<String> id,
    long sequenceNumber,
    Instant issuedAt,
    Instant nextUpdate,
    String operatorName,
    List<TrustedIssuer> issuers) {

  public TrustList {
    Objects.requireNonNull(id, "id");
    if (id.isPresent() && id.get().isBlank()) {
      throw new IllegalArgumentException("id must not be blank");
    }
    if (sequenceNumber < 0) {
      throw new IllegalArgumentException("sequenceNumber must not be negative");
    }
    issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
    nextUpdate = Objects.requireNonNull(nextUpdate, "nextUpdate").truncatedTo(ChronoUnit.SECONDS);
    if (!nextUpdate.isAfter(issuedAt)) {
      throw new IllegalArgumentException("nextUpdate must be after issuedAt");
    }
    if (operatorName == null || operatorName.isBlank()) {
      throw new IllegalArgumentException("operatorName is required");
    }
    issuers = List.copyOf(issuers);
    Set<String> ids = new HashSet<>();
    for (TrustedIssuer issuer : issuers) {
      if (!ids.add(issuer.issuerId())) {
        throw new IllegalArgumentException("an issuer is listed twice");
      }
    }
  }

  /** The entry for {@code issuerId}, if listed. */
  public Optional<TrustedIssuer> issuer(String issuerId) {
    return issuers.stream().filter(issuer -> issuer.issuerId().equals(issuerId)).findFirst();
  }
}
