package org.tessera.shared.did;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.jose.JwkJson;
import org.tessera.shared.json.Json;

/**
 * A DID document verification method holding a public JWK. The key is kept as JSON text so the
 * record stays immutable and free of nimbus types; {@link #publicJwk()} converts at the edge.
 *
 * @param id absolute DID URL of the method
 * @param type {@value #JSON_WEB_KEY_2020} or {@value #JSON_WEB_KEY}
 * @param controller DID of the controller
 * @param publicKeyJwkJson the public JWK as JSON text
 * @param revoked when the controller revoked the method (W3C Controlled Identifiers 1.0
 *     {@code revoked}, an XML Schema dateTimeStamp): proofs made at or after it must not verify
 */
public record VerificationMethod(String id, String type, String controller, String publicKeyJwkJson,
    Optional<Instant> revoked) {

  /**
   * The verification method type Tessera writes: the one defined by the jws-2020 context that
   * {@link DidDocument#CONTEXT} declares, and the one JWT libraries such as did-jwt select keys by.
   */
  public static final String JSON_WEB_KEY_2020 = "JsonWebKey2020";

  /** The newer name (W3C Controlled Identifiers context), accepted when read. */
  public static final String JSON_WEB_KEY = "JsonWebKey";

  /** Types read as a JWK-carrying method. */
  public static final Set<String> JWK_TYPES = Set.of(JSON_WEB_KEY_2020, JSON_WEB_KEY);

  public VerificationMethod {
    if (id == null || !id.startsWith("did:") || !id.contains("#")) {
      throw new IllegalArgumentException("verification method id must be a DID URL with a fragment");
    }
    if (!JWK_TYPES.contains(type)) {
      throw new IllegalArgumentException("verification method type must be one of " + JWK_TYPES);
    }
    if (controller == null || !controller.startsWith("did:")) {
      throw new IllegalArgumentException("verification method controller must be a DID");
    }
    Objects.requireNonNull(publicKeyJwkJson, "publicKeyJwkJson");
    Objects.requireNonNull(revoked, "revoked");
    if (Json.parseUntrustedObject(publicKeyJwkJson).flatMap(JwkJson::parsePublic).isEmpty()) {
      throw new IllegalArgumentException("publicKeyJwk must be a valid public JWK");
    }
  }

  /** A method that was never revoked. */
  public VerificationMethod(String id, String type, String controller, String publicKeyJwkJson) {
    this(id, type, controller, publicKeyJwkJson, Optional.empty());
  }

  /** A {@value #JSON_WEB_KEY_2020} method for a public key. */
  public static VerificationMethod of(String id, String controller, JWK publicJwk) {
    return of(id, controller, publicJwk, Optional.empty());
  }

  /** A {@value #JSON_WEB_KEY_2020} method for a public key, revoked from {@code revoked} if present. */
  public static VerificationMethod of(String id, String controller, JWK publicJwk,
      Optional<Instant> revoked) {
    if (publicJwk.isPrivate()) {
      throw new IllegalArgumentException("a DID document must not carry private keys");
    }
    return new VerificationMethod(id, JSON_WEB_KEY_2020, controller,
        Json.write(JwkJson.toJson(publicJwk)), revoked);
  }

  /** The public key. */
  public JWK publicJwk() {
    return Json.parseUntrustedObject(publicKeyJwkJson)
        .flatMap(JwkJson::parsePublic)
        .orElseThrow(() -> new IllegalStateException("validated at construction"));
  }

  /** The method as DID document JSON. */
  public ObjectNode toJson() {
    ObjectNode node = Json.object();
    node.put("id", id);
    node.put("type", type);
    node.put("controller", controller);
    node.set("publicKeyJwk", Json.parseUntrustedObject(publicKeyJwkJson).orElseThrow());
    revoked.ifPresent(t -> node.put("revoked", t.toString()));
    return node;
  }
}
