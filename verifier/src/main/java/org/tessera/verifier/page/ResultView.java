package org.tessera.verifier.page;

import static org.tessera.shared.html.Html.escape;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tessera.shared.json.Json;
import org.tessera.shared.trust.AccreditationScope;
import org.tessera.verifier.checks.TrustCheck;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.IssuerInfo;
import org.tessera.verifier.transcript.TranscriptReport;

/**
 * The result page, credential first: headline ("‹learner› earned ‹title›"), badge, issuer and
 * key facts, then the verdict with a three-line summary of the checks, the two European
 * standards, what the credential certifies, and the actions; the issuer's identifiers, every
 * check and the raw credential are behind "details". All credential text is escaped; content
 * is only shown once the signature verified, and a credential that did not verify gets no green
 * line and no share button.
 */
final class ResultView {

  private ResultView() {}

  static String render(Messages m, Lang lang, VerificationReport report, ResultOptions options) {
    return render(m, lang, report, Optional.empty(), options);
  }

  /**
   * With a learner record's transcript: its verdict and checks (with {@code clr.credentials})
   * replace the record's own, and the transcript table follows what the record certifies.
   */
  static String render(Messages m, Lang lang, VerificationReport report,
      Optional<TranscriptReport> transcript, ResultOptions options) {
    return Layout.page(m, lang, m.get(lang, "verdict.heading"), "/",
        sections(m, lang, report, transcript, options));
  }

  /** The result's sections without the page frame (a presentation shows one per credential). */
  static String sections(Messages m, Lang lang, VerificationReport report,
      ResultOptions options) {
    return sections(m, lang, report, Optional.empty(), options);
  }

  private static String sections(Messages m, Lang lang, VerificationReport report,
      Optional<TranscriptReport> transcript, ResultOptions options) {
    Verdict verdict = transcript.map(Verdict::of).orElseGet(() -> Verdict.of(report));
    List<CheckResult> checks = transcript.map(TranscriptReport::checks).orElse(report.checks());
    boolean shareable = transcript.map(TranscriptReport::verified).orElse(true);
    Optional<CredentialView> view = report.credential().map(CredentialView::of);
    StringBuilder main = new StringBuilder();
    view.ifPresent(v -> main.append(hero(m, lang, report, v)));
    main.append(banner(m, lang, verdict, report, options, view.isEmpty()));
    if (report.format() == VerificationReport.CredentialFormat.OPEN_BADGES_2) {
      main.append("<p class=\"notice\" data-format=\"ob2\">")
          .append(escape(m.get(lang, "format.ob2"))).append("</p>\n");
    }
    report.sdJwt().ifPresent(sd -> main.append(SdJwtDisclosureView.render(m, lang, sd)));
    main.append(summary(m, lang, checks, report, verdict.kind() == Verdict.Kind.VALID));
    view.ifPresentOrElse(v -> {
      // A learner record is no micro-credential: its credentials are judged in the transcript.
      report.cmf().filter(cmf -> transcript.isEmpty()).ifPresent(cmf -> main.append(
          StandardsView.render(m, lang, cmf, verdict.kind() == Verdict.Kind.VALID)));
      main.append(certifies(m, lang, v));
      transcript.ifPresent(t -> main.append(TranscriptView.render(m, lang, t)));
    }, () -> main.append("<p class=\"notice\">").append(escape(m.get(lang, "cert.notShown")))
        .append("</p>\n"));
    main.append(actions(m, lang, report, shareable, view, options));
    main.append("<details class=\"more\" id=\"details\"><summary>")
        .append(escape(m.get(lang, "details.summary"))).append("</summary>\n");
    view.ifPresent(v -> main.append(issuer(m, lang, report, v)));
    main.append(checks(m, lang, checks));
    report.credential().ifPresent(c -> main.append(raw(m, lang, c)));
    main.append("</details>\n");
    return main.toString();
  }

