package org.tessera.issuer.issuance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.tessera.issuer.result.FieldError;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.shared.jsonld.TermCheckResult;
import org.tessera.shared.model.KnownUrls;
import org.tessera.shared.schema.CredentialSchemaValidator;
import org.tessera.shared.schema.SchemaViolation;

/**
 * The checks every credential passes before it is signed: each listed JSON Schema (OB 3.0 and
 * CMF) and the JSON-LD term check (every term defined by a bundled context).
 *
 * <p>Suspension opt-in: the OB 3.0 schema allows one {@code credentialStatus} object, while a
 * credential with suspension carries two entries (valid VC 2.0). Such a credential is checked
 * against the schemas as a copy whose {@code credentialStatus} is its revocation entry alone, and
 * against the CMF schema as it is. Everything else is checked unchanged.
 */
public final class CredentialChecks {

  private final CredentialSchemaValidator schemas;
  private final JsonLdTermCheck terms;

  public CredentialChecks(CredentialSchemaValidator schemas, JsonLdTermCheck terms) {
    this.schemas = Objects.requireNonNull(schemas, "schemas");
    this.terms = Objects.requireNonNull(terms, "terms");
  }

  /** Every problem found, as (JSON path, message); empty when the credential may be signed. */
  public List<FieldError> problems(ObjectNode credential) {
    List<FieldError> problems = new ArrayList<>();
    JsonNode status = credential.get("credentialStatus");
    if (status != null && status.isArray()) {
      ObjectNode revocationOnly = credential.deepCopy();
      revocationOnly.set("credentialStatus", revocationEntry(status));
      schemas.validate(revocationOnly).forEach(v -> problems.add(toError(v)));
      schemas.validate(credential, KnownUrls.CMF_SCHEMA).forEach(v -> problems.add(toError(v)));
    } else {
      schemas.validate(credential).forEach(v -> problems.add(toError(v)));
    }
    TermCheckResult termCheck = terms.check(credential);
    if (!termCheck.ok()) {
      termCheck.undefinedTerms().forEach(term ->
          problems.add(new FieldError(term, "term not defined by the credential's contexts")));
      termCheck.error().ifPresent(error -> problems.add(new FieldError("@context", error)));
    }
    return List.copyOf(problems);
  }

  private static JsonNode revocationEntry(JsonNode entries) {
    for (JsonNode entry : entries) {
      if ("revocation".equals(entry.path("statusPurpose").asText())) {
        return entry;
      }
    }
    return entries.path(0);
  }

  private static FieldError toError(SchemaViolation violation) {
    String path = violation.instancePath().isEmpty() ? "credential" : violation.instancePath();
    return new FieldError(path, violation.message());
  }
}
