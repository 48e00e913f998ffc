package org.tessera.verifier.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.util.Promise;
import org.junit.jupiter.api.Test;

class PinnedAddressResolverTest {

  private static List<InetSocketAddress> resolve(boolean allowHttpLocalhost, HostResolver dns,
      String host) throws Exception {
    PinnedAddressResolver resolver =
        new PinnedAddressResolver(new UrlPolicy(allowHttpLocalhost, dns), Runnable::run);
    Promise.Completable<List<InetSocketAddress>> promise = new Promise.Completable<>();
    resolver.resolve(host, 443, java.util.Map.of(), promise);
    return promise.get();
  }

  private static List<InetAddress> addresses(String... literals) throws UnknownHostException {
    InetAddress[] result = new InetAddress[literals.length];
    for (int i = 0; i < literals.length; i++) {
      result[i] = InetAddress.getByName(literals[i]);
    }
    return List.of(result);
  }

  @Test
  void resolve_publicAddresses_exactlyThoseNamedForTheHost() throws Exception {
    List<InetSocketAddress> resolved = resolve(false,
        host -> addresses("2001:db8::1", "2001:db8::2"), "issuer.example");
    assertThat(resolved).extracting(InetSocketAddress::getAddress)
        .containsExactlyElementsOf(addresses("2001:db8::1", "2001:db8::2"));
    assertThat(resolved).extracting(InetSocketAddress::getPort).containsOnly(443);
    // The client takes the TLS server name and the name to verify from here, not the address.
    assertThat(resolved).extracting(InetSocketAddress::getHostString)
        .containsOnly("issuer.example");
  }

  @Test
  void resolve_onePrivateAmongPublic_refusesAll() {
    assertThatThrownBy(() -> resolve(false, host -> addresses("2001:db8::1", "10.0.0.1"),
        "issuer.example"))
        .isInstanceOf(ExecutionException.class)
        .cause().isInstanceOfSatisfying(AddressRefusedException.class, e -> assertThat(e.result())
            .isEqualTo(new FetchResult.Blocked("host resolves to a non-public address")));
  }

  @Test
  void resolve_unknownHost_failsAsUnresolved() {
    assertThatThrownBy(() -> resolve(false, host -> {
      throw new UnknownHostException(host);
    }, "issuer.example"))
        .cause().isInstanceOfSatisfying(AddressRefusedException.class, e -> assertThat(e.result())
            .isEqualTo(new FetchResult.Failed("host name does not resolve")));
  }

  @Test
  void resolve_resolverThrows_failsClosed() {
    assertThatThrownBy(() -> resolve(false, host -> {
      throw new IllegalStateException("resolver broke");
    }, "issuer.example"))
        .cause().isInstanceOf(IllegalStateException.class);
  }

  @Test
  void resolve_localhostWithSwitch_loopbackOnly() throws Exception {
    assertThat(resolve(true, host -> addresses("127.0.0.1"), "localhost"))
        .extracting(InetSocketAddress::getHostString).containsExactly("localhost");
    assertThatThrownBy(() -> resolve(true, host -> addresses("2001:db8::1"), "localhost"))
        .cause().isInstanceOf(AddressRefusedException.class);
  }

  @Test
  void resolve_bracketedIpv6Literal_namedWithoutBrackets() throws Exception {
    assertThat(resolve(false, host -> addresses("2001:db8::7"), "[2001:db8::7]"))
        .extracting(InetSocketAddress::getHostString).containsExactly("2001:db8::7");
  }
}
