package org.tessera.shared.model.cmf;

import java.util.List;
import java.util.Optional;
import org.tessera.shared.model.Checks;

/** Type of assessment: the methods used and whether it is summative. */
public record Assessment(List<String> methods, boolean summative, Optional<String> description) {

  public static final String TYPE = "Assessment";

  public Assessment {
    methods = Checks.texts(methods, "methods");
    if (methods.isEmpty()) {
      throw new IllegalArgumentException("methods: at least one assessment method");
    }
    Checks.optionalText(description, "description");
  }
}
