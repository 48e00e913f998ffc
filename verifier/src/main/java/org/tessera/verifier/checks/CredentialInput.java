package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.tessera.shared.badge.BakedBadges;
import org.tessera.shared.json.Json;

/**
 * Finds the compact JWT in what a user hands in: the JWT itself, an
 * {@code EnvelopedVerifiableCredential} with a {@code data:application/vc+jwt,} id, or either of
 * those under {@code verifiableCredential}.
 */
public final class CredentialInput {

  /** Largest input accepted; a credential with a baked image stays well below. */
  public static final int MAX_INPUT_CHARS = 1_000_000;

  static final String DATA_URL_PREFIX = "data:application/vc+jwt,";

  private CredentialInput() {}

  /**
   * The text to verify from a file or upload: the credential baked into an OB 3.0 PNG or SVG
   * badge (empty text, hence MALFORMED_INPUT, when an image holds none), else the bytes as
   * UTF-8 (a JWT or JSON).
   */
  public static String fromFile(byte[] bytes) {
    if (BakedBadges.looksLikeImage(bytes)) {
      return BakedBadges.extract(bytes).orElse("");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** The compact JWT in the input text; empty when there is none. */
  public static Optional<String> compactJwt(String input) {
    if (input == null || input.length() > MAX_INPUT_CHARS) {
      return Optional.empty();
    }
    String text = input.strip();
    if (text.startsWith("{")) {
      return Json.parseUntrustedObject(text).flatMap(CredentialInput::fromJson);
    }
    return asCompact(text);
  }

  /**
   * The compact JWT in a JSON value: a string, an enveloped credential, or an object holding one
   * of those under {@code verifiableCredential}.
   */
  public static Optional<String> fromJson(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    if (node.isTextual()) {
      return asCompact(node.asText().strip());
    }
    if (!node.isObject()) {
      return Optional.empty();
    }
    JsonNode wrapped = node.get("verifiableCredential");
    if (wrapped != null) {
      if (wrapped.isTextual()) {
        return asCompact(wrapped.asText().strip());
      }
      return wrapped.isObject() ? fromEnvelope(wrapped) : Optional.empty();
    }
    return fromEnvelope(node);
  }

  private static Optional<String> fromEnvelope(JsonNode node) {
    return fromEnvelope(node, "EnvelopedVerifiableCredential", DATA_URL_PREFIX);
  }

  /**
   * The compact JWS in an envelope of VCDM 2.0 §4.13: an object whose {@code type} is (or lists)
   * {@code envelopeType} and whose {@code id} is a data URL starting with {@code dataUrlPrefix};
   * empty for anything else.
   */
  public static Optional<String> fromEnvelope(JsonNode node, String envelopeType,
      String dataUrlPrefix) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    JsonNode type = node.get("type");
    boolean enveloped = type != null && (type.isTextual()
        ? type.asText().equals(envelopeType)
        : type.isArray() && containsText(type, envelopeType));
    JsonNode id = node.get("id");
    if (!enveloped || id == null || !id.isTextual() || !id.asText().startsWith(dataUrlPrefix)) {
      return Optional.empty();
    }
    return asCompact(id.asText().substring(dataUrlPrefix.length()));
  }

  /** The text itself when it is a compact JWS within the size limit. */
  public static Optional<String> compactJws(String text) {
    return text == null ? Optional.empty() : asCompact(text.strip());
  }

  /** Whether {@code array} lists the string {@code value}. */
  public static boolean containsText(JsonNode array, String value) {
    for (JsonNode element : array) {
      if (element.isTextual() && element.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<String> asCompact(String text) {
    return text.length() <= MAX_INPUT_CHARS && isCompactJws(text)
        ? Optional.of(text) : Optional.empty();
  }

  /**
   * Header and payload non-empty, signature possibly empty, all base64url characters, exactly two
   * dots. A plain loop: a regular expression over a 6 KB token cost 6 % of a verification.
   */
  static boolean isCompactJws(String text) {
    int dots = 0;
    int segmentLength = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (segmentLength == 0 || ++dots > 2) {
          return false;
        }
        segmentLength = 0;
      } else if (isBase64Url(c)) {
        segmentLength++;
      } else {
        return false;
      }
    }
    return dots == 2;
  }

  private static boolean isBase64Url(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '_';
  }
}
