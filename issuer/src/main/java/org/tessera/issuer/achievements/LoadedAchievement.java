package org.tessera.issuer.achievements;

import java.util.Objects;
import org.tessera.shared.model.Achievement;

/** A stored achievement with its definition re-read and its model built. */
public record LoadedAchievement(AchievementRow row, AchievementDefinition definition,
    Achievement achievement) {
  public LoadedAchievement {
    Objects.requireNonNull(row, "row");
    Objects.requireNonNull(definition, "definition");
    Objects.requireNonNull(achievement, "achievement");
  }

  public boolean suspensionEnabled() {
    return row.suspensionEnabled();
  }
}
