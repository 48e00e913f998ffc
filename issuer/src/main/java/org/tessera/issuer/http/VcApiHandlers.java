package org.tessera.issuer.http;

import io.javalin.http.Context;
import java.util.Objects;
import org.tessera.issuer.vcapi.VcApiService;

/** W3C VC-API issuing endpoint ({@code POST /credentials/issue}, behind bearer auth). */
final class VcApiHandlers {

  private final VcApiService service;

  VcApiHandlers(VcApiService service) {
    this.service = Objects.requireNonNull(service, "service");
  }

  void issue(Context ctx) {
    String actor = BearerAuth.actor(ctx);
    Responses.write(ctx, Responses.body(ctx).then(body -> service.issue(body, actor)), 201);
  }
}
