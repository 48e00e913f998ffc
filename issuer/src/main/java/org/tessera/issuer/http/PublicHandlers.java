package org.tessera.issuer.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Rejection;
import org.tessera.issuer.status.StatusListRow;

/** Unauthenticated, cacheable documents: DID document, JWKS, achievements, status lists. */
final class PublicHandlers {

  static final String VC_JWT = "application/vc+jwt";

  private final InstitutionResolver at;
  private final long ttlSeconds;
  private final PublishedResources resources;

  PublicHandlers(InstitutionResolver at, long ttlSeconds, PublishedResources resources) {
    this.at = Objects.requireNonNull(at, "at");
    this.ttlSeconds = ttlSeconds;
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  void didDocument(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=300")
        .contentType("application/did+json").result(at.of(ctx).publicKeys().didDocumentJson());
  }

  void jwks(Context ctx) {
    ctx.header("Cache-Control", "public, max-age=300")
        .contentType("application/jwk-set+json").result(at.of(ctx).publicKeys().jwksJson());
  }

  void achievement(Context ctx) {
    Responses.write(ctx, at.of(ctx).achievements().publicJson(ctx.pathParam("id")), 200);
  }

  void statusList(Context ctx) {
    Optional<StatusListRow> list = at.of(ctx).status().published(ctx.pathParam("listId"));
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
    published(ctx, resources.cmfContext());
  }

  void cmfSchema(Context ctx) {
    published(ctx, resources.cmfSchema());
  }

  /**
   * A versioned file that never changes (a change is a new version, docs/decisions/0036): cached
   * for a year, readable by JSON-LD processors in browsers, revalidated by its ETag.
   */
  private static void published(Context ctx, PublishedResources.Resource resource) {
    ctx.header("Cache-Control", "public, max-age=31536000, immutable")
        .header("Access-Control-Allow-Origin", "*")
        .header("ETag", resource.etag());
    if (resource.etag().equals(ctx.header("If-None-Match"))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(resource.contentType()).result(resource.bytes());
  }
}
