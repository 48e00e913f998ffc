package org.tessera.issuer.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the members of a JSON object in a configuration file; each problem is added to a list,
 * named by its place ({@code <at>.<field>: ...}).
 */
final class FileFields {

  private FileFields() {}

  /** Reports every member of {@code node} not in {@code allowed}. */
  static void refuseUnknown(JsonNode node, Set<String> allowed, String at,
      List<String> problems) {
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        problems.add(at + "." + name + ": unknown field");
      }
    }
  }

  /** A required non-blank string, stripped. */
  static Optional<String> text(JsonNode node, String field, String at, List<String> problems) {
    Optional<String> value = optionalText(node, field, at, problems);
    if (value.isEmpty() && !node.path(field).isTextual()) {
      problems.add(at + "." + field + ": required");
    }
    return value;
  }

  /** An optional string: absent, or non-blank (stripped). */
  static Optional<String> optionalText(JsonNode node, String field, String at,
      List<String> problems) {
    JsonNode value = node.get(field);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual() || value.asText().isBlank()) {
      problems.add(at + "." + field + ": must be a non-empty string");
      return Optional.empty();
    }
    return Optional.of(value.asText().strip());
  }
}
