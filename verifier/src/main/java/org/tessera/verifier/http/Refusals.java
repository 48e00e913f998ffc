package org.tessera.verifier.http;

import io.javalin.http.Context;
import java.util.Optional;
import org.tessera.kit.http.ProblemDetails;
import org.tessera.verifier.result.RequestError;

/** The one way an API handler answers a refused request: problem details at the error's status. */
final class Refusals {

  private Refusals() {}

  static void write(Context ctx, RequestError error, String detail) {
    if (error == RequestError.MANAGE_TOKEN_REQUIRED) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    write(ctx, error.status(), error.title(), detail);
  }

  /** RFC 9457 problem details with no page of their own ({@code about:blank}). */
  static void write(Context ctx, int status, String title, String detail) {
    ProblemDetails.write(ctx, ProblemDetails.body(ProblemDetails.ABOUT_BLANK, title, status,
        Optional.of(detail)));
  }
}
