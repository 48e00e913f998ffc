package org.tessera.verifier.page;

import static org.tessera.shared.html.Html.escape;

import java.util.Optional;
import org.tessera.verifier.sdjwt.SdJwtSummary;

/**
 * What an SD-JWT VC presentation disclosed: the notice that only disclosed claims are shown,
 * whether a holder proved possession, the disclosed claim names, and the CMF values as disclosed
 * ("not disclosed" otherwise: a selection is never read as a missing value).
 */
final class SdJwtDisclosureView {

  private SdJwtDisclosureView() {}

  static String render(Messages m, Lang lang, SdJwtSummary summary) {
    StringBuilder out = new StringBuilder("<section class=\"notice\" data-format=\"sdjwt\">\n<p>")
        .append(escape(m.get(lang, "format.sdjwt"))).append("</p>\n<p data-holder-bound=\"")
        .append(summary.holderBound()).append("\">")
        .append(escape(m.get(lang, summary.holderBound() ? "sdjwt.holderBound"
            : "detail.sdjwt.kb.none")))
        .append("</p>\n<dl class=\"cert\">\n<dt>").append(escape(m.get(lang, "sdjwt.disclosed")))
        .append("</dt><dd data-field=\"disclosed\">")
        .append(escape(summary.disclosed().isEmpty() ? "–" : String.join(", ", summary.disclosed())))
        .append("</dd>\n</dl>\n<h2>").append(escape(m.get(lang, "sdjwt.cmfFacts")))
        .append("</h2>\n<dl class=\"cert\" data-cmf-facts>\n");
    fact(out, m, lang, "sdjwt.ects", "ects", summary.ects().map(CredentialView::plain));
    fact(out, m, lang, "sdjwt.eqf", "eqf", summary.eqfLevel().map(String::valueOf));
    fact(out, m, lang, "sdjwt.hours", "hours",
        summary.workloadHours().map(CredentialView::hours));
    return out.append("</dl>\n</section>\n").toString();
  }

  private static void fact(StringBuilder out, Messages m, Lang lang, String label, String field,
      Optional<String> value) {
    out.append("<dt>").append(escape(m.get(lang, label))).append("</dt><dd data-fact=\"")
        .append(field).append("\">")
        .append(escape(value.orElseGet(() -> m.get(lang, "sdjwt.notDisclosed"))))
        .append("</dd>\n");
  }
}
