package org.tessera.issuer.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.achievements.AchievementService;
import org.tessera.issuer.keys.PublicKeyDocuments;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Rejection;
import org.tessera.issuer.status.StatusListService;
import org.tessera.issuer.store.StatusListRow;

/** Unauthenticated, cacheable documents: DID document, JWKS, achievements, status lists. */
final class PublicHandlers {

  static final String VC_JWT = "application/vc+jwt";

  private final PublicKeyDocuments keys;
  private final AchievementService achievements;
  private final StatusListService status;
  private final long ttlSeconds;
  private final PublishedResources resources;

  PublicHandlers(PublicKeyDocuments keys, AchievementService achievements,
      StatusListService status, long ttlSeconds, PublishedResources resources) {
    this.keys = Objects.requireNonNull(keys, "keys");
    this.achievements = Objects.requireNonNull(achievements, "achievements");
    this.status = Objects.requireNonNull(status, "status");
    this.ttlSeconds = ttlSeconds;
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  void didDocument(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=300")
        .contentType("application/did+json").result(keys.didDocumentJson());
  }

  void jwks(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=300")
        .contentType("application/jwk-set+json").result(keys.jwksJson());
  }

  void achievement(Context ctx) {
    Responses.write(ctx, achievements.publicJson(ctx.pathParam("id")), 200);
  }

  void statusList(Context ctx) {
    Optional<StatusListRow> list = status.published(ctx.pathParam("listId"));
    if (list.isEmpty()) {
      Problems.write(ctx, Rejection.of(IssuerError.NOT_FOUND));
      return;
    }
    String etag = list.get().etag();
    ctx.header("ETag", etag).header("Cache-Control", "public, max-age=" + ttlSeconds);
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(VC_JWT).result(list.get().signedJwt());
  }

  void cmfContext(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=86400")
        .header("Access-Control-Allow-Origin", "*")
        .contentType("application/ld+json").result(resources.cmfContext());
  }

  void cmfSchema(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=86400")
        .header("Access-Control-Allow-Origin", "*")
        .contentType("application/schema+json").result(resources.cmfSchema());
  }
}
