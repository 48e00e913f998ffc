package org.tessera.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.util.Locale;
import java.util.SplittableRandom;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.model.CredentialJson;
import org.tessera.shared.model.SampleCredentials;
import org.tessera.shared.status.BitstringStatusList;

/** Inputs shared by the benchmarks: the sample credential, keys and signed JWTs, status lists. */
final class Fixtures {

  /** RSA keys are 2048 bits, the size behind DESIGN §11's RS256 figure. */
  static final int RSA_BITS = 2048;

  /** Share of set bits in benchmark status lists: a plausible revocation rate, not all zeros. */
  static final double STATUS_BITS_SET = 0.01;

  private Fixtures() {}

  /** The sample credential as JSON (a fresh tree each call). */
  static ObjectNode credential() {
    return CredentialJson.toJson(SampleCredentials.conformant());
  }

  /** A new key for {@code alg}; its kid is a fragment of the sample issuer's DID document. */
  static JWK key(JwsAlgorithm alg) {
    String kid = "key-" + alg.headerName().toLowerCase(Locale.ROOT);
    return alg == JwsAlgorithm.RS256
        ? JwkGenerator.generateRsa(RSA_BITS, kid)
        : JwkGenerator.generate(alg, kid);
  }

  /** The sample credential signed as an OB 3.0 JWT; header kid = issuer DID + "#" + key id. */
  static String signedCredential(JWK privateKey) {
    JwsAlgorithm alg = JwsAlgorithm.forKey(privateKey);
    return CredentialJwt.sign(credential(), JwsSigners.forKey(privateKey), alg,
        SampleCredentials.ISSUER_ID + "#" + privateKey.getKeyID());
  }

  /**
   * An encoded list of {@code size} entries with about 1% of bits set at fixed pseudo-random
   * places, so GZIP has realistic work (an all-zero list compresses to almost nothing). The
   * sample credential's own index stays clear.
   */
  static String encodedStatusList(int size) {
    SplittableRandom random = new SplittableRandom(20_260_101L);
    BitstringStatusList list = BitstringStatusList.create(size);
    int set = (int) (size * STATUS_BITS_SET);
    for (int i = 0; i < set; i++) {
      int index = random.nextInt(size);
      if (index != SampleCredentials.STATUS_INDEX) {
        list = list.with(index, true);
      }
    }
    return list.encode();
  }
}
