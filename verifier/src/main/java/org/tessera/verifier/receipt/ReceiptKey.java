package org.tessera.verifier.receipt;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.List;
import java.util.Objects;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.jose.Jwks;

/**
 * The verifier's own receipt-signing key: a private JWK file ({@code VERIFIER_RECEIPT_KEY}) or,
 * in development, an ephemeral ES256 key that changes on every start (pages say so). Holds the
 * private key; exposes only {@link #sign} and the public JWKS; {@code toString} is redacted.
 */
public final class ReceiptKey {

  /** The {@code typ} of a receipt JWT. */
  public static final String TYP = "verification-receipt+jwt";

  private final JWK privateKey;
  private final JwsAlgorithm alg;
  private final boolean ephemeral;

  private ReceiptKey(JWK privateKey, boolean ephemeral) {
    if (!privateKey.isPrivate() || privateKey.getKeyID() == null) {
      throw new IllegalArgumentException("the receipt key must be a private JWK with a kid");
    }
    this.privateKey = privateKey;
    this.alg = JwsAlgorithm.forKey(privateKey);
    this.ephemeral = ephemeral;
  }

  /** @throws IllegalArgumentException when the file is unreadable or not a private JWK */
  public static ReceiptKey fromFile(Path file) {
    try {
      return new ReceiptKey(JWK.parse(Files.readString(file, StandardCharsets.UTF_8)), false);
    } catch (IOException | ParseException e) {
      throw new IllegalArgumentException("cannot read the receipt key " + file, e);
    }
  }

  /** A fresh development key (ES256). */
  public static ReceiptKey ephemeral() {
    return new ReceiptKey(JwkGenerator.generate(JwsAlgorithm.ES256,
        "receipt-dev-" + Long.toHexString(System.nanoTime())), true);
  }

  public boolean isEphemeral() {
    return ephemeral;
  }

  public String keyId() {
    return privateKey.getKeyID();
  }

  /** {@code {"keys": [public JWK]}} for {@code /.well-known/jwks.json}. */
  public String jwksJson() {
    return Jwks.toJson(List.of(privateKey.toPublicJWK()));
  }

  /** The public half, e.g. for the verifier's DID document. */
  public JWK publicJwk() {
    return privateKey.toPublicJWK();
  }

  /** Signs {@code payloadJson} with header {@code alg}, {@code kid}, {@code typ}. */
  String sign(String payloadJson) {
    return sign(TYP, keyId(), payloadJson);
  }

  /**
   * Signs {@code payloadJson} as another kind of the verifier's own statements (an OpenID4VP
   * request object): header {@code alg}, {@code kid} (e.g. a DID URL of this key), {@code typ}.
   */
  public String sign(String typ, String kid, String payloadJson) {
    Objects.requireNonNull(payloadJson, "payloadJson");
    JWSObject jws = new JWSObject(new JWSHeader.Builder(alg.nimbus()).keyID(kid)
        .type(new JOSEObjectType(typ)).build(), new Payload(payloadJson));
    try {
      jws.sign(JwsSigners.forKey(privateKey));
    } catch (JOSEException e) {
      throw new IllegalStateException("receipt signing failed", e);
    }
    return jws.serialize();
  }

  @Override
  public String toString() {
    return "ReceiptKey[kid=" + keyId() + ", ephemeral=" + ephemeral + "]";
  }
}
