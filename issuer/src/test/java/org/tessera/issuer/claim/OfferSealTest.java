package org.tessera.issuer.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OfferSealTest {

  private final SecureRandom random = new SecureRandom();
  private final OfferSeal seal = new OfferSeal(random);
  private final OfferLink offer = new OfferLink("openid-credential-offer://?credential_offer="
      + "%7B%22x%22%3A1%7D", Optional.of("4711"), Instant.parse("2026-03-01T10:10:00Z"));

  @Test
  void open_withTheSameToken_returnsTheOffer() {
    String token = ClaimTokens.generate(random);
    String hash = ClaimTokens.hash(token);

    Optional<OfferLink> opened = seal.open(token, hash, seal.seal(token, hash, offer));

    assertThat(opened).contains(offer);
  }

  @Test
  void sealed_doesNotContainTheOfferOrTheTxCode() {
    String token = ClaimTokens.generate(random);

    String sealed = seal.seal(token, ClaimTokens.hash(token), offer);

    assertThat(sealed).doesNotContain("openid").doesNotContain("4711");
  }

  @Test
  void open_withAnotherTokenOrRow_isEmpty() {
    String token = ClaimTokens.generate(random);
    String other = ClaimTokens.generate(random);
    String sealed = seal.seal(token, ClaimTokens.hash(token), offer);

    assertThat(seal.open(other, ClaimTokens.hash(token), sealed)).isEmpty();
    assertThat(seal.open(token, ClaimTokens.hash(other), sealed)).isEmpty();
    assertThat(seal.open(token, ClaimTokens.hash(token), "garbage")).isEmpty();
  }

  @Test
  void tokens_are43Base64UrlCharactersAndUnique() {
    String a = ClaimTokens.generate(random);
    String b = ClaimTokens.generate(random);

    assertThat(a).matches("[A-Za-z0-9_-]{43}");
    assertThat(ClaimTokens.wellFormed(a)).isTrue();
    assertThat(a).isNotEqualTo(b);
    assertThat(ClaimTokens.wellFormed("../etc/passwd")).isFalse();
    assertThat(ClaimTokens.hash(a)).hasSize(64).isNotEqualTo(a);
  }
}
