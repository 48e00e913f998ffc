package org.tessera.issuer.http;

import io.javalin.http.Context;
import java.util.Objects;

/** W3C VC-API issuing endpoint ({@code POST /credentials/issue}, behind bearer auth). */
final class VcApiHandlers {

  private final InstitutionResolver at;

  VcApiHandlers(InstitutionResolver at) {
    this.at = Objects.requireNonNull(at, "at");
  }

  void issue(Context ctx) {
    String actor = BearerAuth.actor(ctx);
    Responses.write(ctx, Responses.body(ctx)
        .then(body -> at.of(ctx).vcApi().issue(body, actor)), 201);
  }
}
