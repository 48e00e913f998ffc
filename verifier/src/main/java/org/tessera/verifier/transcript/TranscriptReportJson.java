package org.tessera.verifier.transcript;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tessera.shared.cmf.CmfFacts;
import org.tessera.verifier.pipeline.ReportJson;

/**
 * The one JSON form of a {@link TranscriptReport}: the record's credential report (same members,
 * see {@link ReportJson}) whose {@code verified}, {@code checks}, {@code warnings} and
 * {@code errors} also hold {@code clr.credentials}, plus
 * <pre>
 * "transcript": [{"position": n, "form": enveloped|jwt|embedded,
 *                 "outcome": verified|not-verified|not-independently-verified|other-subject,
 *                 "title"?, "awardingBody"?, "ects"?, "hours"?,
 *                 "report"?: {the embedded credential's report}}]
 * </pre>
 */
final class TranscriptReportJson {

  private TranscriptReportJson() {}

  static ObjectNode toJson(TranscriptReport report) {
    ObjectNode json = report.record().toJson();
    json.put("verified", report.verified());
    ReportJson.addCheckLists(json, report);
    ArrayNode transcript = json.putArray("transcript");
    for (TranscriptEntry entry : report.entries()) {
      ObjectNode node = transcript.addObject()
          .put("position", entry.position())
          .put("form", entry.form())
          .put("outcome", entry.outcome().wireName());
      entry.facts().ifPresent(facts -> addFacts(node, facts));
      entry.report().ifPresent(r -> node.set("report", r.toJson()));
    }
    return json;
  }

  private static void addFacts(ObjectNode node, CmfFacts facts) {
    facts.title().ifPresent(v -> node.put("title", v));
    facts.awardingBody().ifPresent(v -> node.put("awardingBody", v));
    facts.ects().ifPresent(v -> node.put("ects", v));
    facts.hours().ifPresent(v -> node.put("hours", v));
  }
}
