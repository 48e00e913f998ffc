package org.tessera.verifier.share;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tessera.shared.limits.RateLimiter;
import org.tessera.verifier.result.RequestError;

/**
 * The share-link requests of docs/share-links.md, decided here for the HTTP handlers: links
 * must be enabled, the client within its creation budget, a lifetime within bounds, a credential
 * within the size cap that verifies (trusted, in scope, not revoked), the manage token to
 * revoke. Without a store every link is unknown.
 */
public final class ShareLinks {

  private static final Duration MIN_LIFETIME = Duration.ofSeconds(1);
  static final String DISABLED = "share links are not enabled on this verifier";

  private final Optional<ShareService> shares;
  private final Predicate<String> shareable;
  private final RateLimiter perClient;
  private final Function<String, String> urlOf;

  /**
   * @param shareable whether a credential JWT verifies, its issuer vouched for by the trust list
   *     (we keep no arbitrary blobs and no self-signed content)
   * @param perClient creation budget per client address
   * @param urlOf the public URL of a link id
   */
  public ShareLinks(Optional<ShareService> shares, Predicate<String> shareable,
      RateLimiter perClient, Function<String, String> urlOf) {
    this.shares = Objects.requireNonNull(shares, "shares");
    this.shareable = Objects.requireNonNull(shareable, "shareable");
    this.perClient = Objects.requireNonNull(perClient, "perClient");
    this.urlOf = Objects.requireNonNull(urlOf, "urlOf");
  }

  public boolean enabled() {
    return shares.isPresent();
  }

  /**
   * Checks run cheapest first: the budget and the size before the verification, which may fetch.
   *
   * @param credentialJwt the compact JWT to share, empty when the request had none
   * @param lifetime the asked-for lifetime, empty when unreadable
   * @param client the client's address, the key of its creation budget
   */
  public ShareOutcome create(Optional<String> credentialJwt, Optional<Duration> lifetime,
      String client) {
    if (shares.isEmpty()) {
      return new ShareOutcome.Refused(RequestError.NOT_FOUND, DISABLED);
    }
    OptionalLong retryAfter = perClient.take(client);
    if (retryAfter.isPresent()) {
      return new ShareOutcome.Refused(RequestError.RATE_LIMITED,
          "too many share links created from this address; try again later", retryAfter);
    }
    if (credentialJwt.isEmpty() || lifetime.filter(ShareLinks::allowed).isEmpty()) {
      return new ShareOutcome.Refused(RequestError.MALFORMED_REQUEST,
          "expected {\"credential\": <compact JWT>, \"expiresInSeconds\"?: 1.."
              + ShareService.MAX_LIFETIME.toSeconds() + "}");
    }
    if (credentialJwt.get().length() > ShareService.MAX_JWT_CHARS) {
      return new ShareOutcome.Refused(RequestError.CREDENTIAL_TOO_LARGE,
          "a shared credential may have at most " + ShareService.MAX_JWT_CHARS + " characters");
    }
    if (!shareable.test(credentialJwt.get())) {
      return new ShareOutcome.Refused(RequestError.NOT_SHAREABLE,
          "only a credential that verifies, from an issuer on the trust list, can be shared");
    }
    CreatedShare share = shares.get().create(credentialJwt.get(), lifetime.get());
    return new ShareOutcome.Created(share, urlOf.apply(share.id()));
  }

  public ShareLookup open(String id) {
    return shares.map(s -> s.open(id)).orElseGet(ShareLookup.Missing::new);
  }

  /** The public URL of link {@code id}. */
  public String url(String id) {
    return urlOf.apply(id);
  }

  /** @param manageToken the Bearer token, empty when the request carried none */
  public ShareOutcome revoke(String id, Optional<String> manageToken) {
    if (shares.isEmpty()) {
      return new ShareOutcome.Refused(RequestError.NOT_FOUND, DISABLED);
    }
    if (manageToken.isEmpty()) {
      return new ShareOutcome.Refused(RequestError.MANAGE_TOKEN_REQUIRED,
          "the manage token is required as a Bearer token");
    }
    return switch (shares.get().revoke(id, manageToken.get())) {
      case REVOKED -> new ShareOutcome.Revoked();
      case FORBIDDEN -> new ShareOutcome.Refused(RequestError.WRONG_MANAGE_TOKEN,
          "wrong manage token");
      case NOT_FOUND -> new ShareOutcome.Refused(RequestError.NOT_FOUND, "no such share link");
    };
  }

  private static boolean allowed(Duration lifetime) {
    return lifetime.compareTo(MIN_LIFETIME) >= 0
        && lifetime.compareTo(ShareService.MAX_LIFETIME) <= 0;
  }
}
