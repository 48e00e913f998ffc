package org.tessera.issuer.achievements;

import java.time.Instant;
import java.util.Objects;

/** A stored achievement: its validated definition as JSON text. */
public record AchievementRow(
    String id, String definitionJson, boolean suspensionEnabled, Instant createdAt) {
  public AchievementRow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(definitionJson, "definitionJson");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
