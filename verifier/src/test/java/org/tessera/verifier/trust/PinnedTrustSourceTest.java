package org.tessera.verifier.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tessera.shared.jose.JwkGenerator;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsSigners;
import org.tessera.shared.testkit.MutableClock;
import org.tessera.shared.trust.TrustList;
import org.tessera.shared.trust.TrustListJwt;
import org.tessera.verifier.fetch.PinnedSafeFetcher;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.testkit.Fixture;

class PinnedTrustSourceTest {

  private final Fixture fixture = new Fixture();

  @AfterEach
  void close() {
    fixture.close();
  }

  private PinnedTrustSource source(JWK anchor, Clock clock) {
    return new PinnedTrustSource(new TrustListLocation.File(fixture.trustListFile()),
        anchor.toPublicJWK(), PinnedSafeFetcher.create(true), clock);
  }

  private TrustList withSequence(long sequence) {
    TrustList base = fixture.trustList(List.of());
    return new TrustList(base.id(), sequence, base.issuedAt(), base.nextUpdate(),
        base.operatorName(), base.issuers());
  }

  private void write(TrustList list) {
    fixture.file("trust-list.jwt", TrustListJwt.sign(list, JwsSigners.forKey(fixture.anchorKey),
        JwsAlgorithm.ES256.nimbus(), "anchor-1"));
  }

  @Test
  void current_validList_available() {
    assertThat(source(fixture.anchorKey, fixture.clock).current())
        .isInstanceOf(TrustLookup.Available.class);
  }

  @Test
  void current_otherAnchor_trustListInvalid() {
    JWK other = JwkGenerator.generate(JwsAlgorithm.ES256, "anchor-2");
    assertThat(source(other, fixture.clock).current())
        .isEqualTo(new TrustLookup.Unavailable(ErrorCode.TRUST_LIST_INVALID,
            "the trust list was refused (BAD_SIGNATURE)"));
  }

  @Test
  void current_missingFile_trustListUnavailable() {
    PinnedTrustSource source = new PinnedTrustSource(
        new TrustListLocation.File(fixture.trustListFile().resolveSibling("nope.jwt")),
        fixture.anchorKey, PinnedSafeFetcher.create(true), fixture.clock);
    assertThat(source.current()).extracting(l -> ((TrustLookup.Unavailable) l).code())
        .isEqualTo(ErrorCode.TRUST_LIST_UNAVAILABLE);
  }

  @Test
  void current_olderSequenceAfterNewer_rollbackRefused() {
    MutableClock clock = new MutableClock(Fixture.NOW);
    PinnedTrustSource source = source(fixture.anchorKey, clock);
    write(withSequence(5));
    assertThat(source.current()).isInstanceOf(TrustLookup.Available.class);

    write(withSequence(4));
    clock.advance(PinnedTrustSource.REFRESH.plusSeconds(1));
    assertThat(source.current()).isEqualTo(new TrustLookup.Unavailable(
        ErrorCode.TRUST_LIST_INVALID, "the trust list was refused (ROLLBACK)"));
  }

  @Test
  void current_expiredList_trustListInvalid() {
    Clock late = Clock.fixed(Instant.parse("2037-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(source(fixture.anchorKey, late).current()).isEqualTo(new TrustLookup.Unavailable(
        ErrorCode.TRUST_LIST_INVALID, "the trust list was refused (EXPIRED)"));
  }
}
