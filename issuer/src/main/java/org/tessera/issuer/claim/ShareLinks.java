package org.tessera.issuer.claim;

import java.net.URI;
import java.util.Optional;

/**
 * Where the claim page gets share links from: the verifier's {@code POST /shares}. Empty when no
 * verifier is configured or it refused (it stores only credentials it verifies and trusts).
 */
public interface ShareLinks {

  /** The verifier's base URL, when share links are available at all. */
  Optional<URI> verifier();

  Optional<ShareLink> create(String jwt);

  /** No verifier configured: the claim page offers no share link. */
  static ShareLinks unavailable() {
    return new ShareLinks() {
      @Override
      public Optional<URI> verifier() {
        return Optional.empty();
      }

      @Override
      public Optional<ShareLink> create(String jwt) {
        return Optional.empty();
      }
    };
  }
}
