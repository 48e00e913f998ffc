package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.tessera.shared.model.KnownUrls;
import org.tessera.shared.schema.CredentialSchemaValidator;
import org.tessera.shared.schema.SchemaViolation;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * Check 7, JSON Schema: the credential against every schema its {@code credentialSchema} names
 * (OB 3.0 AchievementCredential and Tessera's CMF schema), bundled schemas only.
 *
 * <p>Suspension opt-in (docs/decisions/0004): the OB 3.0 schema allows one
 * {@code credentialStatus} object, a credential with suspension carries an array of entries.
 * Such a credential is validated, as the issuer does before signing, as a copy whose
 * {@code credentialStatus} is its revocation entry alone, and against the CMF schema as it is.
 *
 * <p>A {@code ClrCredential} names the CLR 2.0 schema, of which no byte copy is bundled
 * (docs/decisions/0044): its other schemas are validated, and the check warns
 * {@code CLR_SCHEMA_NOT_BUNDLED} instead of passing. Its embedded credentials are each validated
 * against their own schemas by their own pipeline runs.
 */
public final class SchemaCheck implements CredentialRule {

  public static final String ID = "schema";

  /** The CLR 2.0 ClrCredential schema (1EdTech), not bundled. */
  public static final String CLR_SCHEMA =
      "https://purl.imsglobal.org/spec/clr/v2p0/schema/json/clr_v2p0_clrcredential_schema.json";

  static final String CLR_TYPE = "ClrCredential";

  /** How many violations the message lists; the rest are counted. */
  static final int MAX_LISTED = 3;

  private final CredentialSchemaValidator validator;

  public SchemaCheck(CredentialSchemaValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult run(AuthenticatedCredential credential) {
    return check(credential.credential());
  }

  CheckResult check(ObjectNode credential) {
    if (CredentialFields.hasType(credential, CLR_TYPE) && namesClrSchema(credential)) {
      return checkClr(credential);
    }
    List<SchemaViolation> violations = violations(credential);
    if (violations.isEmpty()) {
      return CheckResult.passed(ID, DetailKey.SCHEMA_OK.with());
    }
    return failed(violations);
  }

  /** The CLR's schemas other than the unbundled CLR one, then the warning that it was not used. */
  private CheckResult checkClr(ObjectNode credential) {
    ObjectNode others = credential.deepCopy();
    ArrayNode kept = others.putArray("credentialSchema");
    schemaEntries(credential).stream()
        .filter(entry -> !CLR_SCHEMA.equals(entry.path("id").asText())).forEach(kept::add);
    List<SchemaViolation> violations = kept.isEmpty() ? List.of() : violations(others);
    return violations.isEmpty()
        ? CheckResult.warning(ID, ErrorCode.CLR_SCHEMA_NOT_BUNDLED,
            ErrorCode.CLR_SCHEMA_NOT_BUNDLED.description())
        : failed(violations);
  }

  private static boolean namesClrSchema(ObjectNode credential) {
    return schemaEntries(credential).stream()
        .anyMatch(entry -> CLR_SCHEMA.equals(entry.path("id").asText()));
  }

  private static List<JsonNode> schemaEntries(ObjectNode credential) {
    JsonNode schemas = credential.path("credentialSchema");
    List<JsonNode> entries = new ArrayList<>();
    (schemas.isArray() ? schemas : List.of(schemas)).forEach(entries::add);
    return entries;
  }

  private static CheckResult failed(List<SchemaViolation> violations) {
    String listed = violations.stream().limit(MAX_LISTED)
        .map(v -> (v.instancePath().isEmpty() ? "/" : v.instancePath()) + ": " + v.message())
        .collect(Collectors.joining("; "));
    int more = violations.size() - MAX_LISTED;
    return CheckResult.failed(ID, ErrorCode.SCHEMA_INVALID,
        listed + (more > 0 ? " (and " + more + " more)" : ""));
  }

  private List<SchemaViolation> violations(ObjectNode credential) {
    JsonNode status = credential.get("credentialStatus");
    if (status == null || !status.isArray()) {
      return validator.validate(credential);
    }
    ObjectNode revocationOnly = credential.deepCopy();
    revocationOnly.set("credentialStatus", revocationEntry(status));
    List<SchemaViolation> violations = new ArrayList<>(validator.validate(revocationOnly));
    violations.addAll(validator.validate(credential, KnownUrls.CMF_SCHEMA));
    return violations;
  }

  private static JsonNode revocationEntry(JsonNode entries) {
    for (JsonNode entry : entries) {
      if ("revocation".equals(entry.path("statusPurpose").asText())) {
        return entry;
      }
    }
    return entries.path(0);
  }
}
