package org.tessera.verifier.page;

import static org.tessera.shared.html.Html.escape;

import java.util.Optional;
import org.tessera.shared.cmf.CmfFacts;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.transcript.TranscriptEntry;
import org.tessera.verifier.transcript.TranscriptReport;

/**
 * The transcript of a learner record: one row per embedded credential with its title, awarding
 * body, ECTS and hours (where it states them) and its own result. Text from the credentials is
 * escaped; a credential without its own checkable proof is never shown as valid.
 */
final class TranscriptView {

  private TranscriptView() {}

  static String render(Messages m, Lang lang, TranscriptReport transcript) {
    StringBuilder out = new StringBuilder("<section aria-labelledby=\"transcript-title\">\n"
        + "<h2 id=\"transcript-title\">" + escape(m.get(lang, "transcript.heading")) + "</h2>\n"
        + "<p>" + escape(m.get(lang, "transcript.intro")) + "</p>\n"
        + "<div class=\"table-wrap\"><table class=\"transcript\">\n<thead><tr>");
    for (String column : new String[] {"transcript.position", "transcript.title",
        "transcript.issuer", "cert.ects", "cert.hours", "transcript.result"}) {
      out.append("<th scope=\"col\">").append(escape(m.get(lang, column))).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    boolean unverifiable = false;
    for (TranscriptEntry entry : transcript.entries()) {
      Optional<CmfFacts> facts = entry.facts();
      String outcome = entry.outcome().wireName();
      unverifiable |= entry.outcome() == TranscriptEntry.Outcome.NOT_INDEPENDENTLY_VERIFIED;
      out.append("<tr data-transcript=\"").append(entry.position()).append("\" data-outcome=\"")
          .append(outcome).append("\"><td>").append(entry.position()).append("</td><th scope=\"row\">")
          .append(escape(facts.flatMap(CmfFacts::title).map(String::strip)
              .orElseGet(() -> m.get(lang, "transcript.untitled"))))
          .append("</th><td>").append(escape(facts.flatMap(CmfFacts::awardingBody).orElse("")))
          .append("</td><td>").append(facts.flatMap(CmfFacts::ects).map(CredentialView::plain)
              .orElse("")).append("</td><td>")
          .append(facts.flatMap(CmfFacts::hours).map(CredentialView::plain).orElse(""))
          .append("</td><td class=\"outcome outcome-").append(outcome).append("\">")
          .append(escape(m.get(lang, "transcript.outcome." + outcome)))
          .append(reason(m, lang, entry)).append("</td></tr>\n");
    }
    out.append("</tbody></table></div>\n");
    if (unverifiable) {
      out.append("<p class=\"hint\">").append(escape(m.get(lang, "transcript.unverifiable.hint")))
          .append("</p>\n");
    }
    return out.append("</section>\n").toString();
  }

  /** Why an embedded credential is not valid, in plain words: its first error code. */
  private static String reason(Messages m, Lang lang, TranscriptEntry entry) {
    return entry.report().filter(r -> !r.verified()).map(VerificationReport::errorCodes)
        .flatMap(codes -> codes.stream().findFirst())
        .map(code -> "<br><small>" + escape(m.get(lang, "reason." + code.name())) + " ("
            + code.name() + ")</small>").orElse("");
  }
}
