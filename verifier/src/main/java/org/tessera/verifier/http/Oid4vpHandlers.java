package org.tessera.verifier.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.json.Json;
import org.tessera.verifier.oid4vp.ClientIdPrefix;
import org.tessera.verifier.oid4vp.DcqlQuery;
import org.tessera.verifier.oid4vp.Oid4vpOutcome;
import org.tessera.verifier.oid4vp.Oid4vpTransactions;
import org.tessera.verifier.oid4vp.ResponseMode;
import org.tessera.verifier.oid4vp.TransactionResult;
import org.tessera.verifier.result.RequestError;

/**
 * The OpenID4VP verifier's HTTP side (docs/presentations.md): {@code POST /oid4vp/transactions}
 * (create; JSON {@code {"query": name}}), {@code GET /oid4vp/transactions/{id}} (status and
 * result, {@code Authorization: Bearer <readToken>}), {@code GET|POST /oid4vp/requests/{id}}
 * (the request object, once), {@code POST /oid4vp/response} ({@code direct_post}),
 * {@code GET /oid4vp/queries} and the verifier's DID document. Wallet-facing refusals are
 * OAuth error objects with Tessera's {@code code}; never a 500 for bad input.
 */
final class Oid4vpHandlers {

  static final String REQUEST_OBJECT_TYPE = "application/oauth-authz-req+jwt";
  static final String CREATE_BODY = "expected a JSON object {\"query\": name, \"responseMode\":"
      + " mode, \"clientIdPrefix\": prefix}, name one of ";

  private final Oid4vpTransactions transactions;

  Oid4vpHandlers(Oid4vpTransactions transactions) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  void create(Context ctx) {
    Optional<ObjectNode> body = Json.parseUntrustedObject(ctx.body());
    Optional<DcqlQuery> query = body.map(b -> b.path("query")).filter(JsonNode::isTextual)
        .map(JsonNode::asText).flatMap(transactions.queries()::named);
    JsonNode prefixName = body.map(b -> b.path("clientIdPrefix")).orElse(Json.object());
    Optional<ClientIdPrefix> prefix = prefixName.isMissingNode()
        ? Optional.of(ClientIdPrefix.DECENTRALIZED_IDENTIFIER)
        : Optional.of(prefixName).filter(JsonNode::isTextual).map(JsonNode::asText)
            .flatMap(ClientIdPrefix::named)
            .filter(p -> p != ClientIdPrefix.REDIRECT_URI || transactions.redirectUriAllowed());
    JsonNode modeName = body.map(b -> b.path("responseMode")).orElse(Json.object());
    Optional<ResponseMode> mode = modeName.isMissingNode() ? Optional.of(ResponseMode.DIRECT_POST)
        : Optional.of(modeName).filter(JsonNode::isTextual).map(JsonNode::asText)
            .flatMap(ResponseMode::named);
    if (query.isEmpty() || prefix.isEmpty() || mode.isEmpty()) {
      Refusals.write(ctx, RequestError.MALFORMED_REQUEST, CREATE_BODY
          + transactions.queries().names() + ", optional responseMode direct_post or"
          + " direct_post.jwt, and optional clientIdPrefix "
          + (transactions.redirectUriAllowed() ? "decentralized_identifier or redirect_uri"
              : "decentralized_identifier (redirect_uri only with"
                  + " VERIFIER_OID4VP_ALLOW_REDIRECT_URI=true)"));
      return;
    }
    Oid4vpTransactions.Result<Oid4vpTransactions.Created> created =
        transactions.create(query.get(), prefix.get(), mode.get());
    if (created.refusal().isPresent()) {
      oauthError(ctx, created.refusal().get());
      return;
    }
    Oid4vpTransactions.Created c = created.value().orElseThrow();
    ObjectNode answer = Json.object().put("id", c.id()).put("readToken", c.readToken())
        .put("query", query.get().name())
        .put("clientId", c.clientId())
        .put("requestUri", c.requestUri()).put("authorizationRequest", c.authorizationRequest())
        .put("expiresAt", c.expiresAt().toString());
    ctx.status(201).header("Cache-Control", "no-store").json(answer);
  }

  void status(Context ctx) {
    String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
    Optional<String> token = header.startsWith("Bearer ")
        ? Optional.of(header.substring("Bearer ".length()).strip()) : Optional.empty();
    Optional<Oid4vpTransactions.Status> status =
        token.flatMap(t -> transactions.status(ctx.pathParam("id"), t));
    if (status.isEmpty()) {
      // Unknown and "not yours" look the same: a third party learns nothing.
      Refusals.write(ctx, RequestError.NOT_FOUND, "no transaction for this id and read token");
      return;
    }
    ctx.header("Cache-Control", "no-store").json(status.get().toJson());
  }

  void requestObject(Context ctx) {
    Optional<String> walletNonce = "POST".equals(ctx.method().name()) && ctx.isFormUrlencoded()
        ? Optional.ofNullable(ctx.formParam("wallet_nonce")).filter(n -> n.matches(
            "[A-Za-z0-9._~-]{1,128}")) : Optional.empty();
    Oid4vpTransactions.Result<String> jwt =
        transactions.requestObject(ctx.pathParam("id"), walletNonce);
    if (jwt.refusal().isPresent()) {
      oauthError(ctx, jwt.refusal().get());
      return;
    }
    ctx.contentType(REQUEST_OBJECT_TYPE).header("Cache-Control", "no-store")
        .result(jwt.value().orElseThrow());
  }

  void response(Context ctx) {
    if (!ctx.isFormUrlencoded()) {
      ctx.status(400).header("Cache-Control", "no-store").json(Json.object()
          .put("error", Oid4vpOutcome.INVALID_REQUEST)
          .put("error_description", "direct_post answers are application/x-www-form-urlencoded"));
      return;
    }
    Optional<String> encrypted = form(ctx, "response");
    Oid4vpTransactions.Result<TransactionResult> result = encrypted.isPresent()
        ? transactions.answerEncrypted(encrypted.get())
        : transactions.answer(form(ctx, "state"), form(ctx, "vp_token"), form(ctx, "error"));
    if (result.refusal().isPresent()) {
      oauthError(ctx, result.refusal().get());
      return;
    }
    // Accepted: the wallet's part is done; the creator's page shows the result.
    ctx.header("Cache-Control", "no-store").json(Json.object());
  }

  void queries(Context ctx) {
    ObjectNode body = Json.object();
    for (String name : transactions.queries().names()) {
      body.set(name, transactions.queries().named(name).orElseThrow().json());
    }
    ctx.header("Cache-Control", "public, max-age=300").json(body);
  }

  void didDocument(Context ctx) {
    ctx.contentType("application/did+json").header("Cache-Control", "public, max-age=300")
        .result(transactions.identity().didDocumentJson());
  }

  private static Optional<String> form(Context ctx, String name) {
    return Optional.ofNullable(ctx.formParam(name)).filter(v -> !v.isEmpty());
  }

  private static void oauthError(Context ctx, Oid4vpOutcome refusal) {
    ctx.status(refusal.status()).header("Cache-Control", "no-store").json(Json.object()
        .put("error", refusal.error()).put("error_description", refusal.description())
        .put("code", refusal.code().name()));
  }
}
