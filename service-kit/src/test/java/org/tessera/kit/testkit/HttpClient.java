package org.tessera.kit.testkit;

import io.javalin.Javalin;
import io.javalin.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The test client of {@link JavalinTest}, with the calls of javalin-testtools' client:
 * {@code get}, {@code post} (a body given as an object goes through the app's JSON mapper; a
 * string is sent as it is, as {@code application/json}) and {@code request} with a builder.
 * OkHttp's defaults: redirects followed, no cookie jar.
 */
public final class HttpClient {

  private static final MediaType JSON = MediaType.get("application/json");
  private static final OkHttpClient OK_HTTP = new OkHttpClient();

  private final Javalin app;
  private final String origin;

  HttpClient(Javalin app) {
    this.app = app;
    this.origin = "http://localhost:" + app.port();
  }

  public String origin() {
    return origin;
  }

  public Response request(Request request) {
    try {
      return OK_HTTP.newCall(request).execute();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code path} with the method and body the builder sets (GET when it sets none). */
  public Response request(String path, Consumer<Request.Builder> builder) {
    Request.Builder request = new Request.Builder().url(origin + path);
    builder.accept(request);
    return request(request.build());
  }

  public Response get(String path) {
    return get(path, b -> { });
  }

  public Response get(String path, Consumer<Request.Builder> builder) {
    return request(path, b -> {
      b.get();
      builder.accept(b);
    });
  }

  public Response post(String path) {
    return post(path, null, b -> { });
  }

  public Response post(String path, Object json) {
    return post(path, json, b -> { });
  }

  public Response post(String path, Object json, Consumer<Request.Builder> builder) {
    return request(path, b -> {
      b.post(body(json));
      builder.accept(b);
    });
  }

  private RequestBody body(Object json) {
    if (json == null) {
      return RequestBody.create(new byte[0], null);
    }
    JsonMapper mapper = app.unsafe.jsonMapper.getValue();
    return RequestBody.create(mapper.toJsonString(json, Object.class), JSON);
  }
}
