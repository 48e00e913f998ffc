package org.tessera.issuer.claim;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import org.tessera.issuer.claim.pdf.CertificateFacts;
import org.tessera.shared.html.Html;
import org.tessera.shared.model.CredentialJson;
import org.tessera.shared.qr.QrSvg;

/**
 * The server-rendered claim page: no script, no external resources; one small stylesheet from
 * this server. Every value is escaped. Links are absolute paths under the base URL's path, so
 * they work behind a path-stripping proxy and with or without a trailing slash.
 */
final class ClaimPage {

  private static final DateTimeFormatter WHEN = DateTimeFormatter
      .ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private ClaimPage() {}

  static String render(ClaimPageModel model, String basePath) {
    ClaimedCredential credential = model.credential();
    String self = basePath + "/claim/" + model.token();
    StringBuilder html = new StringBuilder(16_384);
    CertificateFacts facts = CertificateFacts.of(CredentialJson.fromJson(credential.credential()));
    html.append(head("Your micro-credential: " + credential.title(), basePath));
    html.append(headline(facts, self));
    if (credential.revoked()) {
      html.append("<p class=\"notice\" role=\"alert\">The issuer has revoked this credential."
          + " It will not verify.</p>\n");
    } else if (credential.suspended()) {
      html.append("<p class=\"notice\" role=\"alert\">The issuer has suspended this credential"
          + " for now. It will not verify while suspended.</p>\n");
    }
    html.append(wallet(model, self));
    if (!credential.revoked() && !credential.suspended()) {
      html.append(share(model, facts, self));
    }
    html.append(downloads(self));
    html.append("<footer>\n<p>This link is personal and works until ")
        .append(DAY.format(model.linkExpiresAt()))
        .append(". Do not forward it: anyone who has it can collect your credential."
            + " To show your achievement, share the badge image or the credential file.</p>\n"
            + "</footer>\n</main>\n</body>\n</html>\n");
    return html.toString();
  }

  static String notFound(String basePath) {
    return head("Claim link not found", basePath)
        + "<main>\n<h1>This claim link does not work</h1>\n"
        + "<p>It may have expired or been replaced by a newer link. Please ask the institution"
        + " that awarded your credential to send you a new one.</p>\n</main>\n</body>\n</html>\n";
  }

