package org.tessera.shared.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * OB 3.0 {@code AchievementSubject}: the learner and what they achieved. {@code id} is the
 * learner's wallet DID or an opaque {@code urn:uuid:}; {@code identifier} carries the hashed
 * e-mail and the name. Dates are kept to the second, as they are written.
 */
public record AchievementSubject(
    String id,
    List<String> type,
    Achievement achievement,
    List<IdentityObject> identifier,
    List<Result> result,
    Optional<Instant> awardedDate,
    Optional<Instant> activityStartDate,
    Optional<Instant> activityEndDate) {

  public static final List<String> TYPE = List.of("AchievementSubject");

  public AchievementSubject {
    Checks.uri(id, "id");
    type = Checks.types(type, "AchievementSubject", "type");
    Checks.present(achievement, "achievement");
    identifier = Checks.list(identifier, "identifier");
    result = Checks.list(result, "result");
    awardedDate = seconds(awardedDate, "awardedDate");
    activityStartDate = seconds(activityStartDate, "activityStartDate");
    activityEndDate = seconds(activityEndDate, "activityEndDate");
    if (activityStartDate.isPresent() && activityEndDate.isPresent()
        && activityEndDate.get().isBefore(activityStartDate.get())) {
      throw new IllegalArgumentException("activityEndDate: must not be before activityStartDate");
    }
  }

  public AchievementSubject(String id, Achievement achievement, List<IdentityObject> identifier,
      List<Result> result, Optional<Instant> awardedDate, Optional<Instant> activityStartDate,
      Optional<Instant> activityEndDate) {
    this(id, TYPE, achievement, identifier, result, awardedDate, activityStartDate,
        activityEndDate);
  }

  private static Optional<Instant> seconds(Optional<Instant> date, String field) {
    return Checks.present(date, field).map(d -> d.truncatedTo(ChronoUnit.SECONDS));
  }
}
