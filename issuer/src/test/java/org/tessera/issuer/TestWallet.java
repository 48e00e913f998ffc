package org.tessera.issuer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import org.tessera.shared.did.DidJwk;
import org.tessera.shared.did.DidKey;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;

/** A wallet key and its DID, signing OpenID4VCI key proofs as a real wallet would. */
final class TestWallet {

  enum Binding { DID_JWK, DID_KEY, JWK }

  final JWK key;
  final JwsAlgorithm alg;
  final Binding binding;
  final String did;
  final String kid;

  private TestWallet(JwsAlgorithm alg, Binding binding) {
    this.alg = alg;
    this.binding = binding;
    this.key = JwkGenerator.generate(alg, "wallet");
    JWK pub = key.toPublicJWK();
    this.did = binding == Binding.DID_KEY ? DidKey.encode(pub) : DidJwk.encode(pub);
    this.kid = binding == Binding.DID_KEY ? did + "#" + did.substring("did:key:".length())
        : did + "#0";
  }

  static TestWallet didJwk() {
    return new TestWallet(JwsAlgorithm.ES256, Binding.DID_JWK);
  }

  static TestWallet didKey() {
    return new TestWallet(JwsAlgorithm.EdDSA, Binding.DID_KEY);
  }

  static TestWallet bareJwk() {
    return new TestWallet(JwsAlgorithm.ES256, Binding.JWK);
  }

  String proof(String aud, String nonce, Instant iat) {
    return proofSignedBy(key, aud, nonce, iat);
  }

  /** A proof naming this wallet's key but signed by {@code signer}. */
  String proofSignedBy(JWK signer, String aud, String nonce, Instant iat) {
    JWSHeader.Builder header = new JWSHeader.Builder(alg.nimbus())
        .type(new JOSEObjectType("openid4vci-proof+jwt"));
    if (binding == Binding.JWK) {
      header.jwk(key.toPublicJWK());
    } else {
      header.keyID(kid);
    }
    JWTClaimsSet claims = new JWTClaimsSet.Builder().audience(aud).issueTime(Date.from(iat))
        .claim("nonce", nonce).build();
    SignedJWT jwt = new SignedJWT(header.build(), claims);
    try {
      jwt.sign(JwsSigners.forKey(signer));
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
    return jwt.serialize();
  }
}