  /** Who earned what, from whom, with the key facts in one row. */
  private static String hero(Messages m, Lang lang, VerificationReport report, CredentialView v) {
    StringBuilder out = new StringBuilder("<section class=\"hero\" aria-labelledby=\"headline\">\n");
    v.badgeImage().ifPresent(src -> out.append("<img class=\"badge\" src=\"").append(escape(src))
        .append("\" alt=\"").append(escape(m.get(lang, "hero.badge"))).append("\">\n"));
    String title = v.title().orElseGet(() -> m.get(lang, "hero.untitled"));
    out.append("<h1 id=\"headline\">");
    if (v.learnerName().isPresent()) {
      // Two halves around the title, since languages put the verb on either side of it.
      String after = m.get(lang, "hero.earned.after").strip();
      out.append(escape(m.get(lang, "hero.earned.before", v.learnerName().get())))
          .append(" <cite>").append(escape(title)).append("</cite>")
          .append(after.isEmpty() ? "" : " " + escape(after));
    } else {
      out.append("<cite>").append(escape(title)).append("</cite>");
    }
    out.append("</h1>\n");
    out.append(issuedBy(m, lang, report, v));
    List<String> facts = new ArrayList<>();
    v.ects().ifPresent(e -> facts.add(m.get(lang, "facts.ects", e)));
    v.hours().ifPresent(h -> facts.add(m.get(lang, "facts.hours", h)));
    v.eqfLevel().ifPresent(e -> facts.add(m.get(lang, "facts.eqf", e)));
    v.issuedOn().ifPresent(d -> facts.add(PageDates.formatDay(m, lang, d)));
    if (!facts.isEmpty()) {
      out.append("<ul class=\"facts\">");
      facts.forEach(f -> out.append("<li>").append(escape(f)).append("</li>"));
      out.append("</ul>\n");
    }
    return out.append("</section>\n").toString();
  }

  /**
   * The issuer's name as the trust list gives it, marked accredited when the trust check passed;
   * otherwise the name the credential gives itself, visibly set apart as self-asserted.
   */
  private static String issuedBy(Messages m, Lang lang, VerificationReport report,
      CredentialView v) {
    Optional<String> listedName = report.issuer().flatMap(IssuerInfo::name);
    boolean accredited = report.checks().stream()
        .anyMatch(c -> c.id().equals(TrustCheck.ID) && c.isPassed());
    if (listedName.isPresent()) {
      return "<p class=\"issued-by\" data-issuer=\"listed\">"
          + escape(m.get(lang, "hero.issuedBy", listedName.get()))
          + (accredited ? " <span class=\"tag tag-ok\">" + escape(m.get(lang, "hero.accredited"))
              + "</span>" : "") + "</p>\n";
    }
    return "<p class=\"issued-by\" data-issuer=\"self-asserted\">"
        + escape(m.get(lang, "hero.issuedBy", v.issuerName()
            .orElseGet(() -> m.get(lang, "hero.unnamedIssuer"))))
        + " <span class=\"tag tag-warn\">" + escape(m.get(lang, "hero.selfAsserted"))
        + "</span></p>\n";
  }

  private static String banner(Messages m, Lang lang, Verdict verdict, VerificationReport report,
      ResultOptions options, boolean isHeadline) {
    String kind = verdict.kind().id();
    String reason = verdict.reason().map(code -> m.get(lang, "reason." + code.name()))
        .orElseGet(() -> m.get(lang, "verdict.valid.text"));
    String heading = isHeadline ? "h1" : "h2";
    StringBuilder out = new StringBuilder("<section class=\"verdict verdict-" + kind
        + "\" data-verdict=\"" + kind + "\" aria-labelledby=\"verdict-title\">\n"
        + "<" + heading + " id=\"verdict-title\"><span class=\"visually-hidden\">"
        + escape(m.get(lang, "verdict.heading")) + ": </span>"
        + escape(m.get(lang, "verdict." + kind)) + "</" + heading + ">\n"
        + "<p class=\"reason\">" + escape(reason) + "</p>\n"
        + "<p class=\"when\">" + escape(m.get(lang, "verdict.checkedAt",
            PageDates.format(m, lang, options.checkedAt()))));
    // Pages revalidate every status list with the issuer (decision 0050): the time is now.
    if (CheckSummary.statusListConsulted(report.checks())) {
      out.append(' ').append("<span data-status-checked>").append(escape(m.get(lang,
          "verdict.statusCheckedAt", PageDates.format(m, lang, options.checkedAt()))))
          .append("</span>");
    }
    return out.append("</p>\n</section>\n").toString();
  }

