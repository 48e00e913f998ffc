package org.tessera.verifier.sdjwt;

import com.authlete.sd.Disclosure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.json.Json;
import org.tessera.verifier.result.ErrorCode;

/**
 * Rebuilds the claims an SD-JWT shows (RFC 9901 §7.1) from the issuer-signed payload and the
 * presented disclosures, refusing instead of dropping: every disclosure must be referenced by
 * exactly one digest ({@code _sd} entry or array {@code {"...": digest}}), no digest may occur
 * twice, and a disclosed name may not be {@code _sd}, {@code ...} or a claim already present.
 * The {@code @sd-jwt} npm libraries leave unreferenced disclosures out; a verifier that shows a
 * person what was presented must not. Disclosures are parsed by authlete's {@link Disclosure};
 * their values are read again with Jackson so numbers keep their exact form.
 */
final class DisclosedClaims {

  /** The outcome: the claims with every disclosure in place, or why not. */
  sealed interface Result {
    /**
     * @param claims the payload with the disclosed claims in place, without {@code _sd},
     *     {@code _sd_alg} and undisclosed array entries
     * @param disclosedPaths the disclosed claims as JSON paths ({@code ects_credits},
     *     {@code quality_assurance[0]}), in payload order
     */
    record Shown(ObjectNode claims, List<String> disclosedPaths) implements Result {}

    record Refused(ErrorCode code) implements Result {}
  }

  private static final String SD = "_sd";
  private static final String ELLIPSIS = "...";
  private static final String HASH = "sha-256";

  /** Thrown inside the walk only; turned into {@link Result.Refused} at the top. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient ErrorCode code;

    Refusal(ErrorCode code) {
      super(code.name(), null, false, false);
      this.code = code;
    }
  }

  private record Parsed(Disclosure disclosure, JsonNode value) {}

  private final Map<String, Parsed> byDigest = new LinkedHashMap<>();
  private final Set<String> seenDigests = new HashSet<>();
  private final Set<String> used = new HashSet<>();
  private final List<String> disclosedPaths = new ArrayList<>();

  private DisclosedClaims() {}

  static Result show(ObjectNode payload, List<String> disclosures) {
    DisclosedClaims walk = new DisclosedClaims();
    try {
      walk.parseAll(disclosures);
      ObjectNode claims = walk.object(payload, "");
      claims.remove("_sd_alg");
      if (walk.used.size() != walk.byDigest.size()) {
        return new Result.Refused(ErrorCode.DISCLOSURE_NOT_IN_TOKEN);
      }
      return new Result.Shown(claims, walk.disclosedPaths);
    } catch (Refusal refusal) {
      return new Result.Refused(refusal.code);
    }
  }

  private void parseAll(List<String> disclosures) {
    for (String text : disclosures) {
      Parsed parsed = parse(text);
      if (byDigest.put(parsed.disclosure().digest(HASH), parsed) != null) {
        throw new Refusal(ErrorCode.DISCLOSURE_DUPLICATE);
      }
    }
  }

  private static Parsed parse(String text) {
    Disclosure disclosure;
    try {
      disclosure = Disclosure.parse(text);
    } catch (RuntimeException e) {
      // Not base64url, not a JSON array of 2 or 3, a salt or name of the wrong type, or a
      // reserved name (_sd, ...).
      throw new Refusal(reservedName(text) ? ErrorCode.DISCLOSURE_CLAIM_CONFLICT
          : ErrorCode.DISCLOSURE_TAMPERED);
    }
    if (!text.equals(disclosure.getDisclosure())) {
      throw new Refusal(ErrorCode.DISCLOSURE_TAMPERED);
    }
    Optional<JsonNode> array = Json.parseUntrusted(disclosure.getJson());
    if (array.isEmpty() || !array.get().isArray() || !array.get().get(0).isTextual()) {
      throw new Refusal(ErrorCode.DISCLOSURE_TAMPERED);
    }
    JsonNode value = array.get().get(array.get().size() - 1);
    return new Parsed(disclosure, value);
  }

  /** Whether a disclosure that authlete refused is a well-formed one naming _sd or "...". */
  private static boolean reservedName(String text) {
    try {
      String json = new String(java.util.Base64.getUrlDecoder().decode(text),
          java.nio.charset.StandardCharsets.UTF_8);
      JsonNode array = Json.parseUntrusted(json).orElse(null);
      return array != null && array.isArray() && array.size() == 3
          && (SD.equals(array.get(1).asText(null)) || ELLIPSIS.equals(array.get(1).asText(null)));
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private ObjectNode object(ObjectNode node, String path) {
    ObjectNode out = Json.object();
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      if (!field.getKey().equals(SD)) {
        out.set(field.getKey(), value(field.getValue(), path + field.getKey()));
      }
    }
    JsonNode digests = node.get(SD);
    if (digests == null) {
      return out;
    }
    if (!digests.isArray()) {
      throw new Refusal(ErrorCode.SD_JWT_MALFORMED);
    }
    for (JsonNode digest : digests) {
      Optional<Parsed> disclosed = referenced(digest);
      if (disclosed.isEmpty()) {
        continue;
      }
      Disclosure d = disclosed.get().disclosure();
      String name = d.getClaimName();
      if (name == null) {
        // An array-element disclosure cannot stand for an object property.
        throw new Refusal(ErrorCode.DISCLOSURE_TAMPERED);
      }
      if (name.equals(SD) || name.equals(ELLIPSIS) || node.has(name) || out.has(name)) {
        throw new Refusal(ErrorCode.DISCLOSURE_CLAIM_CONFLICT);
      }
      disclosedPaths.add(path + name);
      JsonNode shown = value(disclosed.get().value(), path + name);
      out.set(name, shown);
    }
    return out;
  }

  private JsonNode value(JsonNode value, String path) {
    if (value.isObject()) {
      return object((ObjectNode) value, path + ".");
    }
    if (!value.isArray()) {
      return value.deepCopy();
    }
    ArrayNode out = Json.mapper().createArrayNode();
    for (JsonNode element : value) {
      if (element.isObject() && element.size() == 1 && element.has(ELLIPSIS)) {
        Optional<Parsed> disclosed = referenced(element.get(ELLIPSIS));
        if (disclosed.isEmpty()) {
          continue;
        }
        if (disclosed.get().disclosure().getClaimName() != null) {
          // A property disclosure cannot stand for an array element.
          throw new Refusal(ErrorCode.DISCLOSURE_TAMPERED);
        }
        String elementPath = path + "[" + out.size() + "]";
        disclosedPaths.add(elementPath);
        out.add(value(disclosed.get().value(), elementPath));
      } else {
        out.add(value(element, path + "[" + out.size() + "]"));
      }
    }
    return out;
  }

  /** The disclosure a digest names, if presented; a digest seen before is refused. */
  private Optional<Parsed> referenced(JsonNode digest) {
    if (!digest.isTextual()) {
      throw new Refusal(ErrorCode.SD_JWT_MALFORMED);
    }
    if (!seenDigests.add(digest.asText())) {
      throw new Refusal(ErrorCode.DISCLOSURE_DUPLICATE);
    }
    Parsed parsed = byDigest.get(digest.asText());
    if (parsed == null) {
      return Optional.empty();
    }
    used.add(digest.asText());
    return Optional.of(parsed);
  }
}
