package org.tessera.verifier.presentation;

import java.util.Objects;
import org.tessera.verifier.pipeline.VerificationReport;

/**
 * One credential of a presentation: its position (1-based, as a report says it), how it is bound
 * to the holder, and its full single-credential report.
 */
public record PresentedCredential(int position, Binding binding, VerificationReport report) {

  public PresentedCredential {
    if (position < 1) {
      throw new IllegalArgumentException("positions start at 1");
    }
    Objects.requireNonNull(binding, "binding");
    Objects.requireNonNull(report, "report");
  }

  /** Verified and the holder's: what a presentation may count for its holder. */
  public boolean countsForHolder() {
    return report.verified() && binding == Binding.BOUND;
  }
}
