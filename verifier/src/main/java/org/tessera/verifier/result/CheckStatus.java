package org.tessera.verifier.result;

import java.util.Locale;

/** Outcome of one check. Serialised in lower case: {@code passed|failed|warning|skipped}. */
public enum CheckStatus {
  PASSED,
  FAILED,
  WARNING,
  SKIPPED;

  /** The wire name used in the JSON report. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
