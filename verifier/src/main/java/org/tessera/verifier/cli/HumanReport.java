package org.tessera.verifier.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.presentation.PresentationReport;
import org.tessera.verifier.presentation.PresentedCredential;
import org.tessera.verifier.result.CheckResult;

/** The default, human-readable rendering of a report: verdict line, issuer, one line a check. */
final class HumanReport {

  private HumanReport() {}

  /** The presentation's verdict and checks, then each credential's report, indented. */
  static void print(PresentationReport report, PrintWriter out) {
    out.println(report.verified()
        ? "VERIFIED: the presentation is valid" + (report.holderBound()
            ? ", every credential is the holder's" : ", NOT every credential is bound to the holder")
        : "NOT VERIFIED: " + report.errors().size() + " presentation check(s) failed");
    report.holder().ifPresent(holder -> out.println("Holder: " + holder));
    printChecks(report.checks(), out, "  ");
    for (PresentedCredential credential : report.credentials()) {
      out.println("Credential " + credential.position() + " of " + report.credentials().size()
          + " (" + credential.binding().wireName() + "):");
      printIssuer(credential.report(), out, "  ");
      out.println("  " + (credential.report().verified() ? "VERIFIED"
          : "NOT VERIFIED: " + credential.report().errors().size() + " check(s) failed"));
      printChecks(credential.report().checks(), out, "    ");
    }
  }

  static void print(VerificationReport report, PrintWriter out) {
    out.println(report.verified() ? "VERIFIED: the credential is valid"
        : "NOT VERIFIED: " + report.errors().size() + " check(s) failed");
    if (report.format() != VerificationReport.CredentialFormat.OPEN_BADGES_3) {
      out.println("Format: " + report.format().label() + " (no holder binding, no CMF data)");
    }
    printIssuer(report, out, "");
    printChecks(report.checks(), out, "  ");
  }

  private static void printIssuer(VerificationReport report, PrintWriter out, String indent) {
    report.issuer().ifPresent(issuer -> out.println(indent + "Issuer: "
        + issuer.name().orElse(issuer.id())
        + issuer.country().map(c -> " (" + c + ")").orElse("") + " " + issuer.id()));
  }

  private static void printChecks(List<CheckResult> checks, PrintWriter out, String indent) {
    for (CheckResult check : checks) {
      out.printf(Locale.ROOT, "%s%-9s %-9s %-26s %s%n", indent,
          "[" + check.status().name() + "]", check.id(),
          check.code().map(Enum::name).orElse(""), check.message());
    }
  }
}
