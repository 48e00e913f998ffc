package org.tessera.verifier.presentation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.tessera.shared.json.Json;
import org.tessera.verifier.pipeline.ReportJson;

/**
 * The one JSON form of a {@link PresentationReport} (CLI {@code --json}, the HTTP API):
 * <pre>
 * {"verified": bool, "holderBound": bool, "holder"?: did, "shape"?: ...,
 *  "checks": [...], "warnings": [...], "errors": [...]   (the credential report's check shape)
 *  "credentials": [{"position": n, "binding": bound|not-bound|other-holder|unknown,
 *                   "countsForHolder": bool, "report": {the credential report}}]}
 * </pre>
 */
final class PresentationReportJson {

  private PresentationReportJson() {}

  static ObjectNode toJson(PresentationReport report) {
    ObjectNode json = Json.object();
    json.put("verified", report.verified());
    json.put("holderBound", report.holderBound());
    report.holder().ifPresent(h -> json.put("holder", h));
    report.shape().ifPresent(s -> json.put("shape", s.name()));
    ReportJson.addCheckLists(json, report);
    ArrayNode credentials = json.putArray("credentials");
    for (PresentedCredential credential : report.credentials()) {
      credentials.addObject()
          .put("position", credential.position())
          .put("binding", credential.binding().wireName())
          .put("countsForHolder", credential.countsForHolder())
          .set("report", credential.report().toJson());
    }
    return json;
  }
}
