package org.tessera.verifier.pipeline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.tessera.shared.cmf.CmfFacts;
import org.tessera.shared.cmf.CmfVerdict;
import org.tessera.shared.json.Json;
import org.tessera.verifier.sdjwt.SdJwtSummary;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckedReport;

/**
 * The one JSON form of a {@link VerificationReport} (contract for CLI {@code --json}, the HTTP
 * API and the page):
 * <pre>
 * {"verified": bool, "format"?: "Open Badges 2.0",
 *  "checks":   [{"id", "status": passed|failed|warning|skipped, "code"?, "message"}],
 *  "warnings": [...same shape...], "errors": [...same shape...],
 *  "credential"?: {...}, "issuer"?: {"id", "name"?, "country"?, "accreditation"?},
 *  "trustListSequenceNumber"?: n,
 *  "cmf"?: {"conformant", "reasons": [{"code", "message"}], "facts": {...}},
 *  "sdJwt"?: {"disclosed": [path], "plain": [name], "holderBound",
 *             "cmfFacts": {"ects", "eqfLevel", "hours"}}}   (a number or "not disclosed")
 * </pre>
 */
public final class ReportJson {

  /** What {@code sdJwt.cmfFacts} says of a value the holder did not disclose. */
  public static final String NOT_DISCLOSED = "not disclosed";

  private ReportJson() {}

  static ObjectNode toJson(VerificationReport report) {
    ObjectNode json = Json.object();
    json.put("verified", report.verified());
    if (report.format() != VerificationReport.CredentialFormat.OPEN_BADGES_3) {
      // Only other formats say so: the OB 3.0 report is unchanged for its clients.
      json.put("format", report.format().label());
    }
    addCheckLists(json, report);
    report.credential().ifPresent(c -> json.set("credential", c));
    report.issuer().ifPresent(issuer -> {
      ObjectNode node = json.putObject("issuer");
      node.put("id", issuer.id());
      issuer.name().ifPresent(n -> node.put("name", n));
      issuer.country().ifPresent(c -> node.put("country", c));
      issuer.accreditation().ifPresent(scope -> {
        ObjectNode accreditation = node.putObject("accreditation");
        scope.frameworks().forEach(accreditation.putArray("frameworks")::add);
        accreditation.put("minEqfLevel", scope.minEqfLevel());
        accreditation.put("maxEqfLevel", scope.maxEqfLevel());
        scope.credentialTypes().forEach(accreditation.putArray("credentialTypes")::add);
        scope.validUntil().ifPresent(until -> accreditation.put("validUntil", until.toString()));
      });
    });
    report.trustListSequence().ifPresent(n -> json.put("trustListSequenceNumber", n));
    report.cmf().ifPresent(verdict -> json.set("cmf", cmf(verdict)));
    report.sdJwt().ifPresent(summary -> json.set("sdJwt", sdJwt(summary)));
    return json;
  }

  /** What an SD-JWT VC disclosed; a CMF value the holder did not disclose says so. */
  private static ObjectNode sdJwt(SdJwtSummary summary) {
    ObjectNode node = Json.object();
    summary.disclosed().forEach(node.putArray("disclosed")::add);
    summary.plain().forEach(node.putArray("plain")::add);
    node.put("holderBound", summary.holderBound());
    ObjectNode facts = node.putObject("cmfFacts");
    summary.ects().ifPresentOrElse(v -> facts.put("ects", v),
        () -> facts.put("ects", NOT_DISCLOSED));
    summary.eqfLevel().ifPresentOrElse(v -> facts.put("eqfLevel", v),
        () -> facts.put("eqfLevel", NOT_DISCLOSED));
    summary.workloadHours().ifPresentOrElse(v -> facts.put("hours", v),
        () -> facts.put("hours", NOT_DISCLOSED));
    return node;
  }

  /**
   * A report's {@code checks}, {@code warnings} and {@code errors} (set, replacing any there), the
   * same for every report made of checks.
   */
  public static void addCheckLists(ObjectNode json, CheckedReport report) {
    addChecks(json.putArray("checks"), report.checks());
    addChecks(json.putArray("warnings"), report.warnings());
    addChecks(json.putArray("errors"), report.errors());
  }

  /** Check results in the report's shape: {@code id}, {@code status}, {@code code}?, message. */
  private static void addChecks(ArrayNode array, List<CheckResult> checks) {
    for (CheckResult check : checks) {
      ObjectNode node = array.addObject();
      node.put("id", check.id());
      node.put("status", check.status().wireName());
      check.code().ifPresent(code -> node.put("code", code.name()));
      node.put("message", check.message());
    }
  }

  private static ObjectNode cmf(CmfVerdict verdict) {
    ObjectNode node = Json.object();
    node.put("conformant", verdict.conformant());
    ArrayNode reasons = node.putArray("reasons");
    verdict.reasons().forEach(r -> reasons.addObject()
        .put("code", r.code().name()).put("message", r.message()));
    CmfFacts f = verdict.facts();
    ObjectNode facts = node.putObject("facts");
    f.title().ifPresent(v -> facts.put("title", v));
    f.awardingBody().ifPresent(v -> facts.put("awardingBody", v));
    f.issuerCountry().ifPresent(v -> facts.put("issuerCountry", v));
    f.hours().ifPresent(v -> facts.put("hours", v));
    f.ects().ifPresent(v -> facts.put("ects", v));
    f.eqfLevel().ifPresent(v -> facts.put("eqfLevel", v));
    f.summativeAssessment().ifPresent(v -> facts.put("summativeAssessment", v));
    f.identityVerification().ifPresent(v -> facts.put("identityVerification", v));
    f.participationForm().ifPresent(v -> facts.put("participationForm", v));
    f.qaType().ifPresent(v -> facts.put("qaType", v));
    f.learningOutcomeCount().ifPresent(v -> facts.put("learningOutcomeCount", v));
    return node;
  }
}
