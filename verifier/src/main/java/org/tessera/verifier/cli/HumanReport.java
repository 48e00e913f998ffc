package org.tessera.verifier.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckResult;

/** The default, human-readable rendering of a report: verdict line, issuer, one line a check. */
final class HumanReport {

  private HumanReport() {}

  static void print(VerificationReport report, PrintWriter out) {
    out.println(report.verified() ? "VERIFIED: the credential is valid"
        : "NOT VERIFIED: " + report.errors().size() + " check(s) failed");
    report.issuer().ifPresent(issuer -> out.println("Issuer: "
        + issuer.name().orElse(issuer.id())
        + issuer.country().map(c -> " (" + c + ")").orElse("") + " " + issuer.id()));
    for (CheckResult check : report.checks()) {
      out.printf(Locale.ROOT, "  %-9s %-9s %-26s %s%n",
          "[" + check.status().name() + "]", check.id(),
          check.code().map(Enum::name).orElse(""), check.message());
    }
  }
}
