package org.tessera.verifier.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;
import org.tessera.kit.http.ProblemDetails;
import org.tessera.verifier.result.RequestError;

/**
 * The one way an API handler answers a refused request: problem details at the error's status,
 * with the error's name as {@code code}.
 */
final class Refusals {

  private Refusals() {}

  static void write(Context ctx, RequestError error, String detail) {
    if (error == RequestError.MANAGE_TOKEN_REQUIRED) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    ProblemDetails.write(ctx, body(error, detail));
  }

  /** The problem body of {@code error}, also for answers written below Javalin. */
  static ObjectNode body(RequestError error, String detail) {
    ObjectNode body = ProblemDetails.body(ProblemDetails.ABOUT_BLANK,
        HttpStatus.forStatus(error.status()).getMessage(), error.status(), Optional.of(detail));
    body.put("code", error.name());
    return body;
  }

  /** RFC 9457 problem details with no page of their own ({@code about:blank}). */
  static void write(Context ctx, int status, String title, String detail) {
    ProblemDetails.write(ctx, body(status, title, detail));
  }

  static ObjectNode body(int status, String title, String detail) {
    return ProblemDetails.body(ProblemDetails.ABOUT_BLANK, title, status, Optional.of(detail));
  }
}
