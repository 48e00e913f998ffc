package org.tessera.issuer.config;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.store.Scope;
import org.tessera.shared.did.DidWeb;
import org.tessera.shared.model.Address;
import org.tessera.shared.model.Profile;

/**
 * Who an institution is in its credentials: its did:web, its public base URL and the
 * awarding-body profile (name, homepage, country) put in {@code issuer} and
 * {@code achievement.creator}. The default institution lives at the deployment's base URL,
 * every other one at {@code <base URL>/institutions/<id>}.
 */
public record IssuerIdentity(Scope scope, String did, String baseUrl, Profile profile) {

  /** The path segment under which further institutions are published. */
  public static final String INSTITUTIONS_SEGMENT = "institutions";

  public IssuerIdentity {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(did, "did");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(profile, "profile");
    if (!profile.id().equals(did)) {
      throw new IllegalArgumentException("the profile id must be the issuer DID");
    }
  }

  /**
   * The institution id a request path names ({@code /institutions/<id>/...}); empty for a path
   * of the default institution. The id is not checked against the served institutions.
   */
  public static Optional<String> institutionOfPath(String path) {
    String prefix = "/" + INSTITUTIONS_SEGMENT + "/";
    if (!path.startsWith(prefix)) {
      return Optional.empty();
    }
    int end = path.indexOf('/', prefix.length());
    return Optional.of(path.substring(prefix.length(), end < 0 ? path.length() : end));
  }

  /**
   * The path below the institution a request path names: {@code /institutions/<id>/api/x} is
   * {@code /api/x}; a path of the default institution is returned as it is.
   */
  public static String pathWithinInstitution(String path) {
    if (institutionOfPath(path).isEmpty()) {
      return path;
    }
    int end = path.indexOf('/', INSTITUTIONS_SEGMENT.length() + 2);
    return end < 0 ? "" : path.substring(end);
  }

  /** The default institution, at the deployment's base URL. */
  public static IssuerIdentity from(IssuerConfig config) {
    return of(Scope.DEFAULT, config.baseUrl(), config.issuerName(), config.issuerCountry(),
        config.issuerUrl());
  }

  /** A further institution, at {@code <base URL>/institutions/<id>}. */
  public static IssuerIdentity of(IssuerConfig config, InstitutionConfig institution) {
    URI base = URI.create(config.baseUrl() + "/" + INSTITUTIONS_SEGMENT + "/" + institution.id());
    return of(institution.scope(), base, institution.name(), institution.country(),
        institution.homepage());
  }

  private static IssuerIdentity of(Scope scope, URI baseUrl, String name, String country,
      Optional<URI> homepage) {
    String did = DidWeb.fromBaseUrl(baseUrl);
    Profile profile = new Profile(did, name, homepage.map(Object::toString), Optional.empty(),
        Optional.empty(), Optional.of(Address.country(country)));
    return new IssuerIdentity(scope, did, baseUrl.toString(), profile);
  }
}
