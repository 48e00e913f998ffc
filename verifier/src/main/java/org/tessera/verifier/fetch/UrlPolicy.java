package org.tessera.verifier.fetch;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a URL may be fetched: scheme, host, port and every address the host resolves to.
 * The development switch admits {@code http(s)://localhost} and {@code 127.0.0.1} only. The same
 * address rules run again when the client connects ({@link PinnedAddressResolver}).
 */
final class UrlPolicy {

  private static final int MAX_PORT = 65_535;
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
    // URI accepts any digits as a port; a socket address refuses them by throwing.
    int port = url.getPort();
    if (port != -1 && (port < 1 || port > MAX_PORT)) {
      return Optional.of(new FetchResult.Blocked("URL port is outside 1..65535"));
    }
    try {
      approvedAddresses(host);
    } catch (AddressRefusedException e) {
      return Optional.of(e.result());
    }
    return Optional.empty();
  }

  /**
   * Resolves {@code host} and returns its addresses when every one of them may be connected to
   * (public, or loopback for a development host); the fetcher connects to these and no others.
   */
  List<InetAddress> approvedAddresses(String host) throws AddressRefusedException {
    String name = host.toLowerCase(Locale.ROOT);
    boolean devHost = allowHttpLocalhost && DEV_HOSTS.contains(name);
    List<InetAddress> addresses;
    try {
      addresses = resolver.resolve(name);
    } catch (UnknownHostException e) {
      throw new AddressRefusedException(new FetchResult.Failed("host name does not resolve"));
    }
    if (addresses.isEmpty()) {
      throw new AddressRefusedException(new FetchResult.Failed("host name does not resolve"));
    }
    for (InetAddress address : addresses) {
      boolean allowed = devHost ? address.isLoopbackAddress() : AddressPolicy.isPublic(address);
      if (!allowed) {
        throw new AddressRefusedException(
            new FetchResult.Blocked("host resolves to a non-public address"));
      }
    }
    return List.copyOf(addresses);
  }
}
