package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.json.Json;
import org.tessera.verifier.checks.CredentialInput;

/**
 * Recognises Open Badges 2.0 input, so it can be verified as such instead of being refused as an
 * unsupported OB 3.0 shape: an http(s) URL (a hosted assertion, also as baked into a badge), a
 * JSON object whose {@code @context} is the OB 2.0 context, or a compact JWS whose payload is
 * one. Anything else is left to the OB 3.0 pipeline.
 */
public final class Ob2Input {

  /** Longest assertion URL accepted (browsers and servers agree on far less). */
  static final int MAX_URL_CHARS = 2048;

  private Ob2Input() {}

  /** Whether the input is an OB 2.0 assertion (or its URL). */
  public static boolean recognises(String input) {
    return presented(input).isPresent();
  }

  static Optional<Ob2Presented> presented(String input) {
    if (input == null || input.length() > CredentialInput.MAX_INPUT_CHARS) {
      return Optional.empty();
    }
    String text = input.strip();
    if (text.startsWith("{")) {
      return Json.parseUntrustedObject(text).flatMap(Ob2Input::fromJson);
    }
    if (CredentialInput.compactJws(text).isPresent()) {
      return signedPayload(text).isPresent()
          ? Optional.of(new Ob2Presented.Signed(text)) : Optional.empty();
    }
    return url(text).map(Ob2Presented.HostedUrl::new);
  }

  /** The JWS payload when it is an OB 2.0 assertion, read by the strict JSON parser. */
  static Optional<ObjectNode> signedPayload(String compact) {
    String[] parts = compact.split("\\.", -1);
    return CredentialJwt.decodeJson(parts[1]).filter(p -> Ob2Context.isNamedBy(p.get("@context")));
  }

  private static Optional<Ob2Presented> fromJson(ObjectNode node) {
    JsonNode wrapped = node.get("verifiableCredential");
    if (wrapped != null) {
      if (wrapped.isObject()) {
        return fromJson((ObjectNode) wrapped);
      }
      return wrapped.isTextual() ? presented(wrapped.textValue()) : Optional.empty();
    }
    return Ob2Context.isNamedBy(node.get("@context"))
        ? Optional.of(new Ob2Presented.HostedJson(node)) : Optional.empty();
  }

  /** An absolute http(s) URL with a host and nothing around it. */
  static Optional<URI> url(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (text.length() > MAX_URL_CHARS || !(lower.startsWith("https://")
        || lower.startsWith("http://")) || text.chars().anyMatch(c -> c <= ' ')) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(text);
      return uri.getHost() == null ? Optional.empty() : Optional.of(uri);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
