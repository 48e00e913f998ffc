package org.tessera.benchmarks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.jwk.JWK;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.UUID;
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
   * {@code count} credentials as many learners get them: each with its own credential id, subject
   * id, learner name and status-list index (a clear bit of {@link #encodedStatusList} of the
   * minimum size), signed as OB 3.0 JWTs. What real traffic looks like: no two share an id.
   */
  static List<String> distinctSignedCredentials(JWK privateKey, int count) {
    BitstringStatusList list = BitstringStatusList.decode(
        encodedStatusList(BitstringStatusList.MIN_SIZE), BitstringStatusList.MIN_BYTES);
    JWSSigner signer = JwsSigners.forKey(privateKey);
    JwsAlgorithm alg = JwsAlgorithm.forKey(privateKey);
    String kid = SampleCredentials.ISSUER_ID + "#" + privateKey.getKeyID();
    List<String> jwts = new ArrayList<>(count);
    for (int index = 0; jwts.size() < count; index++) {
      if (index == SampleCredentials.STATUS_INDEX || list.get(index)) {
        continue;
      }
      int n = jwts.size();
      ObjectNode credential = credential();
      credential.put("id", "urn:uuid:" + new UUID(0x7e55e7a000004000L, 0x8000000000000000L | n));
      ObjectNode subject = (ObjectNode) credential.get("credentialSubject");
      subject.put("id", "urn:uuid:" + new UUID(0x1ea7e7a000004000L, 0x8000000000000000L | n));
      if (subject.has("name")) {
        subject.put("name", "Learner " + n);
      }
      String statusIndex = Integer.toString(index);
      credential.get("credentialStatus").findParents("statusListIndex")
          .forEach(entry -> ((ObjectNode) entry).put("statusListIndex", statusIndex));
      jwts.add(CredentialJwt.sign(credential, signer, alg, kid));
    }
    return jwts;
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
