package org.tessera.verifier.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JdkSafeFetcherTest {

  private static final String ACCEPT = "application/json";

  private final JdkSafeFetcher strict = JdkSafeFetcher.create(false);
  private final JdkSafeFetcher dev = JdkSafeFetcher.create(true);

  private static Javalin server() {
    return Javalin.create()
        .get("/ok", ctx -> ctx.header("Cache-Control", "max-age=60").result("hello"))
        .get("/big", ctx -> ctx.result("x".repeat(5000)))
        .get("/to-ipv6-loopback", ctx -> ctx.redirect("http://[::1]:" + ctx.port() + "/ok"))
        .get("/to-127-0-0-2", ctx -> ctx.redirect("http://127.0.0.2:" + ctx.port() + "/ok"))
        .get("/to-metadata", ctx -> ctx.redirect("https://169.254.169.254/latest/meta-data"))
        .get("/to-ok", ctx -> ctx.redirect("/ok"))
        .get("/loop", ctx -> ctx.redirect("/loop"))
        .get("/missing", ctx -> ctx.status(404));
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://10.0.0.1/x", "https://192.168.1.1/x", "https://169.254.169.254/x",
      "https://[::1]/x", "https://[fd00::1]/x", "https://127.0.0.1/x", "https://[::ffff:10.0.0.1]/x"})
  void fetch_privateAddress_blocked(String url) {
    assertThat(strict.fetch(URI.create(url), ACCEPT, 1000)).isInstanceOf(FetchResult.Blocked.class);
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
    JdkSafeFetcher fetcher = new JdkSafeFetcher(false, Duration.ofSeconds(2),
        host -> List.of(InetAddress.getLoopbackAddress()));
    assertThat(fetcher.fetch(URI.create("https://issuer.example/x"), ACCEPT, 1000))
        .isInstanceOf(FetchResult.Blocked.class);
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
}
