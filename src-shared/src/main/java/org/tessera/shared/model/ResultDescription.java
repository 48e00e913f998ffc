package org.tessera.shared.model;

import java.util.List;
import java.util.Optional;

/** OB 3.0 {@code ResultDescription}: a possible result (e.g. a grade scale) of an achievement. */
public record ResultDescription(
    String id,
    List<String> type,
    String name,
    String resultType,
    List<String> allowedValue,
    Optional<String> requiredValue) {

  public static final List<String> TYPE = List.of("ResultDescription");

  public ResultDescription {
    Checks.uri(id, "id");
    type = Checks.types(type, "ResultDescription", "type");
    Checks.text(name, "name");
    Checks.text(resultType, "resultType");
    allowedValue = Checks.texts(allowedValue, "allowedValue");
    Checks.optionalText(requiredValue, "requiredValue");
  }

  public ResultDescription(String id, String name, String resultType, List<String> allowedValue,
      Optional<String> requiredValue) {
    this(id, TYPE, name, resultType, allowedValue, requiredValue);
  }
}
