package org.tessera.issuer.http;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.oid4vci.OAuthError;
import org.tessera.issuer.oid4vci.OAuthResponse;
import org.tessera.issuer.oid4vci.OfferService;
import org.tessera.issuer.oid4vci.Oid4vci;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Rejection;
import org.tessera.shared.json.Json;

/**
 * The OpenID4VCI endpoints of an institution (metadata, offers, token, nonce, credential) and
 * the admin route that creates an offer; the routes are declared in {@link IssuerRoutes}, the
 * admin one behind the same bearer guard as the rest of {@code /api/*}.
 */
final class Oid4vciHandlers {

  static final String ISSUER_WELL_KNOWN = "/.well-known/openid-credential-issuer";
  static final String AS_WELL_KNOWN = "/.well-known/oauth-authorization-server";
  private static final String FORM = "application/x-www-form-urlencoded";

  private final InstitutionResolver at;

  Oid4vciHandlers(InstitutionResolver at) {
    this.at = Objects.requireNonNull(at, "at");
  }

  void issuerMetadata(Context ctx) {
    metadata(ctx, at.of(ctx).oid4vci().issuerMetadata());
  }

  void authorizationServerMetadata(Context ctx) {
    metadata(ctx, at.of(ctx).oid4vci().authorizationServerMetadata());
  }

  void offer(Context ctx) {
    Optional<ObjectNode> offer = at.of(ctx).oid4vci().offers().offerJson(ctx.pathParam("handle"));
    ctx.header("Cache-Control", "no-store");
    Outcome<ObjectNode> outcome = offer.<Outcome<ObjectNode>>map(Outcome::ok)
        .orElse(Outcome.failed(Rejection.of(IssuerError.NOT_FOUND)));
    Responses.write(ctx, outcome, 200);
  }

  void token(Context ctx) {
    Oid4vci oid4vci = at.of(ctx).oid4vci();
    String type = Optional.ofNullable(ctx.contentType()).orElse("");
    if (!type.regionMatches(true, 0, FORM, 0, FORM.length())) {
      write(ctx, OAuthResponse.error(OAuthError.INVALID_REQUEST,
          "the token request must be form-encoded"));
      return;
    }
    write(ctx, oid4vci.token(ctx.formParamMap()));
  }

  void nonce(Context ctx) {
    write(ctx, at.of(ctx).oid4vci().nonce());
  }

  void credential(Context ctx) {
    Oid4vci oid4vci = at.of(ctx).oid4vci();
    write(ctx, oid4vci.credential(Optional.ofNullable(ctx.header("Authorization")), ctx.body()));
  }

  void createOffer(Context ctx) {
    OfferService offers = at.of(ctx).oid4vci().offers();
    String actor = BearerAuth.actor(ctx);
    String id = ctx.pathParam("id");
    Responses.write(ctx, Responses.optionalBody(ctx)
        .then(body -> offers.create(id, body, actor)), 201);
  }

  private static void metadata(Context ctx, String json) {
    ctx.header("Cache-Control", "public, max-age=300").contentType(Responses.JSON).result(json);
  }

  private static void write(Context ctx, OAuthResponse response) {
    ctx.header("Cache-Control", "no-store");
    ctx.header("Pragma", "no-cache");
    if (response.error().filter(e -> e == OAuthError.INVALID_TOKEN).isPresent()) {
      ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
    ctx.status(response.status()).contentType(Responses.JSON).result(Json.write(response.body()));
  }
}
