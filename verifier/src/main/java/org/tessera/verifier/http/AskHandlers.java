package org.tessera.verifier.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.json.Json;
import org.tessera.shared.qr.QrSvg;
import org.tessera.verifier.oid4vp.ClientIdPrefix;
import org.tessera.verifier.oid4vp.DcqlQuery;
import org.tessera.verifier.oid4vp.Oid4vpTransactions;
import org.tessera.verifier.oid4vp.ResponseMode;
import org.tessera.verifier.page.Lang;
import org.tessera.verifier.page.Pages;
import org.tessera.verifier.result.RequestError;

/**
 * The page flow "Ask for credentials": {@code GET /{lang}/ask} (choose a query), {@code POST
 * /{lang}/ask} (create a transaction; its read token goes into an HttpOnly, SameSite=Strict
 * cookie for this transaction's path only, never into a URL), {@code GET /{lang}/ask/{id}}
 * (QR code and link while waiting, the result once answered) and {@code GET /ask/{id}/status}
 * (what ask.js polls). Without the cookie a transaction's pages are a 404.
 */
final class AskHandlers {

  private static final String COOKIE_PREFIX = "tessera-ask-";

  private final Oid4vpTransactions transactions;
  private final Pages pages;
  private final Clock clock;

  AskHandlers(Oid4vpTransactions transactions, Pages pages, Clock clock) {
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.pages = Objects.requireNonNull(pages, "pages");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  void choose(Context ctx) {
    PageHandlers.html(ctx, HttpStatus.OK.getCode(),
        pages.askChoose(PageHandlers.lang(ctx), transactions.queries().names()));
  }

  void create(Context ctx) {
    Lang lang = PageHandlers.lang(ctx);
    Optional<DcqlQuery> query = transactions.queries().named(ctx.formParam("query"));
    if (query.isEmpty()) {
      PageHandlers.html(ctx, RequestError.MALFORMED_REQUEST.status(),
          pages.askChoose(lang, transactions.queries().names()));
      return;
    }
    Oid4vpTransactions.Result<Oid4vpTransactions.Created> created =
        transactions.create(query.get(), ClientIdPrefix.DECENTRALIZED_IDENTIFIER,
            ResponseMode.DIRECT_POST);
    if (created.value().isEmpty()) {
      PageHandlers.html(ctx, RequestError.BUSY.status(),
          pages.notice(lang, "ask.busy.heading", "ask.busy.text"));
      return;
    }
    Oid4vpTransactions.Created c = created.value().get();
    long seconds = Math.max(1, Duration.between(clock.instant(), c.expiresAt()).toSeconds() * 2);
    ctx.cookie(new Cookie(COOKIE_PREFIX + c.id(), c.readToken(), "/", (int) seconds,
        ctx.scheme().equals("https"), true, null, SameSite.STRICT));
    ctx.redirect("/" + lang.tag() + "/ask/" + c.id(), HttpStatus.SEE_OTHER);
  }

  void show(Context ctx) {
    Lang lang = PageHandlers.lang(ctx);
    String id = ctx.pathParam("id");
    Optional<Oid4vpTransactions.Status> status = status(ctx, id);
    if (status.isEmpty()) {
      PageHandlers.html(ctx, RequestError.NOT_FOUND.status(),
          pages.notice(lang, "ask.unknown.heading", "ask.unknown.text"));
      return;
    }
    Oid4vpTransactions.Status s = status.get();
    if (s.result().isPresent()) {
      PageHandlers.html(ctx, HttpStatus.OK.getCode(),
          pages.askAnswered(lang, s.result().get(), clock.instant()));
    } else if (s.expired()) {
      PageHandlers.html(ctx, HttpStatus.OK.getCode(), pages.askExpired(lang));
    } else {
      String link = transactions.authorizationRequest(id).orElseThrow();
      PageHandlers.html(ctx, HttpStatus.OK.getCode(), pages.askWaiting(lang, id,
          s.query().name(), link, QrSvg.render(link, pages.text(lang, "ask.wait.qr")),
          s.expiresAt()));
    }
  }

  void poll(Context ctx) {
    Optional<Oid4vpTransactions.Status> status = status(ctx, ctx.pathParam("id"));
    if (status.isEmpty()) {
      Refusals.write(ctx, RequestError.NOT_FOUND, "no transaction of this page");
      return;
    }
    ctx.header("Cache-Control", "no-store").json(Json.object()
        .put("status", status.get().toJson().get("status").asText()));
  }

  private Optional<Oid4vpTransactions.Status> status(Context ctx, String id) {
    return Optional.ofNullable(ctx.cookie(COOKIE_PREFIX + id))
        .flatMap(token -> transactions.status(id, token));
  }
}
