package org.tessera.issuer.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.access.Actor;
import org.tessera.issuer.access.ApiTokens;
import org.tessera.issuer.audit.AuditTrail;
import org.tessera.issuer.keys.KeyLifecycle;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Rejection;
import org.tessera.issuer.store.Scope;

/**
 * Handlers of the key, token and audit routes of the admin API. Keys are the route's
 * institution's; tokens and audit events are those the actor may see there
 * ({@link Actor#view}).
 */
final class AccessHandlers {

  private final InstitutionResolver at;
  private final ApiTokens tokens;
  private final AuditTrail audit;

  AccessHandlers(InstitutionResolver at, ApiTokens tokens, AuditTrail audit) {
    this.at = Objects.requireNonNull(at, "at");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  void listKeys(Context ctx) {
    Responses.write(ctx, Outcome.ok(keys(ctx).list()), 200);
  }

  void activateKey(Context ctx) {
    Responses.write(ctx, keys(ctx).activate(ctx.pathParam("kid"), BearerAuth.actor(ctx)), 200);
  }

  void retireKey(Context ctx) {
    Responses.write(ctx, keys(ctx).retire(ctx.pathParam("kid"), BearerAuth.actor(ctx)), 200);
  }

  void compromiseKey(Context ctx) {
    String actor = BearerAuth.actor(ctx);
    String kid = ctx.pathParam("kid");
    KeyLifecycle keys = keys(ctx);
    Responses.write(ctx, Responses.body(ctx).then(body -> keys.compromise(kid, body, actor)),
        200);
  }

  void createToken(Context ctx) {
    Actor actor = BearerAuth.actorRecord(ctx);
    Scope route = at.scope(ctx);
    Responses.write(ctx, Responses.body(ctx)
        .then(body -> tokens.create(body, actor, route)), 201);
  }

  void listTokens(Context ctx) {
    Responses.write(ctx, Outcome.ok(tokens.list(view(ctx))), 200);
  }

  void revokeToken(Context ctx) {
    Responses.write(ctx, tokens.revoke(ctx.pathParam("id"), BearerAuth.actorRecord(ctx),
        view(ctx)), 200);
  }

  void queryAudit(Context ctx) {
    Responses.write(ctx, auditView(ctx).then(view -> audit.query(view, query(ctx, "action"),
        query(ctx, "from"), query(ctx, "to"), query(ctx, "limit"), query(ctx, "offset"))),
        200);
  }

  void exportAudit(Context ctx) {
    Outcome<Optional<Scope>> outcome = auditView(ctx);
    if (outcome instanceof Outcome.Failed<Optional<Scope>> failed) {
      Problems.write(ctx, failed.rejection());
      return;
    }
    Optional<Scope> view = outcome.toOptional().orElseThrow();
    ctx.status(200).contentType("application/jsonl");
    try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
      audit.export(view, line -> {
        try {
          out.write(line);
          out.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void verifyAudit(Context ctx) {
    Responses.write(ctx, Outcome.ok(audit.verify()), 200);
  }

  private KeyLifecycle keys(Context ctx) {
    return at.of(ctx).keyLifecycle();
  }

  private Optional<Scope> view(Context ctx) {
    return BearerAuth.actorRecord(ctx).view(at.scope(ctx));
  }

  /**
   * The actor's view, narrowed to one institution by {@code ?institution=} where the view is
   * the whole deployment.
   */
  private Outcome<Optional<Scope>> auditView(Context ctx) {
    Optional<Scope> view = view(ctx);
    Optional<String> named = query(ctx, "institution");
    if (named.isEmpty()) {
      return Outcome.ok(view);
    }
    if (at.institutions().find(named.get()).isEmpty()) {
      return Outcome.failed(Rejection.invalid("institution",
          "is not an institution of this deployment"));
    }
    Scope scope = new Scope(named.get());
    if (view.isPresent() && !view.get().equals(scope)) {
      return Outcome.failed(Rejection.of(IssuerError.FORBIDDEN));
    }
    return Outcome.ok(Optional.of(scope));
  }

  private static Optional<String> query(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name));
  }
}
