package org.tessera.shared.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.tessera.shared.json.Json;

/**
 * Builds and reads the JSON of a {@code BitstringStatusListCredential} (VC Data Model 2.0). The
 * proof (a VC-JWT) is added and checked elsewhere; this class only knows the document shape.
 */
public final class StatusListCredentials {

  /** The VC 2.0 base context, which already defines the status list terms. */
  public static final String VC_V2_CONTEXT = "https://www.w3.org/ns/credentials/v2";

  /** VC 1.1 lists (docs/decisions/0043) need the status context for the same terms. */
  static final String VC_V1_CONTEXT = "https://www.w3.org/2018/credentials/v1";
  static final String STATUS_CONTEXT = "https://www.w3.org/ns/credentials/status/v1";

  static final String CREDENTIAL_TYPE = "BitstringStatusListCredential";
  static final String SUBJECT_TYPE = "BitstringStatusList";

  private StatusListCredentials() {}

  /** The unsigned credential for {@code view}. */
  public static ObjectNode toJson(StatusListCredentialView view) {
    ObjectNode credential = Json.object();
    credential.putArray("@context").add(VC_V2_CONTEXT);
    credential.put("id", view.id());
    credential.putArray("type").add("VerifiableCredential").add(CREDENTIAL_TYPE);
    credential.put("issuer", view.issuer());
    credential.put("validFrom", view.validFrom().toString());
    view.validUntil().ifPresent(until -> credential.put("validUntil", until.toString()));
    ObjectNode subject = credential.putObject("credentialSubject");
    subject.put("id", view.subjectId());
    subject.put("type", SUBJECT_TYPE);
    subject.put("statusPurpose", view.purpose().value());
    subject.put("encodedList", view.encodedList());
    view.ttlMillis().ifPresent(ttl -> subject.put("ttl", ttl));
    return credential;
  }

  /**
   * Reads a status list credential. Empty when it is not a {@code BitstringStatusListCredential}
   * on VC 2.0 (dated {@code validFrom}/{@code validUntil}) or on VC 1.1 with the status context
   * (dated {@code issuanceDate}/{@code expirationDate}), with exactly one supported
   * {@code statusPurpose} string, an {@code id}, an issuer, a valid date, a {@code u…} encoded list and,
   * if present, a non-negative integer {@code ttl}. The subject id is not required to equal
   * {@code id#list}: the spec's own example uses another one.
   */
  public static Optional<StatusListCredentialView> fromJson(JsonNode credential) {
    if (credential == null || !credential.isObject()
        || dataModel(credential.get("@context")).isEmpty()
        || !lists(credential.get("type"), CREDENTIAL_TYPE)) {
      return Optional.empty();
    }
    JsonNode subject = credential.get("credentialSubject");
    if (subject == null || !subject.isObject() || !lists(subject.get("type"), SUBJECT_TYPE)) {
      return Optional.empty();
    }
    Optional<String> id = text(credential.get("id"));
    Optional<String> issuer = issuerId(credential.get("issuer"));
    Optional<StatusPurpose> purpose =
        text(subject.get("statusPurpose")).flatMap(StatusPurpose::fromValue);
    Optional<String> encodedList = text(subject.get("encodedList"));
    boolean v1 = dataModel(credential.get("@context")).get().equals(VC_V1_CONTEXT);
    Optional<Instant> validFrom = text(credential.get(v1 ? "issuanceDate" : "validFrom"))
        .flatMap(StatusListCredentials::instant);
    JsonNode untilNode = credential.get(v1 ? "expirationDate" : "validUntil");
    Optional<Instant> validUntil = text(untilNode).flatMap(StatusListCredentials::instant);
    JsonNode ttlNode = subject.get("ttl");
    boolean ttlOk = ttlNode == null
        || ttlNode.isIntegralNumber() && ttlNode.canConvertToLong() && ttlNode.asLong() >= 0;
    if (id.isEmpty() || issuer.isEmpty() || purpose.isEmpty() || encodedList.isEmpty()
        || validFrom.isEmpty() || untilNode != null && validUntil.isEmpty() || !ttlOk
        || encodedList.get().charAt(0) != 'u'
        || validUntil.isPresent() && !validUntil.get().isAfter(validFrom.get())) {
      return Optional.empty();
    }
    Optional<Long> ttl = ttlNode == null ? Optional.empty() : Optional.of(ttlNode.asLong());
    return Optional.of(new StatusListCredentialView(id.get(), issuer.get(), purpose.get(),
        encodedList.get(), ttl, validFrom.get(), validUntil));
  }

  /** The base context of a list: VC 2.0, or VC 1.1 followed somewhere by the status context. */
  private static Optional<String> dataModel(JsonNode context) {
    if (context == null) {
      return Optional.empty();
    }
    JsonNode first = context.isArray() ? context.path(0) : context;
    if (first.isTextual() && VC_V2_CONTEXT.equals(first.asText())) {
      return Optional.of(VC_V2_CONTEXT);
    }
    boolean v1 = first.isTextual() && VC_V1_CONTEXT.equals(first.asText())
        && context.isArray() && lists(context, STATUS_CONTEXT);
    return v1 ? Optional.of(VC_V1_CONTEXT) : Optional.empty();
  }

  private static boolean lists(JsonNode type, String wanted) {
    if (type == null) {
      return false;
    }
    if (type.isTextual()) {
      return wanted.equals(type.asText());
    }
    if (type.isArray()) {
      for (JsonNode element : type) {
        if (element.isTextual() && wanted.equals(element.asText())) {
          return true;
        }
      }
    }
    return false;
  }

  private static Optional<String> issuerId(JsonNode issuer) {
    if (issuer != null && issuer.isObject()) {
      return text(issuer.get("id"));
    }
    return text(issuer);
  }

  private static Optional<String> text(JsonNode node) {
    return node != null && node.isTextual() && !node.asText().isBlank()
        ? Optional.of(node.asText())
        : Optional.empty();
  }

  private static Optional<Instant> instant(String value) {
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
