package org.tessera.issuer.keys;

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
    this.jwksJson = Jwks.toJson(keys.publicJwks());
  }

  public String didDocumentJson() {
    return didDocumentJson;
  }

  public String jwksJson() {
    return jwksJson;
  }
}
