package org.tessera.verifier.pipeline;

import java.util.Objects;
import java.util.Optional;

/**
 * The typed result of one check: stable check id, status, stable error code (absent when the
 * check passed or was skipped for lack of input) and a human-readable message.
 */
public record CheckResult(String id, CheckStatus status, Optional<ErrorCode> code, String message) {

  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (id.isBlank()) {
      throw new IllegalArgumentException("check id must not be blank");
    }
    if ((status == CheckStatus.FAILED) && code.isEmpty()) {
      throw new IllegalArgumentException("a failed check needs an error code");
    }
    if (status == CheckStatus.PASSED && code.isPresent()) {
      throw new IllegalArgumentException("a passed check carries no error code");
    }
  }

  public static CheckResult passed(String id, String message) {
    return new CheckResult(id, CheckStatus.PASSED, Optional.empty(), message);
  }

  /** A failure whose message is the code's fixed description (safe before signature checks). */
  public static CheckResult failed(String id, ErrorCode code) {
    return new CheckResult(id, CheckStatus.FAILED, Optional.of(code), code.description());
  }

  public static CheckResult failed(String id, ErrorCode code, String message) {
    return new CheckResult(id, CheckStatus.FAILED, Optional.of(code), message);
  }

  public static CheckResult warning(String id, ErrorCode code, String message) {
    return new CheckResult(id, CheckStatus.WARNING, Optional.of(code), message);
  }

  public static CheckResult skipped(String id, String message) {
    return new CheckResult(id, CheckStatus.SKIPPED, Optional.empty(), message);
  }

  public boolean isFailed() {
    return status == CheckStatus.FAILED;
  }

  public boolean isPassed() {
    return status == CheckStatus.PASSED;
  }
}
