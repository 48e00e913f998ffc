package org.tessera.issuer.claim;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the OpenID4VCI offer service: each fresh offer gets a new pre-authorized code
 * in its link and a transaction code; the calls are recorded.
 */
public final class CountingOffers implements ClaimOffers {

  private final Clock clock;
  private final List<String> calls = new CopyOnWriteArrayList<>();

  public CountingOffers(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Optional<OfferLink> freshOffer(String credentialId) {
    calls.add(credentialId);
    String n = Integer.toString(calls.size());
    return Optional.of(new OfferLink(
        "openid-credential-offer://?credential_offer_uri=https%3A%2F%2Fissuer.example.edu"
            + "%2Foid4vci%2Foffers%2Foffer-" + n,
        Optional.of("12345" + n), clock.instant().plus(Duration.ofMinutes(10))));
  }

  public List<String> calls() {
    return List.copyOf(calls);
  }
}
