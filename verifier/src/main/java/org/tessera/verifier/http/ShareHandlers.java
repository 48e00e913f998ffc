package org.tessera.verifier.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.json.Json;
import org.tessera.shared.qr.QrSvg;
import org.tessera.verifier.checks.CredentialInput;
import org.tessera.verifier.page.Lang;
import org.tessera.verifier.page.Pages;
import org.tessera.verifier.result.RequestError;
import org.tessera.verifier.share.ShareLinks;
import org.tessera.verifier.share.ShareLookup;
import org.tessera.verifier.share.ShareOutcome;
import org.tessera.verifier.share.ShareService;

/**
 * Share links (docs/share-links.md): {@code POST /shares} (JSON for clients, a form from the
 * result page), {@code GET /s/{id}}, {@code DELETE /shares/{id}} with the manage token as Bearer.
 * {@link ShareLinks} decides; these parse and answer. The id is in the path only, never in the
 * access log (which logs the route template).
 */
final class ShareHandlers {

  private static final int MAX_AUTHORIZATION_CHARS = 256;

  private final ShareLinks links;
  private final Pages pages;
  private final PageHandlers page;
  private final boolean trustProxy;

  /** @param trustProxy the client is the last {@code X-Forwarded-For} hop (our own proxy's) */
  ShareHandlers(ShareLinks links, Pages pages, PageHandlers page, boolean trustProxy) {
    this.links = Objects.requireNonNull(links, "links");
    this.pages = Objects.requireNonNull(pages, "pages");
    this.page = Objects.requireNonNull(page, "page");
    this.trustProxy = trustProxy;
  }

  /** {@code POST /shares}: JSON {@code {"credential": jwt, "expiresInSeconds"?: n}}. */
  void createJson(Context ctx) {
    Optional<ObjectNode> body = Json.parseUntrustedObject(ctx.body());
    Optional<String> jwt = body.map(b -> b.get("credential")).filter(JsonNode::isTextual)
        .flatMap(c -> CredentialInput.compactJwt(c.asText()));
    // Omitted: the default; not a whole number: unusable.
    Optional<Duration> lifetime = body.map(b -> b.get("expiresInSeconds"))
        .map(n -> n.canConvertToLong() ? Duration.ofSeconds(n.asLong()) : Duration.ZERO)
        .or(() -> Optional.of(ShareService.DEFAULT_LIFETIME));
    ShareOutcome outcome = links.create(jwt, lifetime, client(ctx));
    if (outcome instanceof ShareOutcome.Created created) {
      ctx.status(HttpStatus.CREATED).header("Cache-Control", "no-store").json(created.json());
    } else {
      refused(ctx, (ShareOutcome.Refused) outcome);
    }
  }

  /** {@code POST /{lang}/shares}: the result page's form ({@code credential}, {@code days}). */
  void createForm(Context ctx) {
    Lang lang = PageHandlers.lang(ctx);
    Optional<String> jwt = Optional.ofNullable(ctx.formParam("credential"))
        .flatMap(CredentialInput::compactJwt);
    Optional<Duration> lifetime = Optional.ofNullable(ctx.formParam("days"))
        .filter(d -> d.matches("\\d{1,3}")).map(d -> Duration.ofDays(Integer.parseInt(d)));
    ShareOutcome outcome = links.create(jwt, lifetime, client(ctx));
    if (outcome instanceof ShareOutcome.Created created) {
      PageHandlers.html(ctx, HttpStatus.CREATED.getCode(), pages.shareCreated(lang,
          created.url(), QrSvg.render(created.url(), pages.text(lang, "share.qr")),
          created.share().manageToken(), created.share().expiresAt()));
      return;
    }
    ShareOutcome.Refused refused = (ShareOutcome.Refused) outcome;
    retryAfter(ctx, refused);
    if (refused.error() == RequestError.NOT_FOUND) {
      PageHandlers.html(ctx, RequestError.NOT_FOUND.status(),
          pages.notice(lang, "notfound.heading", "share.disabled"));
    } else if (refused.error() == RequestError.RATE_LIMITED) {
      PageHandlers.html(ctx, RequestError.RATE_LIMITED.status(),
          pages.notice(lang, "verdict.invalid", "share.rateLimited"));
    } else {
      // The page tells every other refusal the same way: this credential cannot be shared.
      PageHandlers.html(ctx, RequestError.NOT_SHAREABLE.status(),
          pages.notice(lang, "verdict.invalid", "share.refused"));
    }
  }

  /** {@code GET /s/{id}} and {@code /{lang}/s/{id}}: ended links answer 410, unknown 404. */
  void open(Context ctx) {
    Lang lang = PageHandlers.lang(ctx);
    String id = ctx.pathParam("id");
    ShareLookup found = links.open(id);
    if (found instanceof ShareLookup.Active active) {
      page.sharedResult(ctx, active.credentialJwt(), links.url(id));
    } else if (found instanceof ShareLookup.Gone gone) {
      PageHandlers.html(ctx, RequestError.SHARE_GONE.status(), pages.shareGone(lang,
          gone.reason() == ShareLookup.Reason.REVOKED));
    } else {
      PageHandlers.html(ctx, RequestError.NOT_FOUND.status(),
          pages.notice(lang, "notfound.heading", "notfound.text"));
    }
  }

  /** {@code GET /s/{id}/qr.svg}: the link as a QR code, while the link is live. */
  void qr(Context ctx) {
    String id = ctx.pathParam("id");
    if (!(links.open(id) instanceof ShareLookup.Active)) {
      ctx.status(RequestError.NOT_FOUND.status()).result("");
      return;
    }
    ctx.contentType("image/svg+xml").header("Cache-Control", "no-store")
        .result(QrSvg.render(links.url(id), "QR code"));
  }

  /** {@code DELETE /shares/{id}} with {@code Authorization: Bearer <manage token>}. */
  void revoke(Context ctx) {
    Optional<String> token = Optional.ofNullable(ctx.header("Authorization"))
        .filter(auth -> auth.startsWith("Bearer ") && auth.length() <= MAX_AUTHORIZATION_CHARS)
        .map(auth -> auth.substring("Bearer ".length()).strip());
    ShareOutcome outcome = links.revoke(ctx.pathParam("id"), token);
    if (outcome instanceof ShareOutcome.Revoked) {
      ctx.status(HttpStatus.NO_CONTENT);
    } else {
      refused(ctx, (ShareOutcome.Refused) outcome);
    }
  }

  private static void refused(Context ctx, ShareOutcome.Refused refused) {
    retryAfter(ctx, refused);
    Refusals.write(ctx, refused.error(), refused.detail());
  }

  private static void retryAfter(Context ctx, ShareOutcome.Refused refused) {
    refused.retryAfterSeconds().ifPresent(s -> ctx.header("Retry-After", Long.toString(s)));
  }

  /** The client's address: the last forwarded hop behind our proxy, others are client-made. */
  private String client(Context ctx) {
    String forwarded = trustProxy ? ctx.header("X-Forwarded-For") : null;
    if (forwarded == null || forwarded.isBlank()) {
      return ctx.ip();
    }
    return forwarded.substring(forwarded.lastIndexOf(',') + 1).strip();
  }
}
