package org.tessera.verifier.result;

import java.util.Objects;
import java.util.Optional;

/**
 * What a check hands back: its result and, when it passed (or only warned), the value later
 * checks build on. A failed step carries no value, so dependent checks cannot run by accident.
 */
public record Step<T>(CheckResult result, Optional<T> value) {

  public Step {
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(value, "value");
    if (result.isFailed() && value.isPresent()) {
      throw new IllegalArgumentException("a failed step carries no value");
    }
  }

  public static <T> Step<T> passed(String id, Detail detail, T value) {
    return new Step<>(CheckResult.passed(id, detail), Optional.of(value));
  }

  public static <T> Step<T> failed(CheckResult result) {
    return new Step<>(result, Optional.empty());
  }

  public static <T> Step<T> failed(String id, ErrorCode code) {
    return failed(CheckResult.failed(id, code));
  }

  public static <T> Step<T> failed(String id, ErrorCode code, String message) {
    return failed(CheckResult.failed(id, code, message));
  }

  public static <T> Step<T> of(CheckResult result, T value) {
    return new Step<>(result, Optional.of(value));
  }
}
