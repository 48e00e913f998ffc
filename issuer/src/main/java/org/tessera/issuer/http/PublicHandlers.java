package org.tessera.issuer.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Rejection;
import org.tessera.issuer.institutions.Institution;
import org.tessera.issuer.status.StatusListRow;
import org.tessera.issuer.status.StatusListService;

/**
 * Unauthenticated, cacheable documents: DID document, JWKS, achievements, status lists (W3C
 * Bitstring and IETF Token), the SD-JWT VC type metadata and JWT VC Issuer Metadata.
 */
final class PublicHandlers {

  static final String VC_JWT = "application/vc+jwt";
  /** SD-JWT VC §5: the issuer metadata of {@code https://host/path} is at this name + path. */
  static final String JWT_VC_ISSUER_WELL_KNOWN = "/.well-known/jwt-vc-issuer";

  private final InstitutionResolver at;
  private final long ttlSeconds;
  private final PublishedResources resources;
  private final PublishedResources.Resource typeMetadata;

  PublicHandlers(InstitutionResolver at, long ttlSeconds, PublishedResources resources) {
    this.at = Objects.requireNonNull(at, "at");
    this.ttlSeconds = ttlSeconds;
    this.resources = Objects.requireNonNull(resources, "resources");
    this.typeMetadata = PublishedResources.of(
        at.institutions().root().sdJwt().type().bytes(), Responses.JSON);
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
    list(ctx, at.of(ctx).status().published(ctx.pathParam("listId")), VC_JWT);
  }

  void tokenStatusList(Context ctx) {
    list(ctx, at.of(ctx).status().publishedToken(ctx.pathParam("listId")),
        StatusListService.TOKEN_MEDIA_TYPE);
  }

  /** The SD-JWT VC type metadata, at the deployment's {@code vct} URL. */
  void typeMetadata(Context ctx) {
    published(ctx, typeMetadata);
  }

  /** The JWT VC Issuer Metadata: {@code iss} of the institution's SD-JWT VCs and its keys. */
  void jwtVcIssuer(Context ctx) {
    Institution institution = at.of(ctx);
    ctx.header("Cache-Control", "public, max-age=300").contentType(Responses.JSON)
        .result(institution.publicKeys().jwtVcIssuerJson(institution.identity().baseUrl()));
  }

  /** A signed status list, revalidated by its ETag once its ttl has passed. */
  private void list(Context ctx, Optional<StatusListRow> list, String mediaType) {
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
    ctx.contentType(mediaType).result(list.get().signedJwt());
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
