package org.tessera.issuer.http;

import io.javalin.http.Context;
import java.util.Objects;
import java.util.OptionalLong;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Rejection;
import org.tessera.shared.limits.RateLimiter;

/**
 * What every request passes first: security headers, the body size limit (refused from its
 * declared length, before anything reads it), and the per-client-IP rate limit of public routes.
 */
final class EdgeGuard {

  private final RateLimiter perIp;
  private final boolean trustProxy;
  private final long maxBodyBytes;

  EdgeGuard(RateLimiter perIp, boolean trustProxy, long maxBodyBytes) {
    this.perIp = Objects.requireNonNull(perIp, "perIp");
    this.trustProxy = trustProxy;
    this.maxBodyBytes = maxBodyBytes;
  }

  /** A before-handler for every path. */
  void check(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Content-Security-Policy", "frame-ancestors 'none'");
    boolean admin = isAdmin(ctx.path());
    if (admin) {
      ctx.header("Cache-Control", "no-store");
    }
    if (ctx.contentLength() > maxBodyBytes) {
      Problems.write(ctx, Rejection.of(IssuerError.PAYLOAD_TOO_LARGE));
      ctx.skipRemainingHandlers();
      return;
    }
    if (!admin) {
      limited(ctx);
    }
  }

  /** Charges the client IP; true (and a 429 written) when its budget is spent. */
  boolean limited(Context ctx) {
    OptionalLong retry = perIp.take(clientIp(ctx));
    if (retry.isPresent()) {
      tooMany(ctx, retry.getAsLong());
      return true;
    }
    return false;
  }

  static void tooMany(Context ctx, long retryAfterSeconds) {
    ctx.header("Retry-After", Long.toString(retryAfterSeconds));
    Problems.write(ctx, Rejection.of(IssuerError.RATE_LIMITED));
    ctx.skipRemainingHandlers();
  }

  /**
   * Admin routes, of the default institution or under {@code /institutions/<id>}: never cached,
   * limited per token after authentication instead of per IP. One rule whatever the prefix.
   */
  static boolean isAdmin(String path) {
    String p = IssuerIdentity.pathWithinInstitution(path.replaceAll("/{2,}", "/"));
    return p.equals("/api") || p.startsWith("/api/") || p.equals("/credentials/issue");
  }

  private String clientIp(Context ctx) {
    if (trustProxy) {
      String forwarded = ctx.header("X-Forwarded-For");
      if (forwarded != null && !forwarded.isBlank()) {
        // The last hop is the one our proxy added; earlier entries are client-controlled.
        String[] hops = forwarded.split(",");
        return hops[hops.length - 1].strip();
      }
    }
    return ctx.ip();
  }
}
