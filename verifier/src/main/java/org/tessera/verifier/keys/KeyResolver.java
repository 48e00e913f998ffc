package org.tessera.verifier.keys;

import com.nimbusds.jose.jwk.JWK;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.cache.LruCache;
import org.tessera.shared.did.DidDocument;
import org.tessera.shared.did.DidJwk;
import org.tessera.shared.did.DidKey;
import org.tessera.shared.did.VerificationMethod;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.VerificationKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * Finds the public key a credential's {@code kid} names. The kid must be a DID URL of the
 * credential's issuer; keys pinned for that issuer in the trust list win over the key material
 * DID resolution finds, yet a did:web key, pinned or not, must be listed under
 * {@code assertionMethod} and honours its {@code revoked}; the key's type decides the
 * algorithm and the header's {@code alg} must equal it. Keys are prepared for verification once
 * and kept (bounded) by their JWK: preparing an EC key is half the cost of an ES256 check.
 */
public final class KeyResolver {

  /** Distinct keys kept prepared; a few per issuer. */
  static final int MAX_PREPARED_KEYS = 256;

  private final DidWebResolver didWeb;
  private final LruCache<JWK, VerificationKey> prepared = new LruCache<>(MAX_PREPARED_KEYS);

  public KeyResolver(DidWebResolver didWeb) {
    this.didWeb = Objects.requireNonNull(didWeb, "didWeb");
  }

  /**
   * @param issuerId the credential's issuer (not yet authenticated: it only selects keys)
   * @param kid the header {@code kid}
   * @param headerAlg the header {@code alg}, already on the allow-list
   * @param pinnedKeys keys the trust list pins for this issuer (empty: resolve the DID)
   */
  public KeyLookup resolve(String issuerId, Optional<String> kid, JwsAlgorithm headerAlg,
      List<JWK> pinnedKeys) {
    return resolve(issuerId, kid, headerAlg, pinnedKeys, Purpose.ASSERTION);
  }

  /**
   * The key a presentation's {@code kid} names: a DID URL of the holder's DID (did:key, did:jwk,
   * or did:web, where it must be listed under {@code authentication}). Nothing is pinned for
   * holders; the header's {@code alg} must equal the key's, as for issuers.
   *
   * @param holderDid the holder the presentation names (not yet authenticated)
   */
  public KeyLookup resolveHolder(String holderDid, Optional<String> kid, JwsAlgorithm headerAlg) {
    return resolve(holderDid, kid, headerAlg, List.of(), Purpose.AUTHENTICATION);
  }

  /** The verification relationship a did:web key must be listed under. */
  private enum Purpose { ASSERTION, AUTHENTICATION }

  private KeyLookup resolve(String issuerId, Optional<String> kid, JwsAlgorithm headerAlg,
      List<JWK> pinnedKeys, Purpose purpose) {
    if (kid.isEmpty() || kid.get().isBlank()) {
      return new KeyLookup.Refused(ErrorCode.KID_MISSING);
    }
    String keyId = kid.get();
    int hash = keyId.indexOf('#');
    if (hash <= 0 || hash == keyId.length() - 1 || !keyId.substring(0, hash).equals(issuerId)) {
      return new KeyLookup.Refused(ErrorCode.KID_ISSUER_MISMATCH);
    }
    String did = keyId.substring(0, hash);
    String fragment = keyId.substring(hash + 1);
    if (!pinnedKeys.isEmpty()) {
      Optional<JWK> pinned = pinnedKeys.stream()
          .filter(k -> keyId.equals(k.getKeyID()) || fragment.equals(k.getKeyID()))
          .findFirst();
      if (pinned.isEmpty()) {
        return new KeyLookup.Refused(ErrorCode.KEY_NOT_FOUND);
      }
      return did.startsWith("did:web:") ? fromDidWeb(did, keyId, headerAlg, purpose, pinned)
          : withAlgorithm(keyId, pinned.get(), headerAlg, ResolvedKey.Source.TRUST_LIST_PIN);
    }
    if (did.startsWith("did:web:")) {
      return fromDidWeb(did, keyId, headerAlg, purpose, Optional.empty());
    }
    if (did.startsWith("did:jwk:")) {
      return fromSelfCertifying(DidJwk.decode(did), fragment.equals("0"), keyId, headerAlg,
          ResolvedKey.Source.DID_JWK);
    }
    if (did.startsWith("did:key:")) {
      boolean fragmentOk = fragment.equals(did.substring("did:key:".length()));
      return fromSelfCertifying(DidKey.decode(did), fragmentOk, keyId, headerAlg,
          ResolvedKey.Source.DID_KEY);
    }
    return new KeyLookup.Refused(ErrorCode.DID_RESOLUTION_FAILED);
  }

