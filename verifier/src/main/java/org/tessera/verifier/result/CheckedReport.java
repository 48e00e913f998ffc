package org.tessera.verifier.result;

import java.util.List;

/**
 * A report made of checks beside the single-credential one (a presentation, a learner record):
 * its warnings, errors and codes are derived from its checks the same way.
 */
public interface CheckedReport {

  /** Every check, in the report's order. */
  List<CheckResult> checks();

  default List<CheckResult> warnings() {
    return checks().stream().filter(c -> c.status() == CheckStatus.WARNING).toList();
  }

  default List<CheckResult> errors() {
    return checks().stream().filter(CheckResult::isFailed).toList();
  }

  /** The error codes, in check order (an embedded or presented credential's are in its report). */
  default List<ErrorCode> errorCodes() {
    return errors().stream().flatMap(e -> e.code().stream()).toList();
  }

  /** The warning codes, in check order. */
  default List<ErrorCode> warningCodes() {
    return warnings().stream().flatMap(e -> e.code().stream()).toList();
  }
}
