package org.tessera.issuer.keys;

import com.nimbusds.jose.jwk.JWK;
import java.text.ParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.tessera.shared.did.DidDocument;
import org.tessera.shared.jose.Jwks;
import org.tessera.shared.json.Json;

/** The issuer's DID document and JWKS, rendered once: every published key, public parts only. */
public final class PublicKeyDocuments {

  private final String didDocumentJson;
  private final String jwksJson;

  public PublicKeyDocuments(String issuerDid, KeyRing keys) {
    Objects.requireNonNull(issuerDid, "issuerDid");
    this.didDocumentJson = Json.write(
        DidDocument.forKeys(issuerDid, keys.publicJwks()).toJson());
    // JWKS clients (e.g. jose's createRemoteJWKSet) pick the key whose kid equals the JWT header
    // kid, which is the DID URL; the DID document keeps the bare kid inside publicKeyJwk.
    this.jwksJson = Jwks.toJson(keys.publicJwks().stream()
        .map(key -> withKid(key, issuerDid + "#" + key.getKeyID())).toList());
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

  public String didDocumentJson() {
    return didDocumentJson;
  }

  public String jwksJson() {
    return jwksJson;
  }
}