  /** The checks in three answers; the table is behind "details". */
  private static String summary(Messages m, Lang lang, List<CheckResult> checks,
      VerificationReport report, boolean credible) {
    StringBuilder out = new StringBuilder("<ul class=\"summary\" aria-label=\""
        + escape(m.get(lang, "summary.heading")) + "\">");
    for (CheckSummary.Line line : CheckSummary.of(checks, report.cmf(), credible)) {
      out.append("<li data-summary=\"").append(line.question()).append("\" data-state=\"")
          .append(line.state().id()).append("\" class=\"sum sum-").append(line.state().id())
          .append("\"><span class=\"mark\" aria-hidden=\"true\"></span>")
          .append(escape(m.get(lang, line.key()))).append("</li>");
    }
    out.append("<li><a href=\"#details\">").append(escape(m.get(lang, "summary.more")))
        .append("</a></li>");
    return out.append("</ul>\n").toString();
  }

  private static String issuer(Messages m, Lang lang, VerificationReport report,
      CredentialView view) {
    StringBuilder out = new StringBuilder("<section aria-labelledby=\"issuer-title\">\n"
        + "<h2 id=\"issuer-title\">" + escape(m.get(lang, "issuer.heading")) + "</h2>\n");
    Optional<IssuerInfo> listed = report.issuer();
    if (listed.isPresent()) {
      IssuerInfo info = listed.get();
      out.append("<p class=\"source\">").append(escape(m.get(lang, "issuer.trustList",
          report.trustListSequence().map(String::valueOf).orElse("–")))).append("</p>\n<dl>\n");
      info.name().ifPresent(n -> row(out, m.get(lang, "issuer.name"), n));
      info.country().ifPresent(c -> row(out, m.get(lang, "issuer.country"), c));
      info.accreditation().ifPresent(scope -> row(out, m.get(lang, "issuer.accreditation"),
          accreditation(m, lang, scope)));
      row(out, m.get(lang, "issuer.id"), info.id());
    } else {
      out.append("<p class=\"source warn\">").append(escape(m.get(lang, "issuer.notListed")))
          .append("</p>\n<dl>\n");
      view.issuerName().ifPresent(n -> row(out, m.get(lang, "issuer.name"), n));
      view.issuerCountry().ifPresent(c -> row(out, m.get(lang, "issuer.country"), c));
      report.credential().flatMap(c -> Optional.ofNullable(c.path("issuer").path("id").textValue()))
          .ifPresent(id -> row(out, m.get(lang, "issuer.id"), id));
    }
    return out.append("</dl>\n</section>\n").toString();
  }

  private static String accreditation(Messages m, Lang lang, AccreditationScope scope) {
    StringBuilder text = new StringBuilder();
    if (!scope.frameworks().isEmpty()) {
      text.append(m.get(lang, "issuer.frameworks")).append(": ")
          .append(String.join(", ", scope.frameworks())).append("; ");
    }
    text.append(m.get(lang, "issuer.eqfRange", String.valueOf(scope.minEqfLevel()),
        String.valueOf(scope.maxEqfLevel())));
    scope.validUntil().ifPresent(until -> text.append("; ").append(
        m.get(lang, "issuer.accreditationUntil", PageDates.format(m, lang, until))));
    return text.toString();
  }

