package org.tessera.shared.model;

import java.util.List;
import java.util.Optional;

/** OB 3.0 {@code Result}: the learner's result, linked to a {@link ResultDescription} by id. */
public record Result(
    List<String> type,
    Optional<String> resultDescription,
    Optional<String> value,
    Optional<String> status) {

  public static final List<String> TYPE = List.of("Result");

  public Result {
    type = Checks.types(type, "Result", "type");
    Checks.optionalUri(resultDescription, "resultDescription");
    Checks.optionalText(value, "value");
    Checks.optionalText(status, "status");
  }

  public Result(Optional<String> resultDescription, Optional<String> value,
      Optional<String> status) {
    this(TYPE, resultDescription, value, status);
  }
}