  /**
   * The key {@code kid} of a did:web issuer, as its DID document lists it under
   * {@code assertionMethod}. For a presentation, the holder's key is looked up under
   * {@code authentication} instead. A key pinned by the trust list keeps the pinned material, but the
   * document still speaks for the issuer in the one direction that cannot forge anything: a key
   * it no longer lists, or marks {@code revoked}, is withdrawn or compromised; a document that
   * cannot be read may be hiding exactly that, so it fails closed (decision 0031).
   */
  private KeyLookup fromDidWeb(String did, String kid, JwsAlgorithm headerAlg, Purpose purpose,
      Optional<JWK> pinned) {
    DidWebResolver.Result result = didWeb.resolve(did);
    if (result instanceof DidWebResolver.Result.Refused refused) {
      return new KeyLookup.Refused(refused.code());
    }
    DidDocument document = ((DidWebResolver.Result.Resolved) result).document();
    Optional<VerificationMethod> method = purpose == Purpose.ASSERTION
        ? document.assertionMethodFor(kid) : document.authenticationMethodFor(kid);
    if (method.isEmpty()) {
      return new KeyLookup.Refused(ErrorCode.KEY_NOT_FOUND);
    }
    return withAlgorithm(kid, pinned.orElse(method.get().publicJwk()), headerAlg,
        pinned.isPresent() ? ResolvedKey.Source.TRUST_LIST_PIN : ResolvedKey.Source.DID_WEB,
        method.get().revoked());
  }

  private KeyLookup fromSelfCertifying(Optional<JWK> key, boolean fragmentOk, String kid,
      JwsAlgorithm headerAlg, ResolvedKey.Source source) {
    if (key.isEmpty()) {
      return new KeyLookup.Refused(ErrorCode.DID_RESOLUTION_FAILED);
    }
    if (!fragmentOk) {
      return new KeyLookup.Refused(ErrorCode.KEY_NOT_FOUND);
    }
    return withAlgorithm(kid, key.get(), headerAlg, source);
  }

  private KeyLookup withAlgorithm(String kid, JWK key, JwsAlgorithm headerAlg,
      ResolvedKey.Source source) {
    return withAlgorithm(kid, key, headerAlg, source, Optional.empty());
  }

  private KeyLookup withAlgorithm(String kid, JWK key, JwsAlgorithm headerAlg,
      ResolvedKey.Source source, Optional<Instant> revokedSince) {
    JwsAlgorithm keyAlg;
    try {
      keyAlg = JwsAlgorithm.forKey(key);
    } catch (IllegalArgumentException e) {
      return new KeyLookup.Refused(ErrorCode.ALG_NOT_ALLOWED);
    }
    if (keyAlg != headerAlg) {
      return new KeyLookup.Refused(ErrorCode.ALG_NOT_ALLOWED);
    }
    Optional<VerificationKey> usable = prepared.get(key.toPublicJWK(), VerificationKey::of);
    if (usable.isEmpty()) {
      // A malformed public key verifies nothing: the same verdict as before keys were prepared.
      return new KeyLookup.Refused(ErrorCode.SIGNATURE_INVALID);
    }
    return new KeyLookup.Found(new ResolvedKey(kid, usable.get(), source, revokedSince));
  }

  /** How many prepared keys are kept; for tests. */
  int preparedKeys() {
    return prepared.size();
  }
}
