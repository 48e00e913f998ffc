package org.tessera.verifier.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.bouncycastle.asn1.x509.GeneralName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tessera.kit.testkit.JavalinTest;

class PinnedSafeFetcherTest {

  private static final String ACCEPT = "application/json";

  private final PinnedSafeFetcher strict = PinnedSafeFetcher.create(false);
  private final PinnedSafeFetcher dev = PinnedSafeFetcher.create(true);

  @AfterEach
  void stopClients() {
    strict.close();
    dev.close();
  }

  private static Javalin server() {
    return Javalin.create(config -> config.routes
        .get("/ok", ctx -> ctx.header("Cache-Control", "max-age=60").result("hello"))
        .get("/big", ctx -> ctx.result("x".repeat(5000)))
        .get("/to-ipv6-loopback", ctx -> ctx.redirect("http://[::1]:" + ctx.port() + "/ok"))
        .get("/to-127-0-0-2", ctx -> ctx.redirect("http://127.0.0.2:" + ctx.port() + "/ok"))
        .get("/to-metadata", ctx -> ctx.redirect("https://169.254.169.254/latest/meta-data"))
        .get("/to-ok", ctx -> ctx.redirect("/ok"))
        .get("/loop", ctx -> ctx.redirect("/loop"))
        .get("/missing", ctx -> ctx.status(404))
        .get("/not-modified", ctx -> ctx.status(304))
        .get("/tagged", ctx -> {
          ctx.header("ETag", "\"v1\"");
          if ("\"v1\"".equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
          } else {
            ctx.result("list");
          }
        })
        .get("/cookie-then-echo", ctx -> {
          ctx.cookie("session", "secret");
          ctx.redirect("/echo");
        })
        .get("/echo", ctx -> ctx.result("accept-encoding=" + ctx.header("Accept-Encoding")
            + " cookie=" + ctx.header("Cookie") + " accept=" + ctx.header("Accept"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://10.0.0.1/x", "https://192.168.1.1/x", "https://169.254.169.254/x",
      "https://[::1]/x", "https://[fd00::1]/x", "https://127.0.0.1/x", "https://[::ffff:10.0.0.1]/x"})
  void fetch_privateAddress_blocked(String url) {
    assertThat(strict.fetch(URI.create(url), ACCEPT, 1000)).isInstanceOf(FetchResult.Blocked.class);
  }

  /** Ports outside 1..65535 parse as URIs but no socket takes them: refused, never thrown. */
  @ParameterizedTest
  @ValueSource(strings = {"https://issuer.example:99999/x", "https://issuer.example:65536/x",
      "https://issuer.example:0/x", "http://localhost:70000/x"})
  void fetch_portOutOfRange_blockedWithoutThrowing(String url) {
    assertThat(dev.fetch(URI.create(url), ACCEPT, 1000)).isInstanceOf(FetchResult.Blocked.class);
  }

  @Test
  void fetch_plainHttpWithoutSwitch_blocked() {
    assertThat(strict.fetch(URI.create("http://example.org/x"), ACCEPT, 1000))
        .isInstanceOf(FetchResult.Blocked.class);
  }

  @Test
  void fetch_plainHttpToOtherHostWithSwitch_blocked() {
    assertThat(dev.fetch(URI.create("http://example.org/x"), ACCEPT, 1000))
        .isInstanceOf(FetchResult.Blocked.class);
  }

  @Test
  void fetch_publicLookingNameResolvingToLoopback_blocked() {
    try (PinnedSafeFetcher fetcher = new PinnedSafeFetcher(false, Duration.ofSeconds(2),
        host -> List.of(InetAddress.getLoopbackAddress()))) {
      assertThat(fetcher.fetch(URI.create("https://issuer.example/x"), ACCEPT, 1000))
          .isInstanceOf(FetchResult.Blocked.class);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.1", "127.0.0.1", "169.254.169.254", "::ffff:192.168.1.1"})
  void fetch_nameWithOnePrivateAmongPublicAddresses_blocked(String hidden) {
    // 2001:db8::/32 counts as public here but is never routed, so nothing leaves the machine.
    try (PinnedSafeFetcher fetcher = new PinnedSafeFetcher(false, Duration.ofSeconds(2),
        host -> List.of(InetAddress.getByName("2001:db8::1"), InetAddress.getByName(hidden)))) {
      assertThat(fetcher.fetch(URI.create("https://issuer.example/x"), ACCEPT, 1000))
          .isEqualTo(new FetchResult.Blocked("host resolves to a non-public address"));
    }
  }

  @Test
  void fetch_dnsRebindingToLoopback_failsClosedWithoutConnecting() throws Exception {
    try (ServerSocket loopback = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      AtomicInteger connections = countConnections(loopback);
      AtomicInteger lookups = new AtomicInteger();
      // Public for the check, loopback for every later answer (the connection's).
      HostResolver rebinding = host -> List.of(InetAddress.getByName(
          lookups.getAndIncrement() == 0 ? "2001:db8::1" : "127.0.0.1"));
      try (PinnedSafeFetcher fetcher =
          new PinnedSafeFetcher(false, Duration.ofSeconds(2), rebinding)) {
        FetchResult result = fetcher.fetch(
            URI.create("https://rebind.example:" + loopback.getLocalPort() + "/x"), ACCEPT, 1000);
        assertThat(result)
            .isEqualTo(new FetchResult.Blocked("host resolves to a non-public address"));
      }
      assertThat(lookups.get()).isEqualTo(2);
      assertThat(connections.get()).isZero();
    }
  }

  @Test
  void fetch_tls_verifiesTheUrlsHostNameNotThePinnedAddress() throws Exception {
    try (TlsSite site = new TlsSite(GeneralName.dNSName, "localhost");
        PinnedSafeFetcher fetcher = pinnedToLoopback(site)) {
      FetchResult result =
          fetcher.fetch(URI.create("https://localhost:" + site.port() + "/ok"), ACCEPT, 1000);
      assertThat(result).isInstanceOfSatisfying(FetchResult.Ok.class,
          ok -> assertThat(ok.bodyText()).isEqualTo("hello"));
    }
  }

  @Test
  void fetch_tlsCertificateOnlyForThePinnedAddress_failed() throws Exception {
    try (TlsSite site = new TlsSite(GeneralName.iPAddress, "127.0.0.1");
        PinnedSafeFetcher fetcher = pinnedToLoopback(site)) {
      assertThat(fetcher.fetch(URI.create("https://localhost:" + site.port() + "/ok"), ACCEPT,
          1000)).isEqualTo(new FetchResult.Failed("fetch failed"));
    }
  }

  /** Development switch on (https://localhost), "localhost" pinned to 127.0.0.1. */
  private static PinnedSafeFetcher pinnedToLoopback(TlsSite site) throws Exception {
    return new PinnedSafeFetcher(true, Duration.ofSeconds(2),
        host -> List.of(InetAddress.getByName("127.0.0.1")), Optional.of(site.clientTrust()));
  }

  /** Accepts and counts every connection made to the socket, on a daemon thread. */
  private static AtomicInteger countConnections(ServerSocket socket) {
    AtomicInteger count = new AtomicInteger();
    Thread acceptor = new Thread(() -> {
      while (!socket.isClosed()) {
        try {
          socket.accept().close();
          count.incrementAndGet();
        } catch (IOException e) {
          return; // closed
        }
      }
    });
    acceptor.setDaemon(true);
    acceptor.start();
    return count;
  }

  @Test
  void fetch_localhostWithoutSwitch_blocked() {
    JavalinTest.test(server(), (srv, client) -> assertThat(
        strict.fetch(URI.create("http://localhost:" + srv.port() + "/ok"), ACCEPT, 1000))
        .isInstanceOf(FetchResult.Blocked.class));
  }

  @Test
  void fetch_localhostWithSwitch_returnsBodyAndHeaders() {
    JavalinTest.test(server(), (srv, client) -> {
      FetchResult result = dev.fetch(URI.create("http://localhost:" + srv.port() + "/ok"), ACCEPT,
          1000);
      assertThat(result).isInstanceOf(FetchResult.Ok.class);
      FetchResult.Ok ok = (FetchResult.Ok) result;
      assertThat(ok.bodyText()).isEqualTo("hello");
      assertThat(ok.header("CACHE-CONTROL")).contains("max-age=60");
    });
  }

  @Test
  void fetch_relativeRedirect_followed() {
    JavalinTest.test(server(), (srv, client) -> {
      FetchResult result = dev.fetch(URI.create("http://127.0.0.1:" + srv.port() + "/to-ok"),
          ACCEPT, 1000);
      assertThat(result).isInstanceOf(FetchResult.Ok.class);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"/to-ipv6-loopback", "/to-127-0-0-2", "/to-metadata"})
  void fetch_redirectToForbiddenTarget_blocked(String path) {
    JavalinTest.test(server(), (srv, client) -> assertThat(
        dev.fetch(URI.create("http://localhost:" + srv.port() + path), ACCEPT, 1000))
        .isInstanceOf(FetchResult.Blocked.class));
  }

  @Test
  void fetch_noCookiesKeptAndNoContentEncodingAsked() {
    JavalinTest.test(server(), (srv, client) -> {
      FetchResult result = dev.fetch(
          URI.create("http://localhost:" + srv.port() + "/cookie-then-echo"), ACCEPT, 1000);
      assertThat(result).isInstanceOfSatisfying(FetchResult.Ok.class, ok -> assertThat(
          ok.bodyText()).isEqualTo("accept-encoding=null cookie=null accept=" + ACCEPT));
    });
  }

  @Test
  void fetch_redirectLoop_failsAfterLimit() {
    JavalinTest.test(server(), (srv, client) -> assertThat(
        dev.fetch(URI.create("http://localhost:" + srv.port() + "/loop"), ACCEPT, 1000))
        .isEqualTo(new FetchResult.Failed("too many redirects")));
  }

  @Test
  void fetch_bodyOverCap_failed() {
    JavalinTest.test(server(), (srv, client) -> assertThat(
        dev.fetch(URI.create("http://localhost:" + srv.port() + "/big"), ACCEPT, 1000))
        .isEqualTo(new FetchResult.Failed("response body exceeds the size cap")));
  }

  @Test
  void fetch_notFound_failed() {
    JavalinTest.test(server(), (srv, client) -> assertThat(
        dev.fetch(URI.create("http://localhost:" + srv.port() + "/missing"), ACCEPT, 1000))
        .isEqualTo(new FetchResult.Failed("HTTP status 404")));
  }

  @Test
  void fetchIfNoneMatch_currentEtag_notModifiedWithHeaders() {
    JavalinTest.test(server(), (srv, client) -> {
      FetchResult result = dev.fetchIfNoneMatch(
          URI.create("http://localhost:" + srv.port() + "/tagged"), ACCEPT, 1000, "\"v1\"");
      assertThat(result).isInstanceOfSatisfying(FetchResult.NotModified.class,
          notModified -> assertThat(notModified.headers().get("etag")).containsExactly("\"v1\""));
    });
  }

  @Test
  void fetchIfNoneMatch_staleEtag_wholeBody() {
    JavalinTest.test(server(), (srv, client) -> assertThat(dev.fetchIfNoneMatch(
        URI.create("http://localhost:" + srv.port() + "/tagged"), ACCEPT, 1000, "\"v0\""))
        .isInstanceOfSatisfying(FetchResult.Ok.class,
            ok -> assertThat(ok.bodyText()).isEqualTo("list")));
  }

  @Test
  void fetch_unconditional304_failed() {
    JavalinTest.test(server(), (srv, client) -> assertThat(
        dev.fetch(URI.create("http://localhost:" + srv.port() + "/not-modified"), ACCEPT, 1000))
        .isEqualTo(new FetchResult.Failed("HTTP status 304")));
  }
}
