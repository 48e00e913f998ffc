package org.tessera.shared.model.cmf;

import java.util.Optional;

/** Type of quality assurance behind the micro-credential. */
public enum QaType implements CmfValue {
  INTERNAL("internal"),
  EXTERNAL("external"),
  INTERNAL_AND_EXTERNAL("internal-and-external");

  private final String value;

  QaType(String value) {
    this.value = value;
  }

  @Override
  public String value() {
    return value;
  }

  public static Optional<QaType> fromValue(String value) {
    return CmfValue.fromValue(QaType.class, value);
  }
}
