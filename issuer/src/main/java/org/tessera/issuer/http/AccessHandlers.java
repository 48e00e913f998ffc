package org.tessera.issuer.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.access.ApiTokens;
import org.tessera.issuer.audit.AuditTrail;
import org.tessera.issuer.keys.KeyLifecycle;
import org.tessera.issuer.result.Outcome;

/** Handlers of the key, token and audit routes of the admin API. */
final class AccessHandlers {

  private final KeyLifecycle keys;
  private final ApiTokens tokens;
  private final AuditTrail audit;

  AccessHandlers(KeyLifecycle keys, ApiTokens tokens, AuditTrail audit) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  void listKeys(Context ctx) {
    Responses.write(ctx, Outcome.ok(keys.list()), 200);
  }

  void activateKey(Context ctx) {
    Responses.write(ctx, keys.activate(ctx.pathParam("kid"), BearerAuth.actor(ctx)), 200);
  }

  void retireKey(Context ctx) {
    Responses.write(ctx, keys.retire(ctx.pathParam("kid"), BearerAuth.actor(ctx)), 200);
  }

  void compromiseKey(Context ctx) {
    String actor = BearerAuth.actor(ctx);
    String kid = ctx.pathParam("kid");
    Responses.write(ctx, Responses.body(ctx).then(body -> keys.compromise(kid, body, actor)),
        200);
  }

  void createToken(Context ctx) {
    Responses.write(ctx, Responses.body(ctx)
        .then(body -> tokens.create(body, BearerAuth.actorRecord(ctx))), 201);
  }

  void listTokens(Context ctx) {
    Responses.write(ctx, Outcome.ok(tokens.list()), 200);
  }

  void revokeToken(Context ctx) {
    Responses.write(ctx, tokens.revoke(ctx.pathParam("id"), BearerAuth.actorRecord(ctx)), 200);
  }

  void queryAudit(Context ctx) {
    Responses.write(ctx, audit.query(query(ctx, "action"), query(ctx, "from"),
        query(ctx, "to"), query(ctx, "limit"), query(ctx, "offset")), 200);
  }

  void exportAudit(Context ctx) {
    ctx.status(200).contentType("application/jsonl");
    try (Writer out = new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8)) {
      audit.export(line -> {
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

  private static Optional<String> query(Context ctx, String name) {
    return Optional.ofNullable(ctx.queryParam(name));
  }
}
