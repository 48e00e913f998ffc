package org.tessera.verifier.sdjwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.json.Json;

/**
 * The parts of a presented SD-JWT (RFC 9901 §4): {@code <issuer-signed JWT>~<d1>~…~<dn>~} with an
 * optional key-binding JWT after the last {@code ~}. Only splits; nothing here is verified.
 *
 * @param issuerJwt the issuer-signed compact JWS
 * @param disclosures the disclosures as presented (base64url text)
 * @param keyBindingJwt the KB-JWT, when one follows the last {@code ~}
 * @param presented everything up to and including the last {@code ~}: what {@code sd_hash} covers
 */
public record SdJwtParts(String issuerJwt, List<String> disclosures, Optional<String> keyBindingJwt,
    String presented) {

  /** Largest SD-JWT accepted, in characters (a full Tessera credential is about 5 KB). */
  public static final int MAX_CHARS = 64 * 1024;

  /** Most disclosures accepted in one SD-JWT (Tessera issues fewer than 25). */
  public static final int MAX_DISCLOSURES = 100;

  /** The {@code typ} values of an SD-JWT VC; {@code vc+sd-jwt} is the drafts' older name. */
  static final Set<String> TYPES = Set.of("dc+sd-jwt", "vc+sd-jwt");

  public SdJwtParts {
    disclosures = List.copyOf(disclosures);
  }

  /**
   * Whether the input is meant as an SD-JWT: compact-JWS text followed by {@code ~} whose
   * header is JSON. Cheap; input that is not one goes on to the other formats.
   */
  public static boolean looksLikeSdJwt(String input) {
    String text = input.strip();
    int tilde = text.indexOf('~');
    if (tilde <= 0) {
      return false;
    }
    int dot = text.indexOf('.');
    if (dot <= 0 || dot > tilde) {
      return false;
    }
    return header(text.substring(0, dot)).isPresent();
  }

  /** The split input; empty when it has no {@code ~} after a JWS, too many parts or is too long. */
  static Optional<SdJwtParts> split(String input) {
    String text = input.strip();
    if (text.length() > MAX_CHARS || !looksLikeSdJwt(text)) {
      return Optional.empty();
    }
    String[] parts = text.split("~", -1);
    if (parts.length - 2 > MAX_DISCLOSURES) {
      return Optional.empty();
    }
    List<String> disclosures = List.of(parts).subList(1, parts.length - 1);
    if (disclosures.stream().anyMatch(String::isEmpty)) {
      return Optional.empty();
    }
    String last = parts[parts.length - 1];
    String presented = text.substring(0, text.lastIndexOf('~') + 1);
    return Optional.of(new SdJwtParts(parts[0], disclosures,
        last.isEmpty() ? Optional.empty() : Optional.of(last), presented));
  }

  /**
   * The allowed algorithm the header of a compact JWS names; empty for {@code none}, HMAC and
   * anything else (checked before nimbus parses, which refuses {@code none} less clearly).
   */
  static Optional<JwsAlgorithm> allowedAlg(String compact) {
    int dot = compact.indexOf('.');
    return dot <= 0 ? Optional.empty() : header(compact.substring(0, dot))
        .map(h -> h.path("alg").asText(null)).flatMap(JwsAlgorithm::fromHeader);
  }

  /** The payload of a compact JWS as a JSON object (its signature is not looked at). */
  static Optional<ObjectNode> payload(String compact) {
    String[] segments = compact.split("\\.", -1);
    if (segments.length != 3) {
      return Optional.empty();
    }
    return header(segments[1]).map(ObjectNode.class::cast);
  }

  /** A base64url JOSE header (or payload) decoded as a JSON object. */
  static Optional<JsonNode> header(String encoded) {
    try {
      String json = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
      return Json.parseUntrustedObject(json).map(JsonNode.class::cast);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
