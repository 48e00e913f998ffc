package org.tessera.issuer.claim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.tessera.shared.json.Json;

/**
 * Seals the current offer of a claim link with AES-256-GCM under a key derived from the claim
 * token (HMAC-SHA256 of the token, a different value from the stored SHA-256 hash). The
 * database holds only the sealed form, so it cannot be used to take the credential into a
 * stranger's wallet; whoever holds the claim link can open it.
 */
final class OfferSeal {

  private static final byte[] LABEL = "tessera claim offer v1".getBytes(StandardCharsets.US_ASCII);
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;

  private final SecureRandom random;

  OfferSeal(SecureRandom random) {
    this.random = random;
  }

  String seal(String token, String tokenHash, OfferLink offer) {
    ObjectNode json = Json.object().put("credentialOffer", offer.credentialOffer())
        .put("expiresAt", offer.expiresAt().toEpochMilli());
    offer.txCode().ifPresent(code -> json.put("txCode", code));
    byte[] nonce = new byte[NONCE_BYTES];
    random.nextBytes(nonce);
    try {
      Cipher cipher = cipher(Cipher.ENCRYPT_MODE, token, tokenHash, nonce);
      byte[] sealed = cipher.doFinal(Json.write(json).getBytes(StandardCharsets.UTF_8));
      Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
      return b64.encodeToString(nonce) + "." + b64.encodeToString(sealed);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM sealing failed", e);
    }
  }

  /** The offer, or empty when the sealed text does not open with this token. */
  Optional<OfferLink> open(String token, String tokenHash, String sealed) {
    int dot = sealed.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    try {
      Base64.Decoder b64 = Base64.getUrlDecoder();
      byte[] nonce = b64.decode(sealed.substring(0, dot));
      Cipher cipher = cipher(Cipher.DECRYPT_MODE, token, tokenHash, nonce);
      String json = new String(cipher.doFinal(b64.decode(sealed.substring(dot + 1))),
          StandardCharsets.UTF_8);
      return Json.parseUntrustedObject(json).map(o -> new OfferLink(
          o.path("credentialOffer").asText(),
          Optional.ofNullable(o.get("txCode")).map(n -> n.asText()),
          Instant.ofEpochMilli(o.path("expiresAt").asLong())));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Cipher cipher(int mode, String token, String tokenHash, byte[] nonce)
      throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(token.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
    byte[] key = mac.doFinal(LABEL);
    Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
    // Bind the sealed offer to its row: it cannot be moved to another claim link.
    cipher.updateAAD(tokenHash.getBytes(StandardCharsets.US_ASCII));
    return cipher;
  }
}
