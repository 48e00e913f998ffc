package org.tessera.verifier.http;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.server.HttpInput;
import org.eclipse.jetty.server.Request;

/**
 * Request body limits per route: a baked badge image (raw {@code image/png} or
 * {@code image/svg+xml} body, or a {@code multipart/form-data} upload) to a verify route may be
 * up to the image limit, every other body up to the request limit. Javalin only compares
 * {@code Content-Length} with one global size, so this runs before every route: a declared
 * length over the limit is refused at once, and a Jetty input interceptor counts the bytes
 * actually received (chunked bodies have no length), failing the read past the limit.
 */
final class BodyLimits {

  /** The routes that accept a baked badge image: the API and the page ({@code /{lang}/verify}). */
  private static final Pattern IMAGE_PATHS =
      Pattern.compile("/credentials/verify|(/[a-z]{2})?/verify");

  private final int requestBytes;
  private final int imageBytes;

  BodyLimits(int requestBytes, int imageBytes) {
    this.requestBytes = requestBytes;
    this.imageBytes = imageBytes;
  }

  /** The before-handler: refuses or caps this request's body. */
  void apply(Context ctx) {
    long limit = limit(ctx);
    if (ctx.req().getContentLengthLong() > limit) {
      throw new TooLarge();
    }
    HttpInput input = Request.getBaseRequest(ctx.req()).getHttpInput();
    input.addInterceptor(content -> {
      // Bytes received so far, counted by Jetty before interception: no double counting.
      if (input.getContentReceived() > limit) {
        throw new TooLarge();
      }
      return content;
    });
  }

  int largest() {
    return Math.max(requestBytes, imageBytes);
  }

  private long limit(Context ctx) {
    return isImageUpload(ctx) ? imageBytes : requestBytes;
  }

  private static boolean isImageUpload(Context ctx) {
    if (ctx.method() != HandlerType.POST || !IMAGE_PATHS.matcher(ctx.path()).matches()) {
      return false;
    }
    String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
    return type.startsWith("multipart/form-data")
        || (ctx.path().equals("/credentials/verify")
            && (type.startsWith("image/png") || type.startsWith("image/svg+xml")));
  }

  /** Whether the failure, or one of its causes, is a body over its limit. */
  static boolean isTooLarge(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof TooLarge) {
        return true;
      }
    }
    return false;
  }

  /**
   * Thrown past the limit; parsers wrap it (Jetty: {@code IOException("Bad content")}, the
   * multipart reader its own exceptions), so the app looks for it along the cause chain.
   */
  static final class TooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooLarge() {
      super("request body too large", null, false, false);
    }
  }
}
