package org.tessera.verifier.checks;

import java.util.Optional;
import org.tessera.verifier.result.CheckResult;

/**
 * A check that runs once the signature holds (claims, validity, schema, jsonld, trust, status,
 * cmf). Rules are independent of each other: every one runs, so a report lists every problem —
 * except a rule that {@link #requires()} an earlier one, which is skipped when that one failed.
 */
public interface CredentialRule {

  /** The stable check id of the report. */
  String id();

  CheckResult run(AuthenticatedCredential credential);

  /**
   * The id of an earlier rule whose failure makes this one pointless (and costly: status lists
   * are fetched over the network); empty for a rule that always runs.
   */
  default Optional<String> requires() {
    return Optional.empty();
  }
}
