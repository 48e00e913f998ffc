package org.tessera.verifier.page;

import static org.tessera.shared.html.Html.escape;

import java.util.ArrayList;
import java.util.List;
import org.tessera.shared.cmf.CmfFacts;
import org.tessera.shared.cmf.CmfReason;
import org.tessera.shared.cmf.CmfReasonCode;
import org.tessera.shared.cmf.CmfVerdict;
import org.tessera.shared.cmf.CouncilRecommendation;

/**
 * The two European yardsticks as two verdicts, each with the rule and the credential's own
 * values: the EU Council Recommendation's mandatory elements, and the European MOOC Consortium's
 * Common Microcredential Framework (decision 0052). A credential that did not verify gets no
 * green line: what it claims is shown for information only.
 */
final class StandardsView {

  private StandardsView() {}

  /** @param credible the credential verified: a met standard may be shown as good news */
  static String render(Messages m, Lang lang, CmfVerdict cmf, boolean credible) {
    List<CmfReasonCode> missing = CouncilRecommendation.missingElements(cmf);
    StringBuilder out = new StringBuilder("<section aria-labelledby=\"cmf-title\" data-cmf=\""
        + cmf.conformant() + "\">\n<h2 id=\"cmf-title\">" + escape(m.get(lang, "cmf.heading"))
        + "</h2>\n");
    if (!credible) {
      out.append("<p class=\"notice\">").append(escape(m.get(lang, "cmf.infoOnly")))
          .append("</p>\n");
    }
    out.append("<div class=\"standard\" data-standard=\"recommendation\" data-met=\"")
        .append(missing.isEmpty()).append("\">\n");
    verdictLine(out, m, lang, missing.isEmpty(), credible,
        missing.isEmpty() ? "cmf.rec.yes" : "cmf.rec.no");
    reasons(out, m, lang, missing.stream().map(code -> new CmfReason(code, code.name())).toList());
    out.append("<p class=\"rule\">").append(escape(m.get(lang, "cmf.rec.rule"))).append("</p>\n")
        .append("<p class=\"values\">").append(escape(m.get(lang, "cmf.values",
            String.join(" · ", elementValues(m, lang, cmf.facts()))))).append("</p>\n</div>\n");

    out.append("<div class=\"standard\" data-standard=\"emc-cmf\" data-met=\"")
        .append(cmf.conformant()).append("\">\n");
    verdictLine(out, m, lang, cmf.conformant(), credible,
        cmf.conformant() ? "cmf.emc.yes" : "cmf.emc.no");
    reasons(out, m, lang, cmf.reasons());
    out.append("<p class=\"rule\">").append(escape(m.get(lang, "cmf.emc.rule"))).append("</p>\n")
        .append("<p class=\"values\">").append(escape(m.get(lang, "cmf.values",
            String.join(" · ", frameworkValues(m, lang, cmf.facts()))))).append("</p>\n</div>\n");
    return out.append("</section>\n").toString();
  }

  /** Green only for a met standard of a credential that verified; grey when it did not. */
  private static void verdictLine(StringBuilder out, Messages m, Lang lang, boolean met,
      boolean credible, String key) {
    String css = !credible ? "info" : met ? "ok" : "warn";
    out.append("<p class=\"").append(css).append("\">").append(escape(m.get(lang, key)))
        .append("</p>\n");
  }

  private static void reasons(StringBuilder out, Messages m, Lang lang, List<CmfReason> reasons) {
    if (reasons.isEmpty()) {
      return;
    }
    out.append("<ul>");
    for (CmfReason reason : reasons) {
      String key = "cmf.reason." + reason.code().name();
      out.append("<li>").append(escape(m.keys().contains(key) ? m.get(lang, key)
          : reason.message())).append("</li>");
    }
    out.append("</ul>\n");
  }

  /** What the credential states for the Recommendation's elements. */
  private static List<String> elementValues(Messages m, Lang lang, CmfFacts facts) {
    List<String> values = new ArrayList<>();
    facts.title().ifPresent(values::add);
    facts.awardingBody().ifPresent(values::add);
    facts.issuerCountry().ifPresent(values::add);
    facts.learningOutcomeCount().filter(n -> n > 0)
        .ifPresent(n -> values.add(m.get(lang, "cmf.value.outcomes", n)));
    values.addAll(workload(m, lang, facts));
    facts.summativeAssessment().ifPresent(s ->
        values.add(m.get(lang, s ? "cert.summative" : "cert.notSummative")));
    facts.participationForm().ifPresent(p -> values.add(value(m, lang, "value.participation.", p)));
    facts.qaType().ifPresent(q -> values.add(m.get(lang, "cmf.value.qa",
        value(m, lang, "value.qa.", q))));
    return values.isEmpty() ? List.of(m.get(lang, "cmf.value.none")) : values;
  }

  /** What the credential states for the CMF's ranges and rules. */
  private static List<String> frameworkValues(Messages m, Lang lang, CmfFacts facts) {
    List<String> values = new ArrayList<>(workload(m, lang, facts));
    facts.eqfLevel().ifPresent(e -> values.add(m.get(lang, "facts.eqf", String.valueOf(e))));
    facts.summativeAssessment().ifPresent(s ->
        values.add(m.get(lang, s ? "cert.summative" : "cert.notSummative")));
    facts.identityVerification().ifPresent(i ->
        values.add(value(m, lang, "value.identity.", i)));
    return values;
  }

  private static List<String> workload(Messages m, Lang lang, CmfFacts facts) {
    List<String> values = new ArrayList<>();
    facts.ects().map(CredentialView::plain).ifPresent(e -> values.add(m.get(lang, "facts.ects", e)));
    facts.hours().map(CredentialView::hours)
        .ifPresent(h -> values.add(m.get(lang, "facts.hours", h)));
    return values;
  }

  /** A known vocabulary value in words; an unknown one as it is. */
  static String value(Messages m, Lang lang, String prefix, String raw) {
    return m.keys().contains(prefix + raw) ? m.get(lang, prefix + raw) : raw;
  }
}
