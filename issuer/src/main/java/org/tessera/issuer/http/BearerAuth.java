package org.tessera.issuer.http;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.tessera.issuer.access.AccessPolicy;
import org.tessera.issuer.access.Actor;
import org.tessera.issuer.access.ApiTokens;
import org.tessera.shared.limits.RateLimiter;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Rejection;
import org.tessera.issuer.store.Scope;

/**
 * Bearer-token guard of the admin API: authenticates the token ({@link ApiTokens}: constant-time
 * digests), checks that it serves the route's institution and its role against
 * {@link AccessPolicy}, rate-limits per token (failed attempts per client IP), and records the
 * actor (label and token id, never the token) for the audit trail.
 */
public final class BearerAuth {

  static final String ACTOR = "tessera.actor";
  static final String ACTOR_RECORD = "tessera.actor.record";
  private static final String PREFIX = "Bearer ";

  private final ApiTokens tokens;
  private final InstitutionResolver at;
  private final RateLimiter perToken;
  private final EdgeGuard edge;

  BearerAuth(ApiTokens tokens, InstitutionResolver at, RateLimiter perToken, EdgeGuard edge) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.at = Objects.requireNonNull(at, "at");
    this.perToken = Objects.requireNonNull(perToken, "perToken");
    this.edge = Objects.requireNonNull(edge, "edge");
  }

  /**
   * A before-handler: lets an authorised request through, answers 401/403/429 otherwise (and
   * 404 for an institution the deployment does not serve).
   */
  void check(Context ctx) {
    Scope route = at.scope(ctx);
    Optional<Actor> actor = presented(ctx).flatMap(tokens::authenticate);
    if (actor.isEmpty()) {
      // Guessing tokens costs the guesser's IP budget.
      if (edge.limited(ctx)) {
        return;
      }
      ctx.header("WWW-Authenticate", "Bearer realm=\"tessera-issuer\"");
      refuse(ctx, IssuerError.UNAUTHORIZED);
      return;
    }
    if (!actor.get().serves(route)
        || !AccessPolicy.allowed(ctx.method().name(), ctx.path()).contains(actor.get().role())) {
      refuse(ctx, IssuerError.FORBIDDEN);
      return;
    }
    OptionalLong retry = perToken.take(actor.get().tokenId());
    if (retry.isPresent()) {
      EdgeGuard.tooMany(ctx, retry.getAsLong());
      return;
    }
    ctx.attribute(ACTOR, actor.get().auditName());
    ctx.attribute(ACTOR_RECORD, actor.get());
  }

  private static Optional<String> presented(Context ctx) {
    String header = ctx.header("Authorization");
    if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      return Optional.empty();
    }
    return Optional.of(header.substring(PREFIX.length()).strip());
  }

  private static void refuse(Context ctx, IssuerError code) {
    Problems.write(ctx, Rejection.of(code));
    ctx.skipRemainingHandlers();
  }

  /** The token label of an authorised request; only valid behind {@link #check}. */
  public static String actor(Context ctx) {
    String actor = ctx.attribute(ACTOR);
    if (actor == null) {
      throw new IllegalStateException("route is not behind bearer auth");
    }
    return actor;
  }

  static Actor actorRecord(Context ctx) {
    Actor actor = ctx.attribute(ACTOR_RECORD);
    if (actor == null) {
      throw new IllegalStateException("route is not behind bearer auth");
    }
    return actor;
  }
}
