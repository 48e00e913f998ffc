package org.tessera.shared.jose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.json.Json;

/**
 * Converts JWKs between nimbus and Jackson trees. Untrusted JSON is always parsed by our strict
 * {@link Json} first; nimbus only sees the resulting map, never raw text.
 */
public final class JwkJson {

  /** Members that only private or symmetric keys have (RFC 7518 §6). */
  private static final Set<String> PRIVATE_MEMBERS = Set.of("d", "p", "q", "dp", "dq", "qi", "oth", "k");

  private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

  private JwkJson() {}

  /** The JWK as a Jackson object (all members nimbus knows). */
  public static ObjectNode toJson(JWK jwk) {
    try {
      return (ObjectNode) Json.mapper().readTree(jwk.toJSONString());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("nimbus wrote invalid JSON for a JWK", e);
    }
  }

  /** True when the object has any private or symmetric key member. */
  public static boolean hasPrivateMembers(JsonNode node) {
    if (node == null || !node.isObject()) {
      return false;
    }
    for (String member : PRIVATE_MEMBERS) {
      if (node.has(member)) {
        return true;
      }
    }
    return false;
  }

  /** Any JWK nimbus understands (public or private); empty when the object is not a valid JWK. */
  public static Optional<JWK> parse(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    try {
      return Optional.of(JWK.parse(Json.mapper().convertValue(node, MAP)));
    } catch (ParseException | RuntimeException e) {
      // nimbus throws unchecked exceptions for some wrongly typed members.
      return Optional.empty();
    }
  }

  /** A public JWK; empty when the object is not a valid JWK or carries any private part. */
  public static Optional<JWK> parsePublic(JsonNode node) {
    if (hasPrivateMembers(node)) {
      return Optional.empty();
    }
    return parse(node).filter(jwk -> !jwk.isPrivate());
  }
}