  private static String certifies(Messages m, Lang lang, CredentialView v) {
    StringBuilder out = new StringBuilder("<section aria-labelledby=\"cert-title\">\n"
        + "<h2 id=\"cert-title\">" + escape(m.get(lang, "cert.heading")) + "</h2>\n<dl class=\"cert\">\n");
    v.title().ifPresent(t -> row(out, m.get(lang, "cert.title"), t, "title"));
    v.learnerName().ifPresent(n -> row(out, m.get(lang, "cert.learner"), n, "learner"));
    v.issuedOn().ifPresent(d -> row(out, m.get(lang, "cert.date"),
        PageDates.format(m, lang, d), "date"));
    v.validUntil().ifPresent(d -> row(out, m.get(lang, "cert.validUntil"),
        PageDates.format(m, lang, d), "valid-until"));
    v.description().ifPresent(d -> row(out, m.get(lang, "cert.description"), d, "description"));
    if (!v.learningOutcomes().isEmpty()) {
      out.append("<dt>").append(escape(m.get(lang, "cert.outcomes")))
          .append("</dt>\n<dd data-field=\"outcomes\"><ul>");
      v.learningOutcomes().forEach(o -> out.append("<li>").append(escape(o)).append("</li>"));
      out.append("</ul></dd>\n");
    }
    v.ects().ifPresent(e -> row(out, m.get(lang, "cert.ects"), e, "ects"));
    v.hours().ifPresent(h -> row(out, m.get(lang, "cert.hours"), h, "hours"));
    v.eqfLevel().ifPresent(e -> row(out, m.get(lang, "cert.eqf"), e, "eqf"));
    v.nqfLevel().ifPresent(n -> row(out, m.get(lang, "cert.nqf"), n, "nqf"));
    assessment(m, lang, v).ifPresent(a -> row(out, m.get(lang, "cert.assessment"), a,
        "assessment"));
    v.identityVerification().ifPresent(i -> row(out, m.get(lang, "cert.identity"),
        StandardsView.value(m, lang, "value.identity.", i), "identity"));
    v.qaType().ifPresent(q -> row(out, m.get(lang, "cert.qa"), StandardsView.value(m, lang, "value.qa.", q)
        + v.qaDescription().map(d -> " – " + d).orElse(""), "qa"));
    v.participationForm().ifPresent(p -> row(out, m.get(lang, "cert.participation"),
        StandardsView.value(m, lang, "value.participation.", p), "participation"));
    v.grade().ifPresent(g -> row(out, m.get(lang, "cert.grade"), g, "grade"));
    return out.append("</dl>\n</section>\n").toString();
  }

  private static Optional<String> assessment(Messages m, Lang lang, CredentialView v) {
    StringBuilder text = new StringBuilder(String.join(", ", v.assessmentMethods()));
    v.summative().ifPresent(s -> text.append(text.length() > 0 ? " – " : "")
        .append(m.get(lang, s ? "cert.summative" : "cert.notSummative")));
    v.assessmentDescription().ifPresent(d -> text.append(text.length() > 0 ? ". " : "").append(d));
    return text.length() == 0 ? Optional.empty() : Optional.of(text.toString());
  }

  private static String checks(Messages m, Lang lang, List<CheckResult> checks) {
    StringBuilder out = new StringBuilder("<section aria-labelledby=\"checks-title\">\n"
        + "<h2 id=\"checks-title\">" + escape(m.get(lang, "checks.heading")) + "</h2>\n"
        + "<div class=\"table-wrap\"><table class=\"checks\">\n<thead><tr><th scope=\"col\">"
        + escape(m.get(lang, "checks.check")) + "</th><th scope=\"col\">"
        + escape(m.get(lang, "checks.result")) + "</th><th scope=\"col\">"
        + escape(m.get(lang, "checks.detail")) + "</th></tr></thead>\n<tbody>\n");
    for (CheckResult check : checks) {
      String status = check.status().wireName();
      String checkKey = "check." + check.id();
      String detail = check.code().map(code -> m.get(lang, "reason." + code.name())
          + " (" + code.name() + ")").or(() -> check.detail().map(d -> m.detail(lang, d)))
          .orElse(check.message());
      out.append("<tr data-check=\"").append(escape(check.id())).append("\" data-status=\"")
          .append(status).append("\"><th scope=\"row\">")
          .append(escape(m.keys().contains(checkKey) ? m.get(lang, checkKey) : check.id()))
          .append("</th><td class=\"st st-").append(status).append("\">")
          .append(escape(m.get(lang, "status." + status))).append("</td><td>").append(escape(detail))
          .append("</td></tr>\n");
    }
    return out.append("</tbody></table></div>\n</section>\n").toString();
  }

