package org.tessera.verifier.checks;

import com.nimbusds.jose.jwk.JWK;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.verifier.keys.KeyLookup;
import org.tessera.verifier.keys.KeyResolver;
import org.tessera.verifier.keys.ResolvedKey;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;

/**
 * Check 3, key resolution: the {@code kid} must be a DID URL of the credential's issuer; the key
 * comes from the trust list's pins or from the issuer's DID, never from the token.
 */
public final class KeyResolutionCheck {

  public static final String ID = "key";

  private final KeyResolver resolver;

  public KeyResolutionCheck(KeyResolver resolver) {
    this.resolver = Objects.requireNonNull(resolver, "resolver");
  }

  /** @param pinnedKeys keys the trust list pins for the issuer the credential names */
  public Step<ResolvedKey> run(ParsedCredentialJwt jwt, JwsAlgorithm headerAlg,
      List<JWK> pinnedKeys) {
    Optional<String> issuer = CredentialFields.issuerId(jwt.credential());
    if (jwt.kid().isEmpty()) {
      return Step.failed(ID, ErrorCode.KID_MISSING);
    }
    if (issuer.isEmpty()) {
      return Step.failed(ID, ErrorCode.KID_ISSUER_MISMATCH);
    }
    KeyLookup lookup = resolver.resolve(issuer.get(), jwt.kid(), headerAlg, pinnedKeys);
    if (lookup instanceof KeyLookup.Refused refused) {
      return Step.failed(ID, refused.code());
    }
    ResolvedKey key = ((KeyLookup.Found) lookup).key();
    if (key.revokedSince().isPresent()) {
      Optional<Instant> signed = CredentialFields.signingDate(jwt);
      if (signed.isEmpty() || !signed.get().isBefore(key.revokedSince().get())) {
        return Step.failed(ID, ErrorCode.KEY_COMPROMISED);
      }
      return Step.passed(ID, found(key.source(), true).with(
          key.revokedSince().get().toString()), key);
    }
    return Step.passed(ID, found(key.source(), false).with(), key);
  }

  /** @param compromisedLater the issuer declared the key compromised after this credential */
  public static DetailKey found(ResolvedKey.Source source, boolean compromisedLater) {
    return switch (source) {
      case TRUST_LIST_PIN -> compromisedLater
          ? DetailKey.KEY_PINNED_COMPROMISED_LATER : DetailKey.KEY_PINNED;
      case DID_WEB -> compromisedLater
          ? DetailKey.KEY_DID_WEB_COMPROMISED_LATER : DetailKey.KEY_DID_WEB;
      case DID_JWK -> compromisedLater
          ? DetailKey.KEY_DID_JWK_COMPROMISED_LATER : DetailKey.KEY_DID_JWK;
      case DID_KEY -> compromisedLater
          ? DetailKey.KEY_DID_KEY_COMPROMISED_LATER : DetailKey.KEY_DID_KEY;
    };
  }
}
