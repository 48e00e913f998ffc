package org.tessera.shared.trust;

import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One issuer on a trust list (an ETSI TS 119 612 "trust service provider" / EBSI TIR issuer).
 *
 * <p>Pinned keys are kept as JWK JSON objects so the record carries no library type; they are
 * checked to be public keys when the record is built and parsed on demand by
 * {@link #pinnedKeys()}. The status history is kept sorted by start time.
 *
 * @param issuerId the issuer's identifier, normally its {@code did:web}
 * @param displayName the name shown to people
 * @param country ISO 3166-1 alpha-2 code of the issuer's country (upper case)
 * @param statusHistory status periods; at least one, start times distinct
 * @param pinnedKeyJwks public keys (JWK JSON objects) that win over DID resolution; may be empty
 * @param scope what the issuer is accredited for
 */
public record TrustedIssuer(
    String issuerId,
    String displayName,
    String country,
    List<StatusPeriod> statusHistory,
    List<Map<String, Object>> pinnedKeyJwks,
    AccreditationScope scope) {

  private static final Pattern ALPHA_2 = Pattern.compile("[A-Z]{2}");

  public TrustedIssuer {
    requireText(issuerId, "issuerId");
    requireText(displayName, "displayName");
    if (country == null || !ALPHA_2.matcher(country).matches()) {
      throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code");
    }
    statusHistory = sortedHistory(statusHistory);
    pinnedKeyJwks = publicKeyJsons(pinnedKeyJwks);
    Objects.requireNonNull(scope, "scope");
  }

  /** The status in force at {@code at}; empty before the first period starts. */
  public Optional<TrustStatus> statusAt(Instant at) {
    Optional<TrustStatus> inForce = Optional.empty();
    for (StatusPeriod period : statusHistory) {
      if (period.from().isAfter(at)) {
        break;
      }
      inForce = Optional.of(period.status());
    }
    return inForce;
  }

  /** The pinned keys as nimbus JWKs (public keys only). */
  public List<JWK> pinnedKeys() {
    List<JWK> keys = new ArrayList<>(pinnedKeyJwks.size());
    for (Map<String, Object> json : pinnedKeyJwks) {
      keys.add(parse(json));
    }
    return List.copyOf(keys);
  }

  private static List<StatusPeriod> sortedHistory(List<StatusPeriod> history) {
    List<StatusPeriod> sorted = new ArrayList<>(history);
    if (sorted.isEmpty()) {
      throw new IllegalArgumentException("statusHistory must not be empty");
    }
    sorted.sort(Comparator.comparing(StatusPeriod::from));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).from().equals(sorted.get(i - 1).from())) {
        throw new IllegalArgumentException("two status periods start at the same time");
      }
    }
    return List.copyOf(sorted);
  }

  /** Normalises each JWK to its public JSON form and refuses private keys. */
  private static List<Map<String, Object>> publicKeyJsons(List<Map<String, Object>> jsons) {
    List<Map<String, Object>> keys = new ArrayList<>(jsons.size());
    for (Map<String, Object> json : jsons) {
      JWK jwk = parse(json);
      if (jwk.isPrivate()) {
        throw new IllegalArgumentException("a pinned key must not contain private key material");
      }
      Map<String, Object> frozen = new LinkedHashMap<>();
      jwk.toJSONObject().forEach((name, value) ->
          frozen.put(name, value instanceof List<?> list ? List.copyOf(list) : value));
      keys.add(Collections.unmodifiableMap(frozen));
    }
    return List.copyOf(keys);
  }

  private static JWK parse(Map<String, Object> json) {
    try {
      return JWK.parse(json);
    } catch (ParseException e) {
      throw new IllegalArgumentException("a pinned key is not a valid JWK", e);
    }
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
  }
}
