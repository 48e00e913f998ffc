package org.tessera.verifier.attacks;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tessera.verifier.fetch.FetchResult;
import org.tessera.verifier.fetch.SafeFetcher;

/**
 * Sends {@code https://*.attack.test/...} to the {@link VectorSite} through the real fetcher
 * (development switch on, since the site is on 127.0.0.1); any other URL goes to the real
 * fetcher unchanged (as is one with an explicit port), so its network rules still apply to it
 * and to every redirect. Records the
 * hosts asked for, so a test can show a URL was never fetched.
 */
public final class RoutingFetcher implements SafeFetcher {

  static final String DOMAIN = ".attack.test";

  private final SafeFetcher real;
  private final int sitePort;
  private final String domain;
  private final List<String> requestedHosts = new CopyOnWriteArrayList<>();

  RoutingFetcher(SafeFetcher real, int sitePort) {
    this(real, sitePort, DOMAIN);
  }

  /** Routes {@code https://*<domain>/...} (e.g. {@code .ob2.test}) instead. */
  public RoutingFetcher(SafeFetcher real, int sitePort, String domain) {
    this.real = real;
    this.sitePort = sitePort;
    this.domain = domain;
  }

  @Override
  public FetchResult fetch(URI url, String accept, int maxBytes) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    requestedHosts.add(host);
    // A URL with a port of its own is not rewritten: the real rules must judge the port.
    if ("https".equals(url.getScheme()) && host.endsWith(domain) && url.getPort() == -1) {
      URI local = URI.create("http://127.0.0.1:" + sitePort + "/" + host + url.getRawPath());
      return real.fetch(local, accept, maxBytes);
    }
    return real.fetch(url, accept, maxBytes);
  }

  public List<String> requestedHosts() {
    return List.copyOf(requestedHosts);
  }
}
