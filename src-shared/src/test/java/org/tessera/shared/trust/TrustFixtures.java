package org.tessera.shared.trust;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A small, realistic trust list shared by the trust tests. */
final class TrustFixtures {

  static final Instant ISSUED = Instant.parse("2026-01-01T00:00:00Z");
  static final Instant NEXT_UPDATE = Instant.parse("2026-02-01T00:00:00Z");

  private TrustFixtures() {}

  static AccreditationScope cmfScope() {
    return new AccreditationScope(List.of("EU-CMF"), 5, 8, List.of("OpenBadgeCredential"),
        Optional.of(Instant.parse("2028-12-31T23:59:59Z")));
  }

  static TrustedIssuer university(List<Map<String, Object>> pinnedKeys) {
    return new TrustedIssuer("did:web:uni.example", "Example University", "NL",
        List.of(new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-01-01T00:00:00Z")),
            new StatusPeriod(TrustStatus.SUSPENDED, Instant.parse("2025-06-01T00:00:00Z")),
            new StatusPeriod(TrustStatus.GRANTED, Instant.parse("2025-07-01T00:00:00Z"))),
        pinnedKeys, cmfScope());
  }

  static TrustList list(long sequenceNumber) {
    return new TrustList(Optional.of("https://trust.example/cmf"), sequenceNumber, ISSUED,
        NEXT_UPDATE, "Example CMF Consortium", List.of(university(List.of())));
  }
}
