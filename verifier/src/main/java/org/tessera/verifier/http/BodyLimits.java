package org.tessera.verifier.http;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ConditionalHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;

/**
 * Request body limits per route: a baked badge image (raw {@code image/png} or
 * {@code image/svg+xml} body, or a {@code multipart/form-data} upload) to a verify route may be
 * up to the image limit, every other body up to the request limit. Enforced by Jetty's own
 * {@link SizeLimitHandler}s in front of Javalin, which refuse a larger {@code Content-Length}
 * at once and fail the read as soon as the bytes received pass the limit (chunked bodies), below
 * every reader: Javalin's body, its form parser and the multipart parser.
 */
final class BodyLimits {

  /** The routes that accept a baked badge image: the API and the page ({@code /{lang}/verify}). */
  private static final Pattern IMAGE_PATHS =
      Pattern.compile("/credentials/verify|(/[a-z]{2})?/verify");

  private static final int TOO_LARGE = 413;

  private final int requestBytes;
  private final int imageBytes;

  BodyLimits(int requestBytes, int imageBytes) {
    this.requestBytes = requestBytes;
    this.imageBytes = imageBytes;
  }

  /**
   * For {@code config.jetty.modifyServer}: the server's handlers become image limit, then (for
   * anything but an image upload) request limit, then Javalin.
   */
  void install(Server server) {
    // Each insert goes in front of the previous one: inserted from the inside out.
    server.insertHandler(new SizeLimitHandler(requestBytes, -1));
    ConditionalHandler.SkipNext images = new ConditionalHandler.SkipNext();
    images.include(BodyLimits::isImageUpload);
    server.insertHandler(images);
    server.insertHandler(new SizeLimitHandler(imageBytes, -1));
  }

  /** The largest baked badge image, as the page form states it. */
  int imageBytes() {
    return imageBytes;
  }

  int largest() {
    return Math.max(requestBytes, imageBytes);
  }

  private static boolean isImageUpload(Request request) {
    String path = Request.getPathInContext(request);
    if (!HttpMethod.POST.is(request.getMethod()) || !IMAGE_PATHS.matcher(path).matches()) {
      return false;
    }
    String type = Optional.ofNullable(request.getHeaders().get(HttpHeader.CONTENT_TYPE))
        .orElse("").toLowerCase(Locale.ROOT);
    return type.startsWith("multipart/form-data")
        || (path.equals("/credentials/verify")
            && (type.startsWith("image/png") || type.startsWith("image/svg+xml")
            || type.startsWith("application/pdf")));
  }

  /**
   * Whether the failure, or one of its causes, is a body over its limit: the size limit's 413,
   * which readers wrap (the servlet input in an {@code IOException}, the form parser in a 400).
   */
  static boolean isTooLarge(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof HttpException http && http.getCode() == TOO_LARGE) {
        return true;
      }
    }
    return false;
  }
}
