package org.tessera.shared.trust;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tessera.shared.json.Json;

/**
 * The JSON form of a {@link TrustList}: the JWT payload, and the same document is the readable
 * source file the CLI signs. One naming scheme throughout: JWT registered claims ({@code iss},
 * {@code iat}, {@code exp} as NumericDate seconds) where they exist, else snake_case names (the
 * JWT / OpenID Federation convention) for ETSI TS 119 612 concepts, and RFC 3339 strings for
 * every other time.
 *
 * <pre>
 * TrustList                       TrustedIssuer                      AccreditationScope
 *   id             iss (opt.)       issuerId       id                  frameworks       frameworks
 *   sequenceNumber sequence_number  displayName    name                minEqfLevel      min_eqf_level
 *   issuedAt       iat              country        country             maxEqfLevel      max_eqf_level
 *   nextUpdate     exp              statusHistory  status_history      credentialTypes  credential_types
 *   operatorName   operator_name      .status      status              validUntil       valid_until (opt.)
 *   issuers        issuers            .from        status_starting_time
 *                                   pinnedKeyJwks  jwks.keys (opt., a JWK Set as in OpenID Federation)
 *                                   scope          accreditation
 * </pre>
 *
 * Unknown members are ignored (as JWT claims are), so a newer operator can add fields without
 * breaking older verifiers.
 */
public final class TrustListJson {

  private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {};

  private TrustListJson() {}

  /** The payload / source document for {@code list}. */
  public static ObjectNode toJson(TrustList list) {
    ObjectNode json = Json.object();
    list.id().ifPresent(id -> json.put("iss", id));
    json.put("sequence_number", list.sequenceNumber());
    json.put("iat", list.issuedAt().getEpochSecond());
    json.put("exp", list.nextUpdate().getEpochSecond());
    json.put("operator_name", list.operatorName());
    ArrayNode issuers = json.putArray("issuers");
    list.issuers().forEach(issuer -> issuers.add(issuerJson(issuer)));
    return json;
  }

  /**
   * Reads a trust list document.
   *
   * @throws IllegalArgumentException naming the first missing or malformed field
   */
  public static TrustList fromJson(JsonNode json) {
    requireObject(json, "trust list");
    JsonNode iss = json.get("iss");
    Optional<String> id = iss == null ? Optional.empty() : Optional.of(text(json, "iss"));
    List<TrustedIssuer> issuers = new ArrayList<>();
    for (JsonNode issuer : array(json, "issuers")) {
      issuers.add(issuerFromJson(issuer));
    }
    return new TrustList(id, nonNegativeLong(json, "sequence_number"),
        numericDate(json, "iat"), numericDate(json, "exp"),
        text(json, "operator_name"), issuers);
  }

  private static ObjectNode issuerJson(TrustedIssuer issuer) {
    ObjectNode json = Json.object();
    json.put("id", issuer.issuerId());
    json.put("name", issuer.displayName());
    json.put("country", issuer.country());
    ArrayNode history = json.putArray("status_history");
    for (StatusPeriod period : issuer.statusHistory()) {
      history.addObject()
          .put("status", period.status().value())
          .put("status_starting_time", period.from().toString());
    }
    if (!issuer.pinnedKeyJwks().isEmpty()) {
      ArrayNode keys = json.putObject("jwks").putArray("keys");
      issuer.pinnedKeyJwks().forEach(key -> keys.add(Json.mapper().valueToTree(key)));
    }
    AccreditationScope scope = issuer.scope();
    ObjectNode accreditation = json.putObject("accreditation");
    scope.frameworks().forEach(accreditation.putArray("frameworks")::add);
    accreditation.put("min_eqf_level", scope.minEqfLevel());
    accreditation.put("max_eqf_level", scope.maxEqfLevel());
    scope.credentialTypes().forEach(accreditation.putArray("credential_types")::add);
    scope.validUntil().ifPresent(until -> accreditation.put("valid_until", until.toString()));
    return json;
  }

  private static TrustedIssuer issuerFromJson(JsonNode json) {
    requireObject(json, "issuers[]");
    List<StatusPeriod> history = new ArrayList<>();
    for (JsonNode period : array(json, "status_history")) {
      requireObject(period, "status_history[]");
      TrustStatus status = TrustStatus.fromValue(text(period, "status"))
          .orElseThrow(() -> new IllegalArgumentException("unknown status in status_history"));
      history.add(new StatusPeriod(status, time(period, "status_starting_time")));
    }
    List<Map<String, Object>> keys = new ArrayList<>();
    JsonNode jwks = json.get("jwks");
    if (jwks != null) {
      requireObject(jwks, "jwks");
      for (JsonNode key : array(jwks, "keys")) {
        requireObject(key, "jwks.keys[]");
        keys.add(Json.mapper().convertValue(key, JSON_OBJECT));
      }
    }
    JsonNode accreditation = json.get("accreditation");
    requireObject(accreditation, "accreditation");
    AccreditationScope scope = new AccreditationScope(
        texts(accreditation, "frameworks"),
        intField(accreditation, "min_eqf_level"),
        intField(accreditation, "max_eqf_level"),
        texts(accreditation, "credential_types"),
        accreditation.has("valid_until")
            ? Optional.of(time(accreditation, "valid_until"))
            : Optional.empty());
    return new TrustedIssuer(text(json, "id"), text(json, "name"), text(json, "country"),
        history, keys, scope);
  }

  private static void requireObject(JsonNode node, String name) {
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(name + " must be a JSON object");
    }
  }

  private static String text(JsonNode json, String field) {
    JsonNode node = json.get(field);
    if (node == null || !node.isTextual() || node.asText().isBlank()) {
      throw new IllegalArgumentException(field + " must be a non-empty string");
    }
    return node.asText();
  }

  private static JsonNode array(JsonNode json, String field) {
    JsonNode node = json.get(field);
    if (node == null || !node.isArray()) {
      throw new IllegalArgumentException(field + " must be an array");
    }
    return node;
  }

  private static List<String> texts(JsonNode json, String field) {
    List<String> values = new ArrayList<>();
    for (JsonNode element : array(json, field)) {
      if (!element.isTextual()) {
        throw new IllegalArgumentException(field + " must hold strings");
      }
      values.add(element.asText());
    }
    return values;
  }

  private static long nonNegativeLong(JsonNode json, String field) {
    JsonNode node = json.get(field);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToLong() || node.asLong() < 0) {
      throw new IllegalArgumentException(field + " must be a non-negative integer");
    }
    return node.asLong();
  }

  private static Instant numericDate(JsonNode json, String field) {
    try {
      return Instant.ofEpochSecond(nonNegativeLong(json, field));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(field + " is out of range");
    }
  }

  private static int intField(JsonNode json, String field) {
    JsonNode node = json.get(field);
    if (node == null || !node.isIntegralNumber() || !node.canConvertToInt()) {
      throw new IllegalArgumentException(field + " must be an integer");
    }
    return node.asInt();
  }

  private static Instant time(JsonNode json, String field) {
    String value = text(json, field);
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(field + " must be an RFC 3339 date-time");
    }
  }
}
