package org.tessera.issuer.keys;

import com.fasterxml.jackson.databind.node.TextNode;
import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.tessera.shared.did.DidDocument;
import org.tessera.shared.jose.Jwks;
import org.tessera.shared.json.Json;

/**
 * The issuer's DID document and JWKS: every published key, public parts only, rendered again
 * only when the key lifecycle view changes. A compromised key stays in the DID document with its
 * {@code revoked} time (so what it signed before keeps verifying with a verifier that reads it)
 * but leaves the JWKS, which has no way to say "from when": a plain JWKS client fails closed.
 */
public final class PublicKeyDocuments {

  private record Rendered(KeyRing.View view, String didDocumentJson, String jwksJson) {}

  private final String issuerDid;
  private final KeyRing keys;
  private final AtomicReference<Rendered> rendered = new AtomicReference<>();

  public PublicKeyDocuments(String issuerDid, KeyRing keys) {
    this.issuerDid = Objects.requireNonNull(issuerDid, "issuerDid");
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  public String didDocumentJson() {
    return current().didDocumentJson();
  }

  public String jwksJson() {
    return current().jwksJson();
  }

  /**
   * The JWT VC Issuer Metadata (SD-JWT VC §5) of the issuer whose {@code iss} is
   * {@code issuerUrl}: that URL and the JWKS above, embedded so one fetch finds the key.
   */
  public String jwtVcIssuerJson(String issuerUrl) {
    return "{\"issuer\":" + Json.write(new TextNode(issuerUrl)) + ",\"jwks\":" + jwksJson() + "}";
  }

  private Rendered current() {
    KeyRing.View view = keys.view();
    Rendered r = rendered.get();
    if (r == null || r.view() != view) {
      List<JWK> all = keys.publicJwks();
      List<JWK> uncompromised = all.stream()
          .filter(k -> !view.compromisedSince().containsKey(k.getKeyID())).toList();
      r = new Rendered(view,
          Json.write(DidDocument.forKeys(issuerDid, all, view.compromisedSince()).toJson()),
          // JWKS clients (e.g. jose's createRemoteJWKSet) pick the key whose kid equals the JWT
          // header kid, which is the DID URL; the DID document keeps the bare kid in publicKeyJwk.
          Jwks.toJson(uncompromised.stream()
              .map(key -> withKid(key, issuerDid + "#" + key.getKeyID())).toList()));
      rendered.set(r);
    }
    return r;
  }

  private static JWK withKid(JWK key, String kid) {
    Map<String, Object> json = new HashMap<>(key.toJSONObject());
    json.put("kid", kid);
    try {
      return JWK.parse(json);
    } catch (ParseException e) {
      throw new IllegalStateException("a published key cannot be re-parsed", e);
    }
  }
}
