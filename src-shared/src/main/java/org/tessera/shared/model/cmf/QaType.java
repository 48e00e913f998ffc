package org.tessera.shared.model.cmf;

import java.util.Arrays;
import java.util.Optional;

/** Type of quality assurance behind the micro-credential. */
public enum QaType {
  INTERNAL("internal"),
  EXTERNAL("external"),
  INTERNAL_AND_EXTERNAL("internal-and-external");

  private final String value;

  QaType(String value) {
    this.value = value;
  }

  /** The JSON value. */
  public String value() {
    return value;
  }

  public static Optional<QaType> fromValue(String value) {
    return Arrays.stream(values()).filter(v -> v.value.equals(value)).findFirst();
  }
}