  private static String head(String title, String basePath) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta name=\"referrer\" content=\"no-referrer\">\n"
        + "<meta name=\"robots\" content=\"noindex, nofollow\">\n"
        // No favicon request: it would only be a 404 (img-src allows data:).
        + "<link rel=\"icon\" href=\"data:,\">\n"
        + "<title>" + Html.escape(title) + "</title>\n"
        + "<link rel=\"stylesheet\" href=\"" + Html.escape(basePath) + "/assets/claim.css\">\n"
        + "</head>\n<body>\n";
  }

  private static String headline(CertificateFacts facts, String self) {
    StringBuilder html = new StringBuilder("<header class=\"hero\">\n<img class=\"badge\" src=\"")
        .append(Html.escape(self)).append("/badge.svg\" alt=\"\" width=\"120\" height=\"120\">\n")
        .append("<div>\n<h1>").append(facts.learner()
            .map(name -> "Congratulations, " + Html.escape(name) + "!").orElse("Congratulations!"))
        .append("</h1>\n<p class=\"earned\">You earned <strong id=\"title\">")
        .append(Html.escape(facts.title())).append("</strong></p>\n")
        .append("<p class=\"issuer\">Issued by <strong>").append(Html.escape(facts.issuer()))
        .append("</strong></p>\n</div>\n</header>\n<ul class=\"facts\">\n");
    facts.ects().ifPresent(e -> html.append("<li><strong>").append(Html.escape(e))
        .append("</strong> ECTS</li>\n"));
    facts.hours().ifPresent(h -> html.append("<li><strong>").append(Html.escape(h))
        .append("</strong> hours</li>\n"));
    facts.eqf().ifPresent(e -> html.append("<li>EQF level <strong>").append(Html.escape(e))
        .append("</strong></li>\n"));
    html.append("<li>").append(Html.escape(facts.date())).append("</li>\n</ul>\n");
    if (!facts.outcomes().isEmpty()) {
      html.append("<section aria-labelledby=\"outcomes-heading\">\n"
          + "<h2 id=\"outcomes-heading\">What you can do now</h2>\n<ul class=\"outcomes\">\n");
      facts.outcomes().forEach(o -> html.append("<li>").append(Html.escape(o)).append("</li>\n"));
      html.append("</ul>\n</section>\n");
    }
    return html.toString();
  }

  /**
   * Showing the achievement: LinkedIn's add-certification form (title, issuer, month and the
   * credential id; never the learner's name or this page's address), and the files to send.
   */
  private static String share(ClaimPageModel model, CertificateFacts facts, String self) {
    StringBuilder html = new StringBuilder("<section aria-labelledby=\"share-heading\">\n"
        + "<h2 id=\"share-heading\">Show it</h2>\n");
    Optional<ShareLink> link = model.share();
    if (link.isPresent()) {
      String url = link.get().url().toString();
      html.append("<label for=\"share-url\">Your share link (select and copy it)</label>\n"
          + "<input id=\"share-url\" readonly value=\"").append(Html.escape(url))
          .append("\">\n<figure>\n")
          .append(QrSvg.render(url, "QR code of your share link")).append("\n</figure>\n")
          .append("<p><a id=\"share-pdf\" href=\"").append(Html.escape(self)).append("/shares/")
          .append(link.get().id()).append("/certificate.pdf\" download=\"certificate.pdf\">"
              + "Certificate (PDF) with this QR code</a></p>\n")
          .append("<p class=\"muted\">Anyone with the link sees this credential, checked afresh"
              + " on every visit. It works until ").append(DAY.format(link.get().expiresAt()))
          .append(".</p>\n");
    } else if (model.sharing()) {
      if (model.shareRequested()) {
        html.append("<p class=\"notice\" role=\"alert\">The verifier could not make a share"
            + " link right now. Please try again later.</p>\n");
      }
      html.append("<form method=\"post\" action=\"").append(Html.escape(self))
          .append("/share\">\n<button type=\"submit\" id=\"create-share\">Create a share link"
              + " and QR code</button>\n</form>\n");
    }
    html.append("<p><a class=\"button\" id=\"linkedin\" rel=\"noopener noreferrer\""
        + " target=\"_blank\" href=\"")
        .append(Html.escape(LinkedIn.addToProfile(facts, link.map(ShareLink::url))))
        .append("\">Add to LinkedIn</a></p>\n"
            + "<p class=\"muted\">Or send the PDF certificate or a badge image below: each"
            + " carries the signed credential, and any Tessera verifier checks it by upload.</p>\n"
            + "</section>\n");
    return html.toString();
  }

  private static String wallet(ClaimPageModel model, String self) {
    StringBuilder html = new StringBuilder("<section aria-labelledby=\"wallet-heading\">\n"
        + "<h2 id=\"wallet-heading\">Add it to your wallet</h2>\n");
    if (model.offer().isEmpty()) {
      return html.append("<p>Wallet delivery is not available for this credential right now."
          + " You can still download it below.</p>\n</section>\n").toString();
    }
    OfferLink offer = model.offer().get();
    // On a phone the wallet is usually on this device: its button comes first.
    html.append("<p class=\"same-device\"><a class=\"button\" id=\"offer-link\" href=\"")
        .append(Html.escape(offer.credentialOffer()))
        .append("\">Open in a wallet on this device</a></p>\n")
        .append("<p>Or scan this code with the wallet app on your phone.</p>\n<figure>\n")
        .append(QrSvg.render(offer.credentialOffer(), "QR code of the credential offer"))
        .append("\n</figure>\n");
    offer.txCode().ifPresent(code -> html.append("<p class=\"txcode\">Your wallet will ask"
        + " for this transaction code: <strong id=\"tx-code\" class=\"code\">")
        .append(Html.escape(code)).append("</strong></p>\n"));
    html.append("<p class=\"muted\">Works with wallets that support OpenID4VCI"
        + " pre-authorized codes and Open Badges 3.0 / VC-JWT credentials.</p>\n")
        .append("<details>\n<summary>Copy the offer link for a desktop wallet</summary>\n"
            + "<label for=\"offer-text\">Credential offer link</label>\n"
            + "<textarea id=\"offer-text\" readonly rows=\"4\">")
        .append(Html.escape(offer.credentialOffer())).append("</textarea>\n</details>\n")
        .append("<p class=\"muted\">This code works once, until ")
        .append(WHEN.format(offer.expiresAt())).append(".</p>\n")
        .append("<form method=\"post\" action=\"").append(Html.escape(self))
        .append("/offer\">\n<button type=\"submit\">Make a new code</button>\n"
            + "<p class=\"muted\">Lost your phone or the code did not work? A new code"
            + " replaces this one.</p>\n</form>\n</section>\n");
    return html.toString();
  }

  private static String downloads(String self) {
    String base = Html.escape(self) + "/";
    return "<section aria-labelledby=\"download-heading\">\n"
        + "<h2 id=\"download-heading\">Download</h2>\n<ul class=\"downloads\">\n"
        + item(base, Download.Kind.PDF, "Certificate (PDF)",
            "A4, to print or attach; the signed credential is inside")
        + item(base, Download.Kind.PNG, "Badge image (PNG)", "with your credential baked in")
        + item(base, Download.Kind.SVG, "Badge image (SVG)", "with your credential baked in")
        + item(base, Download.Kind.JWT, "Signed credential (JWT)", "the file verifiers check")
        + item(base, Download.Kind.JSON, "Credential contents (JSON)", "a readable copy without"
            + " the signature: a verifier cannot check it and says so. To prove your credential,"
            + " use the PDF, the signed JWT or a badge image")
        + item(base, Download.Kind.SD_JWT, "EU wallet format (SD-JWT VC)",
            "selective disclosure, not bound to a wallet")
        + "</ul>\n</section>\n";
  }

  private static String item(String base, Download.Kind kind, String label, String note) {
    return "<li><a href=\"" + base + kind.fileName() + "\" download=\"" + kind.fileName()
        + "\">" + label + "</a> <span class=\"muted\">" + note + "</span></li>\n";
  }
}
