package org.tessera.shared.model.cmf;

import java.util.Arrays;
import java.util.Optional;

/** An enum constant of the CMF extension with the string it is written as in JSON. */
public interface CmfValue {

  /** The JSON value. */
  String value();

  /** The constant of {@code type} written as {@code value}; empty for anything else. */
  static <E extends Enum<E> & CmfValue> Optional<E> fromValue(Class<E> type, String value) {
    return Arrays.stream(type.getEnumConstants()).filter(e -> e.value().equals(value)).findFirst();
  }
}
