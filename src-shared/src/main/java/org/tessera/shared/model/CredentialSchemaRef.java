package org.tessera.shared.model;

/** A {@code credentialSchema} entry: the schema URL and the validator type. */
public record CredentialSchemaRef(String id, String type) {

  /** The validator type OB 3.0 uses for its JSON Schemas. */
  public static final String JSON_SCHEMA_VALIDATOR = "1EdTechJsonSchemaValidator2019";

  public CredentialSchemaRef {
    Checks.uri(id, "id");
    Checks.text(type, "type");
  }

  public static CredentialSchemaRef jsonSchema(String schemaUrl) {
    return new CredentialSchemaRef(schemaUrl, JSON_SCHEMA_VALIDATOR);
  }
}
