package org.tessera.verifier.testkit;

import io.javalin.Javalin;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real local web server standing in for an issuer's site: serves whatever documents a test
 * publishes (DID document, status lists) by path; anything else is 404. A path can be made slow
 * (the answer waits), and the site counts the requests for each path. A document published with
 * an {@code ETag} header answers a matching {@code If-None-Match} with 304, as the issuer does.
 */
public final class IssuerSite implements AutoCloseable {

  /** One published response. */
  public record Document(String contentType, String body, Map<String, String> headers) {}

  private final Map<String, Document> documents = new ConcurrentHashMap<>();
  private final Map<String, Duration> delays = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();
  private final Javalin app;

  public IssuerSite() {
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/*", ctx -> {
          requests.computeIfAbsent(ctx.path(), p -> new AtomicInteger()).incrementAndGet();
          Duration delay = delays.get(ctx.path());
          if (delay != null) {
            Thread.sleep(delay.toMillis());
          }
          Document document = documents.get(ctx.path());
          if (document == null) {
            ctx.status(404);
            return;
          }
          document.headers().forEach(ctx::header);
          String etag = document.headers().get("ETag");
          if (etag != null && etag.equals(ctx.header("If-None-Match"))) {
            notModified.computeIfAbsent(ctx.path(), p -> new AtomicInteger()).incrementAndGet();
            ctx.status(304);
            return;
          }
          ctx.contentType(document.contentType()).result(document.body());
        });
    }).start("127.0.0.1", 0);
  }

  public int port() {
    return app.port();
  }

  public String baseUrl() {
    return "http://localhost:" + port();
  }

  public void publish(String path, String contentType, String body, Map<String, String> headers) {
    documents.put(path, new Document(contentType, body, Map.copyOf(headers)));
  }

  public void publish(String path, String contentType, String body) {
    publish(path, contentType, body, Map.of());
  }

  /** Every answer on {@code path} waits {@code delay} first. */
  public void delay(String path, Duration delay) {
    delays.put(path, delay);
  }

  /** How many requests {@code path} received. */
  public int requests(String path) {
    AtomicInteger count = requests.get(path);
    return count == null ? 0 : count.get();
  }

  /** How many requests on {@code path} were answered 304 Not Modified. */
  public int notModified(String path) {
    AtomicInteger count = notModified.get(path);
    return count == null ? 0 : count.get();
  }

  public void remove(String path) {
    documents.remove(path);
  }

  @Override
  public void close() {
    app.stop();
  }
}
