package org.tessera.verifier.trust;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.JWK;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.tessera.shared.trust.TrustList;
import org.tessera.shared.trust.TrustListJwt;
import org.tessera.shared.trust.TrustListResult;
import org.tessera.shared.trust.TrustStatus;
import org.tessera.shared.trust.TrustedIssuer;

/**
 * The shipped demo trust list verifies against the shipped demo anchor and names the demo issuer
 * and its demo institution.
 */
class KeysSampleTest {

  private static final Path KEYS = Path.of("..", "keys-sample");

  @Test
  void demoTrustList_verifiesAgainstDemoAnchor_namesDemoIssuer() throws Exception {
    JWK anchor = JWK.parse(Files.readString(KEYS.resolve("trust-anchor.pub.jwk")));
    String jwt = Files.readString(KEYS.resolve("trust-list.jwt")).strip();
    Clock clock = Clock.fixed(Instant.parse("2030-01-01T00:00:00Z"), ZoneOffset.UTC);

    TrustListResult result = TrustListJwt.verify(jwt, anchor, clock, 0);

    assertThat(anchor.isPrivate()).isFalse();
    assertThat(result).isInstanceOf(TrustListResult.Valid.class);
    TrustList list = ((TrustListResult.Valid) result).trustList();
    TrustedIssuer issuer = list.issuer("did:web:localhost%3A8080").orElseThrow();
    assertThat(issuer.displayName()).isEqualTo("Tessera Demo University");
    assertThat(issuer.country()).isEqualTo("NL");
    assertThat(issuer.statusAt(clock.instant())).contains(TrustStatus.GRANTED);
    assertThat(issuer.scope().frameworks()).containsExactly("EU-CMF");
    assertThat(issuer.scope().minEqfLevel()).isEqualTo(5);
    assertThat(issuer.scope().maxEqfLevel()).isEqualTo(8);

    TrustedIssuer academy =
        list.issuer("did:web:localhost%3A8080:institutions:tessera-academy").orElseThrow();
    assertThat(academy.displayName()).isEqualTo("Tessera Academy");
    assertThat(academy.country()).isEqualTo("DE");
    assertThat(academy.statusAt(clock.instant())).contains(TrustStatus.GRANTED);
    assertThat(list.issuers()).hasSize(2);
    // Raised with every re-signing: verifiers that saw a list refuse a lower number.
    assertThat(list.sequenceNumber()).isGreaterThanOrEqualTo(2);
  }
}
