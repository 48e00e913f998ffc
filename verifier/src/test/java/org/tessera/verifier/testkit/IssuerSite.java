package org.tessera.verifier.testkit;

import io.javalin.Javalin;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A real local web server standing in for an issuer's site: serves whatever documents a test
 * publishes (DID document, status lists) by path; anything else is 404.
 */
public final class IssuerSite implements AutoCloseable {

  /** One published response. */
  public record Document(String contentType, String body, Map<String, String> headers) {}

  private final Map<String, Document> documents = new ConcurrentHashMap<>();
  private final Javalin app;

  public IssuerSite() {
    app = Javalin.create(config -> config.showJavalinBanner = false)
        .get("/*", ctx -> {
          Document document = documents.get(ctx.path());
          if (document == null) {
            ctx.status(404);
            return;
          }
          document.headers().forEach(ctx::header);
          ctx.contentType(document.contentType()).result(document.body());
        })
        .start("127.0.0.1", 0);
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

  public void remove(String path) {
    documents.remove(path);
  }

  @Override
  public void close() {
    app.stop();
  }
}
