package org.tessera.shared.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.util.Base64URL;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.Ed25519Signer;

/**
 * Verifies a JWS signature with a key the caller chose. The algorithm is derived from the key and
 * must equal both {@code expected} and the header's {@code alg}; the header never picks the
 * algorithm. Bad signatures, mismatches and malformed input return {@code false}, never throw.
 */
public final class JwsVerifiers {

  private static final int ES256_SIGNATURE_BYTES = 2 * BouncyCastle.P256_FIELD_BYTES;
  private static final int ED25519_SIGNATURE_BYTES = Ed25519PublicKeyParameters.KEY_SIZE * 2;

  private JwsVerifiers() {}

  /**
   * True only when {@code jws} carries a valid {@code expected}-algorithm signature by
   * {@code publicKey}. A private key is accepted, but only its public part is used. Decodes the
   * key on every call: callers verifying many tokens with one key should keep a
   * {@link VerificationKey} and use {@link #verify(JWSObject, VerificationKey)}.
   */
  public static boolean verify(JWSObject jws, JWK publicKey, JwsAlgorithm expected) {
    if (jws == null || expected == null) {
      return false;
    }
    return VerificationKey.of(publicKey)
        .filter(key -> key.algorithm() == expected)
        .map(key -> verify(jws, key))
        .orElse(false);
  }

  /**
   * True only when {@code jws} carries a valid signature by {@code key}, made with the one
   * algorithm the key allows; the header {@code alg} must name that algorithm.
   */
  public static boolean verify(JWSObject jws, VerificationKey key) {
    if (jws == null || key == null || jws.getSignature() == null) {
      return false;
    }
    JWSHeader header = jws.getHeader();
    if (!key.algorithm().nimbus().equals(header.getAlgorithm())) {
      return false;
    }
    // We understand no critical extensions; "b64":false (RFC 7797) would change the signing input.
    if (header.getCriticalParams() != null || header.getIncludedParams().contains("b64")) {
      return false;
    }
    byte[] signingInput = jws.getSigningInput();
    byte[] signature = jws.getSignature().decode();
    try {
      switch (key.algorithm()) {
        case ES256:
          return verifyEs256(key.ecParameters(), signingInput, signature);
        case EdDSA:
          return verifyEd25519(key.ed25519Parameters(), signingInput, signature);
        case RS256:
          return new RSASSAVerifier(key.rsaPublicKey())
              .verify(header, signingInput, Base64URL.encode(signature));
        default:
          return false;
      }
    } catch (JOSEException | RuntimeException e) {
      // Malformed signatures are a failed verification, not an error.
      return false;
    }
  }

  /**
   * A compact JWS in its one canonical encoding: an ES256 signature in the low-S form
   * ({@link EcdsaSignatures}); RS256 (PKCS #1 v1.5) and Ed25519 (BouncyCastle refuses S ≥ L) have
   * only one. {@link #verify} accepts both ECDSA twins, as other issuers sign either; hash this
   * where a token's hash is its identity (receipt fingerprints). Text that is not a compact JWS
   * is returned as it is. Says nothing about validity.
   */
  public static String canonicalCompact(String compact) {
    JWSObject jws;
    try {
      jws = JWSObject.parse(compact);
    } catch (java.text.ParseException e) {
      return compact;
    }
    Base64URL[] parts = jws.getParsedParts();
    if (!JwsAlgorithm.ES256.nimbus().equals(jws.getHeader().getAlgorithm())
        || EcdsaSignatures.isLowS(parts[2].decode())) {
      return compact;
    }
    return parts[0] + "." + parts[1] + "."
        + Base64URL.encode(EcdsaSignatures.toLowS(parts[2].decode()));
  }

  /** ES256 signatures are raw R||S of 64 bytes (RFC 7518 §3.4); DER or other lengths fail. */
  private static boolean verifyEs256(ECPublicKeyParameters publicKey, byte[] signingInput,
      byte[] signature) {
    if (signature.length != ES256_SIGNATURE_BYTES) {
      return false;
    }
    BigInteger r = new BigInteger(1, Arrays.copyOfRange(signature, 0, ES256_SIGNATURE_BYTES / 2));
    BigInteger s = new BigInteger(1,
        Arrays.copyOfRange(signature, ES256_SIGNATURE_BYTES / 2, ES256_SIGNATURE_BYTES));
    ECDSASigner verifier = new ECDSASigner();
    verifier.init(false, publicKey);
    // verifySignature itself rejects r or s outside [1, n-1].
    return verifier.verifySignature(sha256(signingInput), r, s);
  }

  private static boolean verifyEd25519(Ed25519PublicKeyParameters publicKey, byte[] signingInput,
      byte[] signature) {
    if (signature.length != ED25519_SIGNATURE_BYTES) {
      return false;
    }
    Ed25519Signer verifier = new Ed25519Signer();
    verifier.init(false, publicKey);
    verifier.update(signingInput, 0, signingInput.length);
    return verifier.verifySignature(signature);
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
