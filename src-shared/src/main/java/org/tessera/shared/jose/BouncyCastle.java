package org.tessera.shared.jose;

import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;

/**
 * BouncyCastle objects shared by the JOSE helpers, all immutable. Tessera uses BouncyCastle's
 * lightweight API only, never its JCA provider: building that provider costs tens of milliseconds
 * (a CLI's cold start) and loads every algorithm BouncyCastle has.
 */
final class BouncyCastle {

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
