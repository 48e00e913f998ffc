package org.tessera.verifier.presentation;

import java.util.Objects;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.verifier.keys.KeyLookup;
import org.tessera.verifier.keys.KeyResolver;
import org.tessera.verifier.keys.ResolvedKey;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;

/**
 * Checks {@code vp.key} and {@code vp.signature}: the {@code kid} must be a DID URL of the holder
 * the presentation names, its key comes from that DID (did:key, did:jwk, or a did:web
 * {@code authentication} method fetched under the network rules), never from the token; a key
 * its controller declared compromised proves nothing, whatever the date (a presentation is made
 * now). The signature must verify with that key and its one algorithm.
 */
final class HolderAuthentication {

  static final String KEY_ID = "vp.key";
  static final String SIGNATURE_ID = "vp.signature";

  private final KeyResolver keys;

  HolderAuthentication(KeyResolver keys) {
    this.keys = Objects.requireNonNull(keys, "keys");
  }

  Step<ResolvedKey> key(ParsedPresentation vp, JwsAlgorithm headerAlg) {
    KeyLookup lookup = keys.resolveHolder(vp.holder(), vp.kid(), headerAlg);
    if (lookup instanceof KeyLookup.Refused refused) {
      return Step.failed(KEY_ID, holderCode(refused.code()));
    }
    ResolvedKey key = ((KeyLookup.Found) lookup).key();
    if (key.revokedSince().isPresent()) {
      return Step.failed(KEY_ID, ErrorCode.HOLDER_KEY_NOT_FOUND);
    }
    return Step.passed(KEY_ID, DetailKey.VP_KEY_OK.with(didMethod(vp.holder())), key);
  }

  Step<ResolvedKey> signature(ParsedPresentation vp, ResolvedKey key) {
    if (!JwsVerifiers.verify(vp.jws(), key.key())) {
      return Step.failed(SIGNATURE_ID, ErrorCode.PRESENTATION_SIGNATURE_INVALID);
    }
    return Step.passed(SIGNATURE_ID, DetailKey.VP_SIGNATURE_OK.with(key.kid()), key);
  }

  /** {@code did:key}, {@code did:jwk} or {@code did:web}: what the report names as the source. */
  private static String didMethod(String did) {
    int end = did.indexOf(':', "did:".length());
    return end > 0 ? did.substring(0, end) : did;
  }

  /**
   * The resolver speaks of issuers; for a holder the address rules and the algorithm keep their
   * codes, everything else means "no usable key of this holder".
   */
  private static ErrorCode holderCode(ErrorCode code) {
    return switch (code) {
      case FETCH_BLOCKED, ALG_NOT_ALLOWED -> code;
      default -> ErrorCode.HOLDER_KEY_NOT_FOUND;
    };
  }
}
