package org.tessera.verifier.share;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.tessera.verifier.result.RequestError;

/**
 * The share-link requests of docs/share-links.md, decided here for the HTTP handlers: links
 * must be enabled, a lifetime within bounds, a credential whose signature verifies, the manage
 * token to revoke. Without a store every link is unknown.
 */
public final class ShareLinks {

  private static final Duration MIN_LIFETIME = Duration.ofSeconds(1);
  static final String DISABLED = "share links are not enabled on this verifier";

  private final Optional<ShareService> shares;
  private final Predicate<String> authentic;
  private final Function<String, String> urlOf;

  /**
   * @param authentic whether a credential JWT's signature verifies (we keep no arbitrary blobs)
   * @param urlOf the public URL of a link id
   */
  public ShareLinks(Optional<ShareService> shares, Predicate<String> authentic,
      Function<String, String> urlOf) {
    this.shares = Objects.requireNonNull(shares, "shares");
    this.authentic = Objects.requireNonNull(authentic, "authentic");
    this.urlOf = Objects.requireNonNull(urlOf, "urlOf");
  }

  public boolean enabled() {
    return shares.isPresent();
  }

  /**
   * @param credentialJwt the compact JWT to share, empty when the request had none
   * @param lifetime the asked-for lifetime, empty when unreadable
   */
  public ShareOutcome create(Optional<String> credentialJwt, Optional<Duration> lifetime) {
    if (shares.isEmpty()) {
      return new ShareOutcome.Refused(RequestError.NOT_FOUND, DISABLED);
    }
    if (credentialJwt.isEmpty() || lifetime.filter(ShareLinks::allowed).isEmpty()) {
      return new ShareOutcome.Refused(RequestError.MALFORMED_REQUEST,
          "expected {\"credential\": <compact JWT>, \"expiresInSeconds\"?: 1.."
              + ShareService.MAX_LIFETIME.toSeconds() + "}");
    }
    if (!authentic.test(credentialJwt.get())) {
      return new ShareOutcome.Refused(RequestError.NOT_AUTHENTIC,
          "only a credential whose signature verifies can be shared");
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
