package org.tessera.issuer.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/** Configured web addresses: absolute http(s) URLs with a host, nothing else. */
final class HttpUrls {

  private HttpUrls() {}

  static Optional<URI> parse(String raw) {
    try {
      URI uri = new URI(raw);
      String scheme = Optional.ofNullable(uri.getScheme()).orElse("");
      if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // not a URL at all: the caller reports it
    }
    return Optional.empty();
  }
}
