package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tessera.shared.schema.CredentialSchemaValidator;
import org.tessera.shared.schema.SchemaViolation;
import org.tessera.verifier.pipeline.CheckResult;
import org.tessera.verifier.pipeline.ErrorCode;

/**
 * Check 7, JSON Schema: the credential against every schema its {@code credentialSchema} names
 * (OB 3.0 AchievementCredential and Tessera's CMF schema), bundled schemas only.
 */
public final class SchemaCheck {

  public static final String ID = "schema";

  /** How many violations the message lists; the rest are counted. */
  static final int MAX_LISTED = 3;

  private final CredentialSchemaValidator validator;

  public SchemaCheck(CredentialSchemaValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  public CheckResult run(ObjectNode credential) {
    List<SchemaViolation> violations = validator.validate(credential);
    if (violations.isEmpty()) {
      return CheckResult.passed(ID, "credential conforms to its JSON Schemas");
    }
    String listed = violations.stream().limit(MAX_LISTED)
        .map(v -> (v.instancePath().isEmpty() ? "/" : v.instancePath()) + ": " + v.message())
        .collect(Collectors.joining("; "));
    int more = violations.size() - MAX_LISTED;
    return CheckResult.failed(ID, ErrorCode.SCHEMA_INVALID,
        listed + (more > 0 ? " (and " + more + " more)" : ""));
  }
}
