package org.tessera.verifier.attacks;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local server (127.0.0.1) standing in for every {@code *.attack.test} host: paths are
 * {@code /<host>/<path>}. Besides documents it can answer a path with a redirect, or dribble a
 * response one byte at a time (slowloris), bounded so a test never leaves it running long.
 */
public final class VectorSite implements AutoCloseable {

  private static final int DRIBBLE_BYTES = 60;
  private static final long DRIBBLE_PAUSE_MILLIS = 250;

  private final Map<String, String> documents = new ConcurrentHashMap<>();
  private final Map<String, String> redirects = new ConcurrentHashMap<>();
  private final Map<String, Boolean> slow = new ConcurrentHashMap<>();
  private final Javalin app;

  public VectorSite() {
    app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.routes.get("/*", ctx -> {
          String key = ctx.path();
          if (redirects.containsKey(key)) {
            ctx.status(302).header("Location", redirects.get(key));
          } else if (slow.containsKey(key)) {
            ctx.status(200).contentType("application/json");
            dribble(ctx.res().getOutputStream());
          } else if (documents.containsKey(key)) {
            ctx.contentType("application/octet-stream").result(documents.get(key));
          } else {
            ctx.status(404);
          }
        });
    }).start("127.0.0.1", 0);
  }

  public int port() {
    return app.port();
  }

  public void document(String host, String path, String body) {
    documents.put("/" + host + path, body);
  }

  void redirect(String host, String path, String location) {
    redirects.put("/" + host + path, location);
  }

  void slow(String host, String path) {
    slow.put("/" + host + path, Boolean.TRUE);
  }

  public void clear() {
    documents.clear();
    redirects.clear();
    slow.clear();
  }

  private static void dribble(OutputStream out) throws InterruptedException {
    try {
      for (int i = 0; i < DRIBBLE_BYTES; i++) {
        out.write('{');
        out.flush();
        Thread.sleep(DRIBBLE_PAUSE_MILLIS);
      }
    } catch (IOException e) {
      // The client gave up, as it should.
    }
  }

  @Override
  public void close() {
    app.stop();
  }
}
