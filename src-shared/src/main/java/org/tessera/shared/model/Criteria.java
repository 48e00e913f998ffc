package org.tessera.shared.model;

import java.util.Optional;

/** OB 3.0 {@code Criteria}: a page describing the criteria, a narrative, or both. */
public record Criteria(Optional<String> id, Optional<String> narrative) {

  public Criteria {
    Checks.optionalUri(id, "id");
    Checks.optionalText(narrative, "narrative");
    if (id.isEmpty() && narrative.isEmpty()) {
      throw new IllegalArgumentException("narrative: is required when there is no id");
    }
  }

  public static Criteria narrative(String narrative) {
    return new Criteria(Optional.empty(), Optional.of(narrative));
  }
}
