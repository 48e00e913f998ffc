package org.tessera.verifier.fetch;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

/**
 * The only name resolution of the HTTP client: resolves through the {@link UrlPolicy} and hands
 * the client exactly the addresses that passed its rules, so a DNS answer that changes after the
 * URL was checked (DNS rebinding) cannot steer the connection to a refused address. Each address
 * keeps the requested host name, from which the client takes the TLS server name (SNI) and the
 * name the certificate is verified against.
 */
final class PinnedAddressResolver implements SocketAddressResolver {

  private final UrlPolicy policy;
  private final Executor executor;

  /** @param executor runs the (blocking) look-up off the caller's and the selector's thread */
  PinnedAddressResolver(UrlPolicy policy, Executor executor) {
    this.policy = policy;
    this.executor = executor;
  }

  @Override
  public void resolve(String host, int port, Map<String, Object> context,
      Promise<List<InetSocketAddress>> promise) {
    executor.execute(() -> {
      List<InetSocketAddress> addresses;
      try {
        addresses = approved(host, port);
      } catch (AddressRefusedException | RuntimeException e) {
        promise.failed(e); // fail closed, also when an injected resolver throws
        return;
      }
      promise.succeeded(addresses);
    });
  }

  /** The approved socket addresses of {@code host}, each named {@code host}. */
  List<InetSocketAddress> approved(String host, int port) throws AddressRefusedException {
    String name = host.startsWith("[") && host.endsWith("]")
        ? host.substring(1, host.length() - 1) : host;
    List<InetSocketAddress> result = new ArrayList<>();
    for (InetAddress address : policy.approvedAddresses(host)) {
      try {
        result.add(new InetSocketAddress(InetAddress.getByAddress(name, address.getAddress()),
            port));
      } catch (UnknownHostException e) {
        throw new AddressRefusedException(new FetchResult.Failed("host name does not resolve"));
      }
    }
    return List.copyOf(result);
  }
}
