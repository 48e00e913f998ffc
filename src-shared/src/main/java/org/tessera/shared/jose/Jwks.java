package org.tessera.shared.jose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.util.ArrayList;
import java.util.List;
import org.tessera.shared.json.Json;

/** JSON Web Key Sets (RFC 7517 §5) of public keys only. */
public final class Jwks {

  /** Larger key sets are not plausible for one issuer. */
  public static final int MAX_JSON_CHARS = 256 * 1024;

  private Jwks() {}

  /**
   * {@code {"keys":[…]}} for the given public keys.
   *
   * @throws IllegalArgumentException if any key has private parts
   */
  public static String toJson(List<JWK> publicKeys) {
    ObjectNode set = Json.object();
    ArrayNode keys = set.putArray("keys");
    for (JWK key : publicKeys) {
      if (key.isPrivate()) {
        throw new IllegalArgumentException("a JWKS must not contain private keys");
      }
      keys.add(JwkJson.toJson(key));
    }
    return Json.write(set);
  }

  /**
   * The keys of a JWKS. Keys of a type nimbus does not know are skipped (RFC 7517 §5); unknown
   * members are tolerated.
   *
   * @throws IllegalArgumentException if the text is not a JWKS, is too large, or any key has
   *     private parts (the message never echoes the input)
   */
  public static List<JWK> parse(String json) {
    if (json == null || json.length() > MAX_JSON_CHARS) {
      throw new IllegalArgumentException("JWKS missing or too large");
    }
    JsonNode keys = Json.parseUntrustedObject(json)
        .map(set -> set.get("keys"))
        .filter(JsonNode::isArray)
        .orElseThrow(() -> new IllegalArgumentException("not a JWKS"));
    List<JWK> result = new ArrayList<>();
    for (JsonNode entry : keys) {
      if (!entry.isObject()) {
        throw new IllegalArgumentException("JWKS entry is not an object");
      }
      if (JwkJson.hasPrivateMembers(entry)) {
        throw new IllegalArgumentException("JWKS contains a private key");
      }
      JwkJson.parse(entry).ifPresent(key -> {
        if (key.isPrivate()) {
          throw new IllegalArgumentException("JWKS contains a private key");
        }
        result.add(key);
      });
    }
    return List.copyOf(result);
  }
}
