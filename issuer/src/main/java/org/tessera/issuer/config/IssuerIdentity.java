package org.tessera.issuer.config;

import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.did.DidWeb;
import org.tessera.shared.model.Address;
import org.tessera.shared.model.Profile;

/**
 * Who the issuer is in its credentials: its did:web, its public base URL and the awarding-body
 * profile (name, homepage, country) put in {@code issuer} and {@code achievement.creator}.
 */
public record IssuerIdentity(String did, String baseUrl, Profile profile) {

  public IssuerIdentity {
    Objects.requireNonNull(did, "did");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(profile, "profile");
    if (!profile.id().equals(did)) {
      throw new IllegalArgumentException("the profile id must be the issuer DID");
    }
  }

  public static IssuerIdentity from(IssuerConfig config) {
    String did = DidWeb.fromBaseUrl(config.baseUrl());
    Profile profile = new Profile(did, config.issuerName(),
        config.issuerUrl().map(Object::toString), Optional.empty(), Optional.empty(),
        Optional.of(Address.country(config.issuerCountry())));
    return new IssuerIdentity(did, config.baseUrl().toString(), profile);
  }
}
