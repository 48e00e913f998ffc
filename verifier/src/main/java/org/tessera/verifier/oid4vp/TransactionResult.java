package org.tessera.verifier.oid4vp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.json.Json;
import org.tessera.verifier.presentation.PresentationReport;
import org.tessera.verifier.result.ErrorCode;

/**
 * The outcome of a transaction's one answer: verified when every presentation verified and
 * the DCQL query is satisfied; the full report of each presentation, by credential query id.
 *
 * @param errors the answer's own codes (e.g. {@code DCQL_NOT_SATISFIED}) first, then each
 *     failed presentation's codes; empty exactly when verified
 * @param message an input-free sentence on the first error, or empty
 * @param presentations the reports in the vp_token's order
 */
public record TransactionResult(boolean verified, List<ErrorCode> errors,
    Optional<String> message, List<Answered> presentations) {

  public TransactionResult {
    errors = List.copyOf(errors);
    Objects.requireNonNull(message, "message");
    presentations = List.copyOf(presentations);
    if (verified != errors.isEmpty()) {
      throw new IllegalArgumentException("verified exactly when no error");
    }
  }

  /** One presentation of the vp_token and the credential query id it answered. */
  public record Answered(String credentialQueryId, PresentationReport report) {}

  static TransactionResult refused(ErrorCode code, String message) {
    return new TransactionResult(false, List.of(code), Optional.of(message), List.of());
  }

  /** Verified, and every credential of every presentation is the holder's. */
  public boolean holderBound() {
    return verified && presentations.stream().allMatch(p -> p.report().holderBound());
  }

  /** The holder DIDs (one, when the wallet presented for one holder). */
  public List<String> holders() {
    return presentations.stream().flatMap(p -> p.report().holder().stream()).distinct()
        .toList();
  }

  public ObjectNode toJson() {
    ObjectNode json = Json.object().put("verified", verified).put("holderBound", holderBound());
    ArrayNode holders = json.putArray("holders");
    holders().forEach(holders::add);
    ArrayNode codes = json.putArray("errors");
    errors.forEach(code -> codes.addObject().put("code", code.name())
        .put("description", code.description()));
    message.ifPresent(m -> json.put("message", m));
    ArrayNode list = json.putArray("presentations");
    for (Answered answered : presentations) {
      ObjectNode entry = list.addObject().put("credentialQueryId", answered.credentialQueryId());
      entry.set("report", answered.report().toJson());
    }
    return json;
  }
}
