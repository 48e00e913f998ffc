package org.tessera.verifier.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a URL may be fetched: scheme, host and every address the host resolves to.
 * The development switch admits {@code http(s)://localhost} and {@code 127.0.0.1} only.
 */
final class UrlPolicy {

  private static final Set<String> DEV_HOSTS = Set.of("localhost", "127.0.0.1");

  private final boolean allowHttpLocalhost;
  private final HostResolver resolver;

  UrlPolicy(boolean allowHttpLocalhost, HostResolver resolver) {
    this.allowHttpLocalhost = allowHttpLocalhost;
    this.resolver = resolver;
  }

  /** Empty when the URL may be fetched; otherwise the result to return instead. */
  Optional<FetchResult> refusal(URI url) {
    String scheme = Optional.ofNullable(url.getScheme()).orElse("").toLowerCase(Locale.ROOT);
    String host = Optional.ofNullable(url.getHost()).orElse("").toLowerCase(Locale.ROOT);
    if (host.isEmpty() || url.getRawUserInfo() != null) {
      return Optional.of(new FetchResult.Blocked("URL has no host or carries user info"));
    }
    boolean devHost = allowHttpLocalhost && DEV_HOSTS.contains(host);
    if (!scheme.equals("https") && !(devHost && scheme.equals("http"))) {
      return Optional.of(new FetchResult.Blocked("only https URLs may be fetched"));
    }
    List<InetAddress> addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      return Optional.of(new FetchResult.Failed("host name does not resolve"));
    }
    if (addresses.isEmpty()) {
      return Optional.of(new FetchResult.Failed("host name does not resolve"));
    }
    for (InetAddress address : addresses) {
      boolean allowed = devHost ? address.isLoopbackAddress() : AddressPolicy.isPublic(address);
      if (!allowed) {
        return Optional.of(new FetchResult.Blocked("host resolves to a non-public address"));
      }
    }
    return Optional.empty();
  }
}
