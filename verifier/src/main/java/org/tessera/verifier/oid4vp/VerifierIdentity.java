package org.tessera.verifier.oid4vp;

import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.tessera.shared.did.DidDocument;
import org.tessera.shared.did.DidWeb;

/**
 * Who the verifier is to a wallet: the did:web of its public base URL, whose DID document
 * (served at the did:web location) lists the verifier's signing key — the receipt key, one
 * key for all the verifier's own statements (decision 0037). The OpenID4VP client identifier
 * is {@code decentralized_identifier:<did>}; request objects are signed with
 * {@code kid = <did>#<key id>}.
 */
public final class VerifierIdentity {

  public static final String CLIENT_ID_PREFIX = "decentralized_identifier:";
  public static final String REQUEST_OBJECT_TYP = "oauth-authz-req+jwt";

  /** Signs with the verifier's private key ({@code ReceiptKey::sign}), which stays there. */
  @FunctionalInterface
  public interface Signer {
    String sign(String typ, String kid, String payloadJson);
  }

  private final URI baseUrl;
  private final String did;
  private final JWK publicKey;
  private final Signer signer;

  /** @param publicKey the public half of the signer's key, with its key id */
  public VerifierIdentity(URI baseUrl, JWK publicKey, Signer signer) {
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.publicKey = Objects.requireNonNull(publicKey, "publicKey").toPublicJWK();
    this.signer = Objects.requireNonNull(signer, "signer");
    if (publicKey.getKeyID() == null) {
      throw new IllegalArgumentException("the verifier's key needs a kid");
    }
    this.did = DidWeb.fromBaseUrl(baseUrl);
  }

  public String did() {
    return did;
  }

  public String clientId() {
    return CLIENT_ID_PREFIX + did;
  }

  public String kid() {
    return did + "#" + publicKey.getKeyID();
  }

  /** An absolute URL of this verifier for {@code path} (starting with /). */
  public String url(String path) {
    return baseUrl.toString().replaceAll("/+$", "") + path;
  }

  /** The path at which the did:web document must be served (did:web's rule). */
  public String didDocumentPath() {
    String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath().replaceAll("/+$", "");
    return path.isEmpty() ? "/.well-known/did.json" : "/did.json";
  }

  public String didDocumentJson() {
    return DidDocument.forKeys(did, List.of(publicKey)).toJson().toString();
  }

  /** Signs a request object payload ({@code typ: oauth-authz-req+jwt}). */
  String signRequestObject(String payloadJson) {
    return signer.sign(REQUEST_OBJECT_TYP, kid(), payloadJson);
  }
}