  private static String raw(Messages m, Lang lang, ObjectNode credential) {
    return "<details class=\"raw\"><summary>" + escape(m.get(lang, "raw.heading"))
        // Focusable and named: a keyboard user can scroll the wide JSON sideways (WCAG 2.1.1).
        + "</summary>\n<pre tabindex=\"0\" role=\"region\" aria-label=\""
        + escape(m.get(lang, "raw.heading")) + "\"><code>" + escape(Json.writePretty(credential))
        + "</code></pre></details>\n";
  }

  private static String actions(Messages m, Lang lang, VerificationReport report,
      boolean shareable, Optional<CredentialView> view, ResultOptions options) {
    StringBuilder out = new StringBuilder("<section aria-labelledby=\"actions-title\">\n"
        + "<h2 id=\"actions-title\">" + escape(m.get(lang, "actions.heading")) + "</h2>\n");
    options.compactJwt().ifPresent(jwt -> {
      out.append("<form method=\"post\" action=\"/receipts\" class=\"inline\">")
          .append("<input type=\"hidden\" name=\"credential\" value=\"").append(escape(jwt))
          .append("\"><button type=\"submit\" id=\"receipt\">")
          .append(escape(m.get(lang, "actions.receipt"))).append("</button></form>\n")
          .append("<p class=\"hint\">").append(escape(m.get(lang, "actions.receipt.hint")));
      if (options.ephemeralReceiptKey()) {
        out.append(' ').append(escape(m.get(lang, "actions.receipt.ephemeral")));
      }
      out.append("</p>\n");
      // Offered only where the verifier would store the link: a verified, trusted credential.
      if (options.shareEnabled() && options.shareUrl().isEmpty()
          && report.verifiedAndTrusted() && shareable) {
        out.append("<form method=\"post\" action=\"/").append(lang.tag())
            .append("/shares\" class=\"share\"><input type=\"hidden\" name=\"credential\" value=\"")
            .append(escape(jwt)).append("\"><label for=\"lifetime\">")
            .append(escape(m.get(lang, "actions.share.lifetime")))
            .append("</label> <select id=\"lifetime\" name=\"days\">");
        for (int days : new int[] {1, 7, 30, 90, 365}) {
          out.append("<option value=\"").append(days).append('"')
              .append(days == 90 ? " selected" : "").append('>')
              .append(escape(m.get(lang, "actions.share.days", days))).append("</option>");
        }
        out.append("</select> <button type=\"submit\" id=\"share\">")
            .append(escape(m.get(lang, "actions.share"))).append("</button></form>\n")
            .append("<p class=\"hint\">").append(escape(m.get(lang, "actions.share.hint")))
            .append("</p>\n");
      }
    });
    options.shareUrl().ifPresent(url -> view.ifPresent(v -> out.append("<p><a class=\"linkedin\" ")
        .append("rel=\"noopener noreferrer\" href=\"")
        .append(escape(LinkedInLink.url(v, report.issuer().flatMap(IssuerInfo::name), url)))
        .append("\">").append(escape(m.get(lang, "share.linkedin"))).append("</a></p>\n<p class=\"hint\">")
        .append(escape(m.get(lang, "share.linkedin.hint"))).append("</p>\n")));
    out.append("<p><a href=\"/").append(lang.tag()).append("/\">")
        .append(escape(m.get(lang, "actions.again"))).append("</a></p>\n");
    return out.append("</section>\n").toString();
  }

  private static void row(StringBuilder out, String label, String value) {
    out.append("<dt>").append(escape(label)).append("</dt><dd>").append(escape(value)).append("</dd>\n");
  }

  private static void row(StringBuilder out, String label, String value, String field) {
    out.append("<dt>").append(escape(label)).append("</dt><dd data-field=\"").append(field)
        .append("\">").append(escape(value)).append("</dd>\n");
  }
}
