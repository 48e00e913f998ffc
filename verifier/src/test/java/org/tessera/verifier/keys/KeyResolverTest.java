package org.tessera.verifier.keys;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tessera.shared.did.DidJwk;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.result.ErrorCode;

class KeyResolverTest {

  /** Not did:web: a pinned key is then used without any document (and without the network). */
  private static final String ISSUER = "did:example:issuer";
  private final KeyResolver resolver = new KeyResolver(new DidWebResolver(
      PinnedSafeFetcher.create(true), true, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));

  private ResolvedKey found(KeyLookup lookup) {
    assertThat(lookup).isInstanceOf(KeyLookup.Found.class);
    return ((KeyLookup.Found) lookup).key();
  }

  @Test
  void resolve_sameKeyTwice_preparedOnceAndReused() {
    JWK pinned = JwkGenerator.generate(JwsAlgorithm.ES256, "key-1").toPublicJWK();
    ResolvedKey first = found(resolver.resolve(ISSUER, Optional.of(ISSUER + "#key-1"),
        JwsAlgorithm.ES256, List.of(pinned)));
    ResolvedKey second = found(resolver.resolve(ISSUER, Optional.of(ISSUER + "#key-1"),
        JwsAlgorithm.ES256, List.of(pinned)));
    assertThat(second.key()).isSameAs(first.key());
    assertThat(first.algorithm()).isEqualTo(JwsAlgorithm.ES256);
    assertThat(resolver.preparedKeys()).isEqualTo(1);
  }

  @Test
  void resolve_privateKeyPinned_onlyPublicPartPreparedAndShared() {
    JWK privateKey = JwkGenerator.generate(JwsAlgorithm.EdDSA, "key-1");
    ResolvedKey fromPrivate = found(resolver.resolve(ISSUER, Optional.of(ISSUER + "#key-1"),
        JwsAlgorithm.EdDSA, List.of(privateKey)));
    ResolvedKey fromPublic = found(resolver.resolve(ISSUER, Optional.of(ISSUER + "#key-1"),
        JwsAlgorithm.EdDSA, List.of(privateKey.toPublicJWK())));
    assertThat(fromPrivate.jwk().isPrivate()).isFalse();
    assertThat(fromPublic.key()).isSameAs(fromPrivate.key());
  }

  @Test
  void resolve_differentKeys_preparedSeparately() {
    JWK a = JwkGenerator.generate(JwsAlgorithm.ES256, "0").toPublicJWK();
    JWK b = JwkGenerator.generate(JwsAlgorithm.ES256, "0").toPublicJWK();
    String didA = DidJwk.encode(a);
    String didB = DidJwk.encode(b);
    ResolvedKey keyA = found(resolver.resolve(didA, Optional.of(didA + "#0"), JwsAlgorithm.ES256,
        List.of()));
    ResolvedKey keyB = found(resolver.resolve(didB, Optional.of(didB + "#0"), JwsAlgorithm.ES256,
        List.of()));
    assertThat(keyA.key()).isNotEqualTo(keyB.key());
    assertThat(resolver.preparedKeys()).isEqualTo(2);
  }

  @Test
  void resolve_headerAlgOtherThanKeys_algNotAllowedAndNothingPrepared() {
    JWK pinned = JwkGenerator.generate(JwsAlgorithm.ES256, "key-1").toPublicJWK();
    KeyLookup lookup = resolver.resolve(ISSUER, Optional.of(ISSUER + "#key-1"),
        JwsAlgorithm.EdDSA, List.of(pinned));
    assertThat(lookup).isEqualTo(new KeyLookup.Refused(ErrorCode.ALG_NOT_ALLOWED));
    assertThat(resolver.preparedKeys()).isZero();
  }
}
