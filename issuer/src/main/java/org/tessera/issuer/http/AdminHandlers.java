package org.tessera.issuer.http;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.issuance.IssuanceService;
import org.tessera.issuer.issuance.StatusAction;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Page;

/** Handlers of the admin API ({@code /api/*}, behind bearer auth). */
final class AdminHandlers {

  private final InstitutionResolver at;

  AdminHandlers(InstitutionResolver at) {
    this.at = Objects.requireNonNull(at, "at");
  }

  void createAchievement(Context ctx) {
    String actor = BearerAuth.actor(ctx);
    Responses.write(ctx, Responses.body(ctx)
        .then(body -> at.of(ctx).achievements().create(body, actor)), 201);
  }

  void listAchievements(Context ctx) {
    Responses.write(ctx, page(ctx).map(at.of(ctx).achievements()::list), 200);
  }

  void getAchievement(Context ctx) {
    Responses.write(ctx, at.of(ctx).achievements().find(ctx.pathParam("id")), 200);
  }

  void issueCredential(Context ctx) {
    String actor = BearerAuth.actor(ctx);
    Optional<String> key = Optional.ofNullable(ctx.header(IssuanceService.IDEMPOTENCY_HEADER));
    Outcome<IssuanceService.Issued> issued = Responses.body(ctx)
        .then(body -> at.of(ctx).delivery().issue(body, actor, key));
    boolean replayed = issued.toOptional().map(IssuanceService.Issued::replayed).orElse(false);
    Responses.write(ctx, issued.map(IssuanceService.Issued::credential), replayed ? 200 : 201);
  }

  void listCredentials(Context ctx) {
    Responses.write(ctx, page(ctx).map(at.of(ctx).issuance()::list), 200);
  }

  void getCredential(Context ctx) {
    Responses.write(ctx, at.of(ctx).issuance().find(ctx.pathParam("id")), 200);
  }

  void revoke(Context ctx) {
    change(ctx, StatusAction.REVOKE);
  }

  void suspend(Context ctx) {
    change(ctx, StatusAction.SUSPEND);
  }

  void reinstate(Context ctx) {
    change(ctx, StatusAction.REINSTATE);
  }

  private void change(Context ctx, StatusAction action) {
    String actor = BearerAuth.actor(ctx);
    String id = ctx.pathParam("id");
    Responses.write(ctx, Responses.optionalBody(ctx)
        .then(body -> at.of(ctx).lifecycle().change(id, action, body, actor)), 200);
  }

  private static Outcome<Page> page(Context ctx) {
    return Page.parse(ctx.queryParam("limit"), ctx.queryParam("offset"));
  }
}
