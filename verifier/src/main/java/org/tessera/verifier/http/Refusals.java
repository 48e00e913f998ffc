package org.tessera.verifier.http;

import io.javalin.http.Context;
import org.tessera.verifier.result.RequestError;

/** The one way an API handler answers a refused request: problem details at the error's status. */
final class Refusals {

  private Refusals() {}

  static void write(Context ctx, RequestError error, String detail) {
    if (error == RequestError.MANAGE_TOKEN_REQUIRED) {
      ctx.header("WWW-Authenticate", "Bearer");
    }
    Problem.write(ctx, error.status(), error.title(), detail);
  }
}
