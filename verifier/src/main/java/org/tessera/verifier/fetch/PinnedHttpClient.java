package org.tessera.verifier.fetch;

import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.transport.HttpClientTransportOverHTTP;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * Builds the Jetty client behind {@link PinnedSafeFetcher}: it connects only to addresses the
 * {@link UrlPolicy} approved at connect time, verifies certificates against the URL's host name
 * (Jetty's default endpoint identification, "HTTPS"), uses no proxy (Jetty reads no proxy
 * settings), keeps no cookies, follows no redirects, answers no authentication challenge and
 * asks for no content encoding (bodies are capped as sent). Daemon threads, so a CLI run can end.
 */
final class PinnedHttpClient {

  private static final int MAX_THREADS = 32;
  private static final int MIN_THREADS = 2;
  private static final Duration IDLE = Duration.ofSeconds(30);
  private static final int MAX_RESPONSE_HEADER_BYTES = 32 * 1024;

  private PinnedHttpClient() {}

  /** A started client; {@code tls} replaces the JVM's default trust (tests only). */
  static HttpClient start(UrlPolicy policy, Duration connectTimeout, Optional<SSLContext> tls) {
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, MIN_THREADS,
        (int) IDLE.toMillis());
    threads.setName("tessera-fetch");
    threads.setDaemon(true);
    SslContextFactory.Client ssl = new SslContextFactory.Client(); // endpoint identification on
    tls.ifPresent(ssl::setSslContext);
    ClientConnector connector = new ClientConnector();
    connector.setSslContextFactory(ssl);
    HttpClient client = new HttpClient(new HttpClientTransportOverHTTP(connector));
    client.setExecutor(threads);
    client.setScheduler(new ScheduledExecutorScheduler("tessera-fetch-scheduler", true));
    client.setSocketAddressResolver(new PinnedAddressResolver(policy, threads));
    client.setFollowRedirects(false);
    client.setHttpCookieStore(new HttpCookieStore.Empty());
    client.setConnectTimeout(connectTimeout.toMillis());
    client.setIdleTimeout(IDLE.toMillis());
    client.setDestinationIdleTimeout(IDLE.toMillis());
    client.setMaxResponseHeadersSize(MAX_RESPONSE_HEADER_BYTES);
    client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "tessera-verifier"));
    try {
      client.start();
    } catch (Exception e) {
      throw new IllegalStateException("HTTP client did not start", e);
    }
    // Installed by start(): redirects and 401s reach the fetcher as plain responses.
    client.getProtocolHandlers().clear();
    client.getContentDecoderFactories().clear();
    return client;
  }
}
