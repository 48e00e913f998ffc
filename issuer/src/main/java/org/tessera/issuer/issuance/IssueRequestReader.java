package org.tessera.issuer.issuance;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.tessera.issuer.issuance.IssueRequest.EvidenceItem;
import org.tessera.issuer.issuance.IssueRequest.Grade;
import org.tessera.issuer.issuance.IssueRequest.Learner;
import org.tessera.issuer.result.JsonFields;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Rejection;

/** Validates {@code POST /api/credentials}, naming each bad field without echoing values. */
final class IssueRequestReader {

  // Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is not our job.
  private static final Pattern EMAIL =
      Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
  // W3C DID syntax: did:<method>:<method-specific-id>.
  private static final Pattern DID =
      Pattern.compile("did:[a-z0-9]+:([A-Za-z0-9._-]|%[0-9A-Fa-f]{2}|:)*([A-Za-z0-9._-]|%[0-9A-Fa-f]{2})");
  private static final List<String> RESULT_STATUSES = List.of("Completed", "Enrolled", "Failed",
      "InProgress", "OnHold", "Provisional", "Withdrew");

  private IssueRequestReader() {}

  static Outcome<IssueRequest> read(JsonNode body, Instant now) {
    JsonFields f = new JsonFields();
    f.rejectUnknown(body, "", Set.of("achievementId", "learner", "result", "evidence",
        "validUntil"));
    Optional<String> achievementId = f.text(body, "", "achievementId", true, 100);
    Optional<Learner> learner = f.object(body, "", "learner", true).flatMap(l -> learner(l, f));
    List<Grade> grades = grades(body, f);
    List<EvidenceItem> evidence = evidence(body, f);
    Optional<Instant> validUntil = f.text(body, "", "validUntil", false, 40)
        .flatMap(text -> instant(text, "validUntil", f));
    if (validUntil.isPresent() && !validUntil.get().isAfter(now)) {
      f.error("validUntil", "must be in the future");
    }
    if (!f.ok()) {
      return Outcome.failed(Rejection.invalid(f.errors()));
    }
    return Outcome.ok(new IssueRequest(achievementId.orElseThrow(), learner.orElseThrow(),
        grades, evidence, validUntil));
  }

  private static Optional<Learner> learner(JsonNode l, JsonFields f) {
    f.rejectUnknown(l, "learner", Set.of("name", "email", "did"));
    Optional<String> name = f.text(l, "learner", "name", true, 300);
    Optional<String> email = f.text(l, "learner", "email", true, 254);
    if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
      f.error("learner.email", "must be an e-mail address");
      email = Optional.empty();
    }
    Optional<String> did = f.text(l, "learner", "did", false, 2_000);
    if (did.isPresent() && !DID.matcher(did.get()).matches()) {
      f.error("learner.did", "must be a DID (did:method:identifier)");
      did = Optional.empty();
    }
    if (name.isEmpty() || email.isEmpty() || !f.ok()) {
      return Optional.empty();
    }
    return Optional.of(new Learner(name.get(), email.get(), did));
  }

  private static List<Grade> grades(JsonNode body, JsonFields f) {
    return f.array(body, "", "result", false, 0, 20)
        .map(array -> f.objects(array, "", "result", "must be an object with value and/or status",
            Set.of("value", "status"), (item, at) -> {
              Optional<String> value = f.text(item, at, "value", false, 200);
              Optional<String> status = f.oneOf(item, at, "status", false, RESULT_STATUSES);
              if (value.isEmpty() && status.isEmpty()) {
                f.error(at, "needs a value or a status");
                return Optional.empty();
              }
              return Optional.of(new Grade(value, status));
            }))
        .orElse(List.of());
  }

  private static List<EvidenceItem> evidence(JsonNode body, JsonFields f) {
    return f.array(body, "", "evidence", false, 0, 20)
        .map(array -> f.objects(array, "", "evidence", "must be an object",
            Set.of("id", "name", "description", "narrative"), (item, at) -> {
              Optional<String> id = f.url(item, at, "id", false).map(URI::toString);
              Optional<String> name = f.text(item, at, "name", false, 300);
              Optional<String> description = f.text(item, at, "description", false, 5_000);
              Optional<String> narrative = f.text(item, at, "narrative", false, 10_000);
              if (id.isEmpty() && name.isEmpty() && description.isEmpty() && narrative.isEmpty()) {
                f.error(at, "needs at least one of id, name, description, narrative");
                return Optional.empty();
              }
              return Optional.of(new EvidenceItem(id, name, description, narrative));
            }))
        .orElse(List.of());
  }

  private static Optional<Instant> instant(String text, String field, JsonFields f) {
    try {
      return Optional.of(OffsetDateTime.parse(text).toInstant());
    } catch (DateTimeParseException e) {
      f.error(field, "must be an RFC 3339 date-time such as 2027-01-31T00:00:00Z");
      return Optional.empty();
    }
  }
}
