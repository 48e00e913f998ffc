package org.tessera.shared.trust;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrustedIssuerTest {

  @Test
  void statusAt_beforeFirstPeriod_empty() {
    assertThat(TrustFixtures.university(List.of()).statusAt(Instant.parse("2024-12-31T23:59:59Z")))
        .isEmpty();
  }

  @Test
  void statusAt_periodBoundaries_statusInForce() {
    TrustedIssuer issuer = TrustFixtures.university(List.of());

    assertThat(issuer.statusAt(Instant.parse("2025-01-01T00:00:00Z"))).contains(TrustStatus.GRANTED);
    assertThat(issuer.statusAt(Instant.parse("2025-06-01T00:00:00Z")))
        .contains(TrustStatus.SUSPENDED);
    assertThat(issuer.statusAt(Instant.parse("2025-06-30T23:59:59Z")))
        .contains(TrustStatus.SUSPENDED);
    assertThat(issuer.statusAt(Instant.parse("2030-01-01T00:00:00Z"))).contains(TrustStatus.GRANTED);
  }

  @Test
  void constructor_unsortedHistory_sorted() {
    StatusPeriod late = new StatusPeriod(TrustStatus.WITHDRAWN, Instant.parse("2026-01-01T00:00:00Z"));
    StatusPeriod early = new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z"));

    TrustedIssuer issuer = new TrustedIssuer("did:web:a.example", "A", "DE", List.of(late, early),
        List.of(), TrustFixtures.cmfScope());

    assertThat(issuer.statusHistory()).containsExactly(early, late);
    assertThat(issuer.statusAt(Instant.parse("2026-06-01T00:00:00Z")))
        .contains(TrustStatus.WITHDRAWN);
  }

  @Test
  void constructor_duplicateStartTime_throws() {
    Instant at = Instant.parse("2025-01-01T00:00:00Z");

    assertThatThrownBy(() -> new TrustedIssuer("did:web:a.example", "A", "DE",
        List.of(new StatusPeriod(TrustStatus.GRANTED, at), new StatusPeriod(TrustStatus.WITHDRAWN, at)),
        List.of(), TrustFixtures.cmfScope()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void constructor_emptyHistoryOrBadCountry_throws() {
    assertThatThrownBy(() -> new TrustedIssuer("did:web:a.example", "A", "DE", List.of(),
        List.of(), TrustFixtures.cmfScope())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrustedIssuer("did:web:a.example", "A", "deu",
        TrustFixtures.university(List.of()).statusHistory(), List.of(), TrustFixtures.cmfScope()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void pinnedKeys_publicJwk_parsedBack() throws Exception {
    ECKey key = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();

    TrustedIssuer issuer = TrustFixtures.university(List.of(key.toPublicJWK().toJSONObject()));

    assertThat(issuer.pinnedKeys()).containsExactly(key.toPublicJWK());
  }

  @Test
  void constructor_privatePinnedKey_throws() throws Exception {
    ECKey key = new ECKeyGenerator(Curve.P_256).generate();

    assertThatThrownBy(() -> TrustFixtures.university(List.of(key.toJSONObject())))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accreditationScope_invalidEqfRange_throws() {
    assertThatThrownBy(() -> new AccreditationScope(List.of("EU-CMF"), 6, 5, List.of(),
        Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AccreditationScope(List.of("EU-CMF"), 0, 5, List.of(),
        Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new AccreditationScope(List.of("EU-CMF"), 5, 9, List.of(),
        Optional.empty())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void trustList_duplicateIssuerOrBadTimes_throws() {
    TrustedIssuer issuer = TrustFixtures.university(List.of());

    assertThatThrownBy(() -> new TrustList(Optional.empty(), 1, TrustFixtures.ISSUED,
        TrustFixtures.NEXT_UPDATE, "Op", List.of(issuer, issuer)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrustList(Optional.empty(), 1, TrustFixtures.NEXT_UPDATE,
        TrustFixtures.ISSUED, "Op", List.of(issuer)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TrustList(Optional.empty(), -1, TrustFixtures.ISSUED,
        TrustFixtures.NEXT_UPDATE, "Op", List.of(issuer)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void trustList_issuerLookup_findsById() {
    TrustList list = TrustFixtures.list(3);

    assertThat(list.issuer("did:web:uni.example")).map(TrustedIssuer::displayName)
        .contains("Example University");
    assertThat(list.issuer("did:web:unknown.example")).isEmpty();
  }
}
