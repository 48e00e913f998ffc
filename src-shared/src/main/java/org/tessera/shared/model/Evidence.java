package org.tessera.shared.model;

import java.util.List;
import java.util.Optional;

/** OB 3.0 {@code Evidence} of the work that earned the credential. */
public record Evidence(
    Optional<String> id,
    List<String> type,
    Optional<String> name,
    Optional<String> description,
    Optional<String> narrative) {

  public static final List<String> TYPE = List.of("Evidence");

  public Evidence {
    Checks.optionalUri(id, "id");
    type = Checks.types(type, "Evidence", "type");
    Checks.optionalText(name, "name");
    Checks.optionalText(description, "description");
    Checks.optionalText(narrative, "narrative");
  }

  public Evidence(Optional<String> id, Optional<String> name, Optional<String> description,
      Optional<String> narrative) {
    this(id, TYPE, name, description, narrative);
  }
}
