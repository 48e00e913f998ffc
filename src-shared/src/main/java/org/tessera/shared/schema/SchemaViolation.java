package org.tessera.shared.schema;

import java.util.Objects;

/**
 * One JSON Schema failure: the {@code credentialSchema} URL it came from, the JSON Pointer of the
 * offending part of the credential ({@code ""} for the whole document) and a short message.
 */
public record SchemaViolation(String schemaUrl, String instancePath, String message) {

  public SchemaViolation {
    Objects.requireNonNull(schemaUrl, "schemaUrl");
    Objects.requireNonNull(instancePath, "instancePath");
    Objects.requireNonNull(message, "message");
  }
}
