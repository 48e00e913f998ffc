package org.tessera.verifier.result;

import java.util.Objects;
import java.util.Optional;

/**
 * The typed result of one check: stable check id, status, stable error code (absent when the
 * check passed or was skipped for lack of input) and a human-readable English message. A passed
 * or skipped check also says what it found as a {@link Detail} (key and arguments), from which
 * its message is made, so a page can show the same in another language; a failure or warning is
 * said in other languages by its code.
 */
public record CheckResult(String id, CheckStatus status, Optional<ErrorCode> code, String message,
    Optional<Detail> detail) {

  public CheckResult {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(detail, "detail");
    if (id.isBlank()) {
      throw new IllegalArgumentException("check id must not be blank");
    }
    if ((status == CheckStatus.FAILED) && code.isEmpty()) {
      throw new IllegalArgumentException("a failed check needs an error code");
    }
    if (status == CheckStatus.PASSED && code.isPresent()) {
      throw new IllegalArgumentException("a passed check carries no error code");
    }
    boolean needsDetail = status == CheckStatus.PASSED || status == CheckStatus.SKIPPED;
    if (detail.isPresent() != needsDetail) {
      throw new IllegalArgumentException("exactly passed and skipped checks carry a detail");
    }
    if (detail.isPresent() && !detail.get().english().equals(message)) {
      throw new IllegalArgumentException("the message must be the detail's English text");
    }
  }

  public static CheckResult passed(String id, Detail detail) {
    return new CheckResult(id, CheckStatus.PASSED, Optional.empty(), detail.english(),
        Optional.of(detail));
  }

  /** A failure whose message is the code's fixed description (safe before signature checks). */
  public static CheckResult failed(String id, ErrorCode code) {
    return failed(id, code, code.description());
  }

  public static CheckResult failed(String id, ErrorCode code, String message) {
    return new CheckResult(id, CheckStatus.FAILED, Optional.of(code), message, Optional.empty());
  }

  public static CheckResult warning(String id, ErrorCode code, String message) {
    return new CheckResult(id, CheckStatus.WARNING, Optional.of(code), message, Optional.empty());
  }

  public static CheckResult skipped(String id, Detail detail) {
    return new CheckResult(id, CheckStatus.SKIPPED, Optional.empty(), detail.english(),
        Optional.of(detail));
  }

  public boolean isFailed() {
    return status == CheckStatus.FAILED;
  }

  public boolean isPassed() {
    return status == CheckStatus.PASSED;
  }
}
