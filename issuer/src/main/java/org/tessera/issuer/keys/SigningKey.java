package org.tessera.issuer.keys;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import java.util.Objects;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.json.Json;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;

/**
 * The only holder of an issuer private key. It signs credentials as OB 3.0 JWTs with a
 * {@code kid} that is a DID URL of the issuer, publishes only its public part, and never prints
 * its secret.
 */
public final class SigningKey {

  private final String keyId;
  private final String kid;
  private final JwsAlgorithm algorithm;
  private final JWK publicJwk;
  private final JWSSigner signer;

  /**
   * A key whose signatures come from {@code signer} (for example a hardware module, or a test
   * double); {@code publicJwk} is what verifiers get.
   */
  public SigningKey(String issuerDid, JWK publicJwk, JwsAlgorithm algorithm, JWSSigner signer) {
    Objects.requireNonNull(issuerDid, "issuerDid");
    Objects.requireNonNull(publicJwk, "publicJwk");
    if (publicJwk.isPrivate() || !KeyFiles.isValidKid(publicJwk.getKeyID())) {
      throw new IllegalArgumentException("publicJwk must be public and carry a valid kid");
    }
    this.keyId = publicJwk.getKeyID();
    this.kid = issuerDid + "#" + keyId;
    this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
    this.publicJwk = publicJwk;
    this.signer = Objects.requireNonNull(signer, "signer");
  }

  /** A key backed by a private JWK; the signer comes from {@link JwsSigners}. */
  public static SigningKey fromPrivateJwk(String issuerDid, JWK privateJwk,
      JwsAlgorithm algorithm) {
    return new SigningKey(issuerDid, privateJwk.toPublicJWK(), algorithm,
        JwsSigners.forKey(privateJwk));
  }

  /** Signs {@code credential} as an OB 3.0 JWT (the credential is the payload). */
  public String sign(ObjectNode credential) {
    return CredentialJwt.sign(credential, signer, algorithm, kid);
  }

  /**
   * Signs {@code claims} as a JWT of media type {@code typ} (e.g. {@code dc+sd-jwt},
   * {@code statuslist+jwt}) with header {@code alg}, {@code typ} and {@code kid} (the DID URL,
   * as in the JWKS and the {@code jwt-vc-issuer} metadata).
   */
  public String signTyped(ObjectNode claims, String typ) {
    JWSHeader header = new JWSHeader.Builder(algorithm.nimbus()).keyID(kid)
        .type(new JOSEObjectType(typ)).build();
    JWSObject jws = new JWSObject(header, new Payload(Json.write(claims)));
    try {
      jws.sign(signer);
    } catch (JOSEException e) {
      throw new IllegalStateException("signing key cannot sign " + algorithm.headerName(), e);
    }
    return jws.serialize();
  }

  /** The key id fragment, e.g. {@code es256-1}. */
  public String keyId() {
    return keyId;
  }

  /** The JWT header {@code kid}: {@code <issuer DID>#<key id>}. */
  public String kid() {
    return kid;
  }

  public JwsAlgorithm algorithm() {
    return algorithm;
  }

  /** The public key, with the key id fragment as its {@code kid}. */
  public JWK publicJwk() {
    return publicJwk;
  }

  @Override
  public String toString() {
    return "SigningKey[kid=" + kid + ", alg=" + algorithm + ", private part redacted]";
  }
}
