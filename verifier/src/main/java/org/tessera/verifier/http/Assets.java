package org.tessera.verifier.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.tessera.verifier.result.RequestError;

/**
 * The page's scripts (with the vendored QR decoder, see the assets' README) and stylesheet, served
 * from the jar (no CDN; the CSP allows 'self' only).
 */
final class Assets {

  private static final String DIR = "/org/tessera/verifier/page/assets/";

  private final Map<String, byte[]> files = Map.of(
      "page.js", read("page.js"), "page.css", read("page.css"), "ask.js", read("ask.js"),
      "jsqr.js", read("jsqr.js"));

  void serve(Context ctx) {
    String name = ctx.pathParam("file");
    byte[] body = files.get(name);
    if (body == null) {
      ctx.status(RequestError.NOT_FOUND.status()).result("");
      return;
    }
    ctx.contentType(name.endsWith(".js") ? "text/javascript; charset=utf-8"
        : "text/css; charset=utf-8").header("Cache-Control", "public, max-age=3600")
        .result(body);
  }

  private static byte[] read(String name) {
    try (InputStream in = Assets.class.getResourceAsStream(DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing asset " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
