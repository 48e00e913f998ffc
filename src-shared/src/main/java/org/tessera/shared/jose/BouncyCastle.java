package org.tessera.shared.jose;

import java.security.Provider;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

/**
 * BouncyCastle objects shared by the JOSE helpers. All are immutable; the provider is handed to
 * nimbus per signer and never registered globally, so other code's JCA choices are unaffected.
 */
final class BouncyCastle {

  /** One provider instance: building one costs tens of milliseconds. */
  static final Provider PROVIDER = new BouncyCastleProvider();

  /** P-256 with BouncyCastle's optimised field arithmetic. */
  static final ECDomainParameters P256 = p256();

  /** Byte length of a P-256 field element and of half an ES256 signature. */
  static final int P256_FIELD_BYTES = 32;

  private BouncyCastle() {}

  private static ECDomainParameters p256() {
    X9ECParameters params = CustomNamedCurves.getByName("secp256r1");
    return new ECDomainParameters(params.getCurve(), params.getG(), params.getN(), params.getH());
  }
}
