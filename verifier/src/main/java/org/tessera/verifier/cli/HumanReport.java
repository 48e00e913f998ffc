package org.tessera.verifier.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tessera.shared.cmf.CmfFacts;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.presentation.PresentationReport;
import org.tessera.verifier.presentation.PresentedCredential;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.transcript.TranscriptEntry;
import org.tessera.verifier.transcript.TranscriptReport;

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
    if (report.format() == VerificationReport.CredentialFormat.OPEN_BADGES_2) {
      out.println("Format: " + report.format().label() + " (no holder binding, no CMF data)");
    } else if (report.format() == VerificationReport.CredentialFormat.SD_JWT_VC) {
      out.println("Format: " + report.format().label() + " (only the disclosed claims)");
      report.sdJwt().ifPresent(sd -> out.println("Disclosed: "
          + (sd.disclosed().isEmpty() ? "nothing" : String.join(", ", sd.disclosed()))));
    }
    printIssuer(report, out, "");
    printChecks(report.checks(), out, "  ");
  }

  /** The record's verdict and checks (with {@code clr.credentials}), then one line a credential. */
  static void print(TranscriptReport report, PrintWriter out) {
    out.println(report.verified() ? "VERIFIED: the learner record is valid"
        : "NOT VERIFIED: " + report.errors().size() + " check(s) of the learner record failed");
    printIssuer(report.record(), out, "");
    printChecks(report.checks(), out, "  ");
    out.println("Transcript (" + report.entries().size() + " credential(s)):");
    for (TranscriptEntry entry : report.entries()) {
      Optional<CmfFacts> facts = entry.facts();
      out.printf(Locale.ROOT, "  %2d %-27s %-40s %s%s%n", entry.position(),
          "[" + entry.outcome().wireName() + "]",
          facts.flatMap(CmfFacts::title).orElse("(untitled)"),
          facts.flatMap(CmfFacts::ects).map(e -> e + " ECTS ").orElse(""),
          facts.flatMap(CmfFacts::hours).map(h -> h + " h").orElse(""));
      entry.report().filter(r -> !r.verified()).ifPresent(r -> printChecks(r.errors(), out, "       "));
    }
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
