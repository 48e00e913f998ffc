package org.tessera.verifier.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import io.javalin.http.SameSite;
import io.javalin.http.UploadedFile;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.tessera.verifier.Verifier;
import org.tessera.verifier.checks.CredentialInput;
import org.tessera.verifier.page.Lang;
import org.tessera.verifier.page.Pages;
import org.tessera.verifier.page.ResultOptions;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.RequestError;
import org.tessera.verifier.status.StatusFreshness;

/**
 * The verification page: {@code GET /} (form), {@code POST /verify} (pasted text or uploaded
 * file, never a query string), the language prefixes {@code /en/ /de/ /nl/ /fr/ /es/ /it/ /pl/}, and the static
 * assets. Pages with a credential are {@code no-store}.
 */
final class PageHandlers {

  static final String HTML = "text/html; charset=utf-8";
  private static final int LANG_COOKIE_SECONDS = 365 * 24 * 3600;

  private final Verifier verifier;
  private final Pages pages;
  private final Clock clock;
  private final boolean shareEnabled;
  private final boolean ephemeralReceiptKey;

  PageHandlers(Verifier verifier, Pages pages, Clock clock, boolean shareEnabled,
      boolean ephemeralReceiptKey) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.pages = Objects.requireNonNull(pages, "pages");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.shareEnabled = shareEnabled;
    this.ephemeralReceiptKey = ephemeralReceiptKey;
  }

  void form(Context ctx) {
    html(ctx, HttpStatus.OK.getCode(), pages.form(lang(ctx), Optional.empty()));
  }

  void verify(Context ctx) {
    Lang lang = lang(ctx);
    Optional<String> input = submitted(ctx);
    if (input.isEmpty()) {
      html(ctx, RequestError.MALFORMED_REQUEST.status(), pages.form(lang,
          Optional.of(uploaded(ctx).isPresent() ? "form.error.unreadable" : "form.error.empty")));
      return;
    }
    VerificationReport report = verifier.verify(input.get(), StatusFreshness.REVALIDATED);
    Optional<String> jwt = CredentialInput.compactJwt(input.get());
    html(ctx, HttpStatus.OK.getCode(), pages.result(lang, report,
        verifier.transcript(report, StatusFreshness.REVALIDATED), new ResultOptions(jwt,
        shareEnabled, Optional.empty(), ephemeralReceiptKey, clock.instant())));
  }

  /** The page of a share link's credential, verified afresh, status lists revalidated. */
  void sharedResult(Context ctx, String jwt, String shareUrl) {
    VerificationReport report = verifier.verify(jwt, StatusFreshness.REVALIDATED);
    html(ctx, HttpStatus.OK.getCode(), pages.result(lang(ctx), report,
        verifier.transcript(report, StatusFreshness.REVALIDATED), new ResultOptions(Optional.of(jwt), shareEnabled, Optional.of(shareUrl),
            ephemeralReceiptKey, clock.instant())));
  }

  /** The uploaded file's credential, else the pasted text. */
  private static Optional<String> submitted(Context ctx) {
    Optional<byte[]> file = uploaded(ctx);
    if (file.isPresent()) {
      return Pages.uploadedCredential(file.get());
    }
    return Optional.ofNullable(ctx.formParam("credential")).map(String::strip)
        .filter(s -> !s.isEmpty());
  }

  private static Optional<byte[]> uploaded(Context ctx) {
    if (!ctx.isMultipartFormData()) {
      return Optional.empty();
    }
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.size() == 0) {
      return Optional.empty();
    }
    return Optional.of(Uploads.read(file, Integer.MAX_VALUE));
  }

  /**
   * The page language: the {@code /de/} prefix (remembered in a cookie), else the cookie, else
   * {@code Accept-Language}. An unknown prefix is a 404.
   */
  static Lang lang(Context ctx) {
    if (ctx.pathParamMap().containsKey("lang")) {
      Lang lang = Lang.fromTag(ctx.pathParam("lang")).orElseThrow(NotFoundResponse::new);
      Cookie cookie = new Cookie(Lang.COOKIE, lang.tag(), "/", LANG_COOKIE_SECONDS, false, true,
          null, SameSite.LAX);
      ctx.cookie(cookie);
      return lang;
    }
    return Lang.resolve(Optional.empty(), Optional.ofNullable(ctx.cookie(Lang.COOKIE)),
        Optional.ofNullable(ctx.header("Accept-Language")));
  }

  static void html(Context ctx, int status, String body) {
    ctx.status(status).contentType(HTML).header("Cache-Control", "no-store").result(body);
  }
}
