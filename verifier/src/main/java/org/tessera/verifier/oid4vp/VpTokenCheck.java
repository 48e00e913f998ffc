package org.tessera.verifier.oid4vp;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.json.Json;
import org.tessera.verifier.oid4vp.TransactionResult.Answered;
import org.tessera.verifier.presentation.PresentationExpectations;
import org.tessera.verifier.presentation.PresentationReport;
import org.tessera.verifier.presentation.PresentedCredential;
import org.tessera.verifier.presentation.ReplayStore;
import org.tessera.verifier.result.ErrorCode;

/**
 * Validates a {@code vp_token} (OpenID4VP §8.6): its shape and size; every presentation through
 * the {@link PresentationCheck} with the transaction's nonce and the client identifier as
 * audience (holder binding, replay), or, for a {@code dc+sd-jwt} credential query, through
 * {@link SdJwtPresentations} with the same nonce and audience; one holder for all of them; then
 * the DCQL query.
 */
final class VpTokenCheck {

  private final PresentationCheck presentations;
  private final SdJwtPresentations sdJwts;
  private final ReplayStore replays;
  private final Oid4vpPolicy policy;

  /** @param replays the verifier's store of accepted presentations */
  VpTokenCheck(PresentationCheck presentations, SdJwtCheck sdJwts, ReplayStore replays,
      Oid4vpPolicy policy) {
    this.presentations = Objects.requireNonNull(presentations, "presentations");
    this.sdJwts = new SdJwtPresentations(sdJwts);
    this.replays = Objects.requireNonNull(replays, "replays");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  TransactionResult check(String vpToken, DcqlQuery query, PresentationExpectations expected) {
    if (vpToken.length() > policy.maxVpTokenChars()) {
      return TransactionResult.refused(ErrorCode.VP_TOKEN_TOO_LARGE,
          "the vp_token is longer than " + policy.maxVpTokenChars() + " characters");
    }
    Optional<Map<String, List<JsonNode>>> entries = entries(vpToken);
    if (entries.isEmpty()) {
      return TransactionResult.refused(ErrorCode.VP_TOKEN_MALFORMED,
          "expected a JSON object of credential query ids to non-empty arrays of presentations");
    }
    int count = entries.get().values().stream().mapToInt(List::size).sum();
    if (count > policy.maxPresentations()) {
      return TransactionResult.refused(ErrorCode.VP_TOKEN_TOO_LARGE,
          "more than " + policy.maxPresentations() + " presentations");
    }
    AnswerReplays answerReplays = new AnswerReplays(replays);
    List<Answered> answered = new ArrayList<>();
    Map<String, List<JsonNode>> credentials = new LinkedHashMap<>();
    for (Map.Entry<String, List<JsonNode>> entry : entries.get().entrySet()) {
      boolean sdJwt = query.credential(entry.getKey()).map(CredentialQuery::sdJwt).orElse(false);
      for (JsonNode presentation : entry.getValue()) {
        PresentationReport report = sdJwt ? sdJwts.verify(presentation, expected)
            : presentations.verify(presentation.isTextual()
                ? presentation.asText() : Json.write(presentation), expected, answerReplays);
        answered.add(new Answered(entry.getKey(), report));
        credentials.computeIfAbsent(entry.getKey(), k -> new ArrayList<>())
            .addAll(report.credentials().stream().map(PresentedCredential::report)
                .flatMap(r -> r.credential().stream()).map(JsonNode.class::cast).toList());
      }
    }
    Set<ErrorCode> errors = new LinkedHashSet<>();
    Optional<String> message = Optional.empty();
    if (answered.stream().anyMatch(a -> !a.report().verified())) {
      answered.forEach(a -> errors.addAll(a.report().errorCodes()));
      message = Optional.of("a presentation did not verify");
    } else if (answered.stream().flatMap(a -> a.report().holder().stream()).distinct().count()
        > 1) {
      errors.add(ErrorCode.HOLDER_MISMATCH);
      message = Optional.of("the presentations are signed by different holders");
    } else {
      message = DcqlMatch.check(query, credentials);
      message.ifPresent(m -> errors.add(ErrorCode.DCQL_NOT_SATISFIED));
    }
    return new TransactionResult(errors.isEmpty(), List.copyOf(errors), message, answered);
  }

  /** Credential query id → its presentations (strings or objects), or empty if malformed. */
  private static Optional<Map<String, List<JsonNode>>> entries(String vpToken) {
    Optional<JsonNode> parsed = Json.parseUntrustedObject(vpToken).map(JsonNode.class::cast);
    if (parsed.isEmpty() || parsed.get().isEmpty()) {
      return Optional.empty();
    }
    Map<String, List<JsonNode>> entries = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : parsed.get().properties()) {
      JsonNode list = field.getValue();
      if (!list.isArray() || list.isEmpty()) {
        return Optional.empty();
      }
      List<JsonNode> presentations = new ArrayList<>();
      for (JsonNode presentation : list) {
        if (!presentation.isTextual() && !presentation.isObject()) {
          return Optional.empty();
        }
        presentations.add(presentation);
      }
      entries.put(field.getKey(), presentations);
    }
    return Optional.of(entries);
  }
}
