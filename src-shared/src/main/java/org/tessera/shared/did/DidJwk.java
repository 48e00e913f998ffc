package org.tessera.shared.did;

import com.nimbusds.jose.jwk.JWK;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.TreeMap;
import org.tessera.shared.jose.JwkJson;
import org.tessera.shared.json.Json;

/** The did:jwk method: {@code did:jwk:<base64url of the public JWK JSON>}. */
public final class DidJwk {

  /** Longer DIDs are refused before decoding (an RSA 4096 JWK is about 1 KB). */
  public static final int MAX_DID_LENGTH = 8192;

  private static final String PREFIX = "did:jwk:";

  private DidJwk() {}

  /**
   * The did:jwk of a public key. Only the key's required members are encoded, sorted and without
   * whitespace (the RFC 7638 / JCS form), so one key always gives one DID, the one other JCS
   * implementations derive too.
   *
   * @throws IllegalArgumentException for private keys (the did:jwk spec forbids them)
   */
  public static String encode(JWK publicJwk) {
    if (publicJwk.isPrivate()) {
      throw new IllegalArgumentException("did:jwk must not carry a private key");
    }
    String json = Json.write(new TreeMap<>(publicJwk.getRequiredParams()));
    return PREFIX + Base64.getUrlEncoder().withoutPadding()
        .encodeToString(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The public key of a did:jwk, with {@code kid} set to its verification method {@code <did>#0}.
   * Empty when the DID is malformed, too long, or holds a private key.
   */
  public static Optional<JWK> decode(String did) {
    if (did == null || did.length() > MAX_DID_LENGTH || !did.startsWith(PREFIX)) {
      return Optional.empty();
    }
    String value = did.substring(PREFIX.length());
    if (value.isEmpty() || !value.chars().allMatch(DidJwk::isBase64UrlChar)) {
      return Optional.empty();
    }
    String json;
    try {
      json = Strings.utf8(Base64.getUrlDecoder().decode(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Json.parseUntrustedObject(json)
        .flatMap(JwkJson::parsePublic)
        .flatMap(jwk -> withKid(jwk, did + "#0"));
  }

  static Optional<JWK> withKid(JWK jwk, String kid) {
    var json = JwkJson.toJson(jwk);
    json.put("kid", kid);
    return JwkJson.parsePublic(json);
  }

  private static boolean isBase64UrlChar(int c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
  }
}
