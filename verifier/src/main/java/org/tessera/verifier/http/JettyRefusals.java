package org.tessera.verifier.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.tessera.kit.http.ProblemDetails;
import org.tessera.verifier.result.RequestError;

/**
 * Problem details, as the API's other refusals, for what Jetty refuses before Javalin sees the
 * request: a declared body over its limit ({@link BodyLimits}), a malformed request. Never
 * Jetty's HTML page, and never the failure's message (it can quote the request).
 */
final class JettyRefusals extends ErrorHandler {

  @Override
  protected void generateResponse(Request request, Response response, int code, String message,
      Throwable cause, Callback callback) {
    ObjectNode body = code == RequestError.BODY_TOO_LARGE.status()
        ? Refusals.body(RequestError.BODY_TOO_LARGE, "request body too large")
        : Refusals.body(status(code), HttpStatus.getMessage(status(code)), "request refused");
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemDetails.CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(ProblemDetails.json(body)
        .getBytes(StandardCharsets.UTF_8)), callback);
  }

  private static int status(int code) {
    return code < 400 || code > 599 ? 400 : code;
  }
}
