package org.tessera.issuer.vcapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tessera.issuer.achievements.AchievementMapper;
import org.tessera.issuer.achievements.AchievementService;
import org.tessera.issuer.achievements.LoadedAchievement;
import org.tessera.issuer.config.IssuerIdentity;
import org.tessera.issuer.result.FieldError;
import org.tessera.shared.model.CredentialJson;

/**
 * The members of a VC-API credential that only the institution decides: the issuer profile, the
 * achievement (from its own catalogue) and the issuance date. Each is filled from the
 * institution's records; a sent value that disagrees is refused, naming the member, so that a
 * registrar cannot sign in another institution's name or back-date an award.
 */
final class IssuerControlledFields {

  /** Clock skew allowed between the caller and us before a {@code validFrom} is back-dating. */
  static final Duration BACKDATING_TOLERANCE = Duration.ofMinutes(5);

  private final IssuerIdentity identity;
  /** The institution's profile as credentials carry it, built once. */
  private final ObjectNode profile;
  private final AchievementService catalogue;
  private final Clock clock;

  IssuerControlledFields(IssuerIdentity identity, AchievementService catalogue, Clock clock) {
    this.identity = Objects.requireNonNull(identity, "identity");
    this.profile = CredentialJson.profile(identity.profile());
    this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Fills {@code credential} in place; the first disagreement, if any. */
  Optional<FieldError> fill(ObjectNode credential) {
    return fillIssuer(credential)
        .or(() -> fillAchievement(credential))
        .or(() -> fillValidFrom(credential));
  }

  private Optional<FieldError> fillIssuer(ObjectNode credential) {
    JsonNode sent = credential.path("issuer");
    String sentId = sent.isObject() ? sent.path("id").asText() : sent.asText();
    if (!identity.did().equals(sentId)) {
      return refuse("credential.issuer", "must be this issuer: " + identity.did());
    }
    ObjectNode ours = profile.deepCopy();
    Optional<FieldError> differs = firstDifference(sent, ours, "credential.issuer",
        "is set from the institution's profile");
    credential.set("issuer", ours);
    return differs;
  }

  private Optional<FieldError> fillAchievement(ObjectNode credential) {
    String field = "credential.credentialSubject.achievement";
    JsonNode subject = credential.path("credentialSubject");
    JsonNode sent = subject.path("achievement");
    if (!subject.isObject() || !sent.isObject()) {
      return refuse(field, "must name an achievement of this institution by its id");
    }
    Optional<LoadedAchievement> known = catalogueId(sent.path("id").asText())
        .flatMap(catalogue::load);
    if (known.isEmpty()) {
      return refuse(field + ".id", "must be an achievement of this institution's catalogue");
    }
    ObjectNode ours = AchievementMapper.toJson(known.get().achievement());
    ours.remove("@context");
    Optional<FieldError> differs = firstDifference(sent, ours, field, "is set from the catalogue");
    ((ObjectNode) subject).set("achievement", ours);
    if (differs.isEmpty() && credential.has("name")
        && !credential.get("name").equals(ours.get("name"))) {
      return refuse("credential.name", "is the achievement's name");
    }
    credential.set("name", ours.get("name"));
    return differs;
  }

  private Optional<FieldError> fillValidFrom(ObjectNode credential) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    if (!credential.has("validFrom")) {
      credential.put("validFrom", CredentialJson.date(now));
      return Optional.empty();
    }
    Instant validFrom;
    try {
      validFrom = Instant.parse(credential.get("validFrom").asText());
    } catch (DateTimeParseException e) {
      return refuse("credential.validFrom", "must be a date-time such as 2027-01-31T00:00:00Z");
    }
    if (validFrom.isBefore(now.minus(BACKDATING_TOLERANCE))) {
      return refuse("credential.validFrom", "must not be before the time of issuance");
    }
    return Optional.empty();
  }

  /** The catalogue id in an achievement IRI of this institution. */
  private Optional<String> catalogueId(String iri) {
    String prefix = catalogue.iri("");
    return iri.startsWith(prefix) ? Optional.of(iri.substring(prefix.length()))
        : Optional.empty();
  }

  /** The first member of {@code sent} (when an object) whose value is not {@code ours}'. */
  private static Optional<FieldError> firstDifference(JsonNode sent, ObjectNode ours,
      String field, String message) {
    if (!sent.isObject()) {
      return Optional.empty();
    }
    for (Map.Entry<String, JsonNode> member : sent.properties()) {
      if (!member.getValue().equals(ours.get(member.getKey()))) {
        return refuse(field + "." + member.getKey(), message);
      }
    }
    return Optional.empty();
  }

  private static Optional<FieldError> refuse(String field, String message) {
    return Optional.of(new FieldError(field, message));
  }
}
