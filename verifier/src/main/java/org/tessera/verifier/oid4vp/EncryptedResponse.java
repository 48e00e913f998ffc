package org.tessera.verifier.oid4vp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.crypto.ECDHDecrypter;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.text.ParseException;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.json.Json;

/**
 * {@code direct_post.jwt} (OpenID4VP §8.3): a fresh P-256 key per transaction, announced in
 * the request's {@code client_metadata.jwks}; the answer is one JWE, {@code ECDH-ES} with
 * {@code A128GCM} or {@code A256GCM}, whose payload is the JSON of the response parameters.
 * Nothing else is accepted (no key wrapping, no other curves, no compression).
 */
final class EncryptedResponse {

  static final Set<EncryptionMethod> ENCS = Set.of(EncryptionMethod.A128GCM,
      EncryptionMethod.A256GCM);

  private EncryptedResponse() {}

  /** A new private key for transaction {@code id} (its kid). */
  static ECKey newKey(String id) {
    try {
      return new ECKeyGenerator(Curve.P_256).keyID(id).keyUse(KeyUse.ENCRYPTION)
          .algorithm(JWEAlgorithm.ECDH_ES).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("P-256 key generation is always available", e);
    }
  }

  /** The kid of a compact JWE's header, before anything is decrypted; empty if unreadable. */
  static Optional<String> kid(String compact) {
    try {
      return Optional.ofNullable(JWEObject.parse(compact).getHeader().getKeyID());
    } catch (ParseException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The response parameters, or empty when the JWE is not for {@code key} as announced. */
  static Optional<ObjectNode> decrypt(String compact, ECKey key) {
    try {
      JWEObject jwe = JWEObject.parse(compact);
      if (!JWEAlgorithm.ECDH_ES.equals(jwe.getHeader().getAlgorithm())
          || !ENCS.contains(jwe.getHeader().getEncryptionMethod())
          || jwe.getHeader().getCompressionAlgorithm() != null) {
        return Optional.empty();
      }
      jwe.decrypt(new ECDHDecrypter(key));
      return Json.parseUntrustedObject(jwe.getPayload().toString());
    } catch (ParseException | JOSEException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
