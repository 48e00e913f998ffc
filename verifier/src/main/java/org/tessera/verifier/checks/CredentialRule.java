package org.tessera.verifier.checks;

import org.tessera.verifier.result.CheckResult;

/**
 * A check that runs once the signature holds (claims, validity, schema, jsonld, trust, status,
 * cmf). Rules are independent of each other: every one runs, so a report lists every problem.
 */
public interface CredentialRule {

  /** The stable check id of the report. */
  String id();

  CheckResult run(AuthenticatedCredential credential);
}
