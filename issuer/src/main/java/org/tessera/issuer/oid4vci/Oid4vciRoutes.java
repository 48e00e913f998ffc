package org.tessera.issuer.oid4vci;

import static io.javalin.apibuilder.ApiBuilder.get;
import static io.javalin.apibuilder.ApiBuilder.post;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.tessera.issuer.http.BearerAuth;
import org.tessera.issuer.http.Responses;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Rejection;
import org.tessera.shared.json.Json;

/**
 * The OpenID4VCI routes of one institution. Declared inside the issuer's {@code apiBuilder}, so
 * the admin route is behind the same bearer guard as the rest of {@code /api/*}.
 */
public final class Oid4vciRoutes {

  private static final String FORM = "application/x-www-form-urlencoded";
  private static final String ISSUER_WELL_KNOWN = "/.well-known/openid-credential-issuer";
  private static final String AS_WELL_KNOWN = "/.well-known/oauth-authorization-server";

  private final OfferService offers;
  private final TokenService token;
  private final NonceService nonces;
  private final CredentialService credential;
  private final String issuerMetadata;
  private final String asMetadata;

  Oid4vciRoutes(OfferService offers, TokenService token, NonceService nonces,
      CredentialService credential, ObjectNode issuerMetadata, ObjectNode asMetadata) {
    this.offers = Objects.requireNonNull(offers, "offers");
    this.token = Objects.requireNonNull(token, "token");
    this.nonces = Objects.requireNonNull(nonces, "nonces");
    this.credential = Objects.requireNonNull(credential, "credential");
    this.issuerMetadata = Json.write(issuerMetadata);
    this.asMetadata = Json.write(asMetadata);
  }

  /**
   * Declares the routes of the institutions {@code routes} finds for a request, under
   * {@code prefix} (empty: the default institution at the root). The metadata lives at the
   * issuer URL plus {@code /.well-known/...} (draft 13 and the root); OpenID4VCI 1.0 puts it
   * between host and path, see {@link #declareInsertedWellKnown}.
   */
  public static void declare(String prefix, Function<Context, Oid4vciRoutes> routes) {
    get(prefix + ISSUER_WELL_KNOWN, ctx -> metadata(ctx, routes.apply(ctx).issuerMetadata));
    get(prefix + AS_WELL_KNOWN, ctx -> metadata(ctx, routes.apply(ctx).asMetadata));
    get(prefix + IssuerMetadata.OFFER_PATH + "{handle}", ctx -> routes.apply(ctx).offer(ctx));
    post(prefix + IssuerMetadata.TOKEN_PATH, ctx -> routes.apply(ctx).token(ctx));
    post(prefix + IssuerMetadata.NONCE_PATH,
        ctx -> write(ctx, routes.apply(ctx).nonces.nonceResponse()));
    post(prefix + IssuerMetadata.CREDENTIAL_PATH, ctx -> routes.apply(ctx).credential(ctx));
    post(prefix + "/api/credentials/{id}/offer", ctx -> routes.apply(ctx).createOffer(ctx));
  }

  /**
   * The metadata of an issuer whose URL has a path ({@code https://host/institutions/x}) at
   * the OpenID4VCI 1.0 / RFC 8414 address: {@code https://host/.well-known/<name>/institutions/x}.
   *
   * @param pathPattern the route pattern of the issuer URL's path, e.g.
   *     {@code /institutions/{institution}}
   */
  public static void declareInsertedWellKnown(String pathPattern,
      Function<Context, Oid4vciRoutes> routes) {
    get(ISSUER_WELL_KNOWN + pathPattern,
        ctx -> metadata(ctx, routes.apply(ctx).issuerMetadata));
    get(AS_WELL_KNOWN + pathPattern, ctx -> metadata(ctx, routes.apply(ctx).asMetadata));
  }

  private static void metadata(Context ctx, String json) {
    ctx.header("Cache-Control", "public, max-age=300").contentType(Responses.JSON).result(json);
  }

  private void offer(Context ctx) {
    Optional<ObjectNode> offer = offers.offerJson(ctx.pathParam("handle"));
    ctx.header("Cache-Control", "no-store");
    Outcome<ObjectNode> outcome = offer.<Outcome<ObjectNode>>map(Outcome::ok)
        .orElse(Outcome.failed(Rejection.of(IssuerError.NOT_FOUND)));
    Responses.write(ctx, outcome, 200);
  }

  private void token(Context ctx) {
    String type = Optional.ofNullable(ctx.contentType()).orElse("");
    if (!type.regionMatches(true, 0, FORM, 0, FORM.length())) {
      write(ctx, OAuthResponse.error(OAuthError.INVALID_REQUEST,
          "the token request must be form-encoded"));
      return;
    }
    write(ctx, token.exchange(ctx.formParamMap()));
  }

  private void credential(Context ctx) {
    write(ctx, credential.issue(Optional.ofNullable(ctx.header("Authorization")), ctx.body()));
  }

  private void createOffer(Context ctx) {
    String actor = BearerAuth.actor(ctx);
    String id = ctx.pathParam("id");
    Responses.write(ctx, Responses.optionalBody(ctx)
        .then(body -> offers.create(id, body, actor)), 201);
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
