package org.tessera.shared.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A JSON node together with its path from the credential root, so that every reading error
 * names the field ({@code credentialSubject.identifier[0].hashed}). Messages never contain the
 * offending value.
 */
final class JsonCursor {

  private static final int MAX_DATE_LENGTH = 40;

  private final JsonNode node;
  private final String path;

  private JsonCursor(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  static JsonCursor root(JsonNode node) {
    return new JsonCursor(node, "");
  }

  JsonNode node() {
    return node;
  }

  IllegalArgumentException error(String problem) {
    return new IllegalArgumentException((path.isEmpty() ? "$" : path) + ": " + problem);
  }

  /** This node, which must be an object. */
  JsonCursor object() {
    if (node == null || !node.isObject()) {
      throw error("must be an object");
    }
    return this;
  }

  private String childPath(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  Optional<JsonCursor> optional(String name) {
    JsonNode child = node.get(name);
    return child == null || child.isNull()
        ? Optional.empty() : Optional.of(new JsonCursor(child, childPath(name)));
  }

  JsonCursor required(String name) {
    return optional(name).orElseThrow(() -> new JsonCursor(null, childPath(name))
        .error("is required"));
  }

  String text() {
    if (!node.isTextual()) {
      throw error("must be a string");
    }
    return node.textValue();
  }

  boolean bool() {
    if (!node.isBoolean()) {
      throw error("must be a boolean");
    }
    return node.booleanValue();
  }

  double number() {
    if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
      throw error("must be a number");
    }
    return node.doubleValue();
  }

  String text(String name) {
    return required(name).text();
  }

  Optional<String> optionalText(String name) {
    return optional(name).map(JsonCursor::text);
  }

  /** A date-time with offset; {@code lenient} also takes one without (read as UTC). */
  Instant date(boolean lenient) {
    String text = text();
    if (text.length() > MAX_DATE_LENGTH) {
      throw error("must be an ISO 8601 date-time");
    }
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      if (lenient) {
        try {
          return LocalDateTime.parse(text, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
              .toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
          // reported below
        }
      }
      throw error("must be an ISO 8601 date-time with time zone");
    }
  }

  /** The elements of array {@code name}; a missing field is an empty list. */
  List<JsonCursor> array(String name) {
    Optional<JsonCursor> field = optional(name);
    if (field.isEmpty()) {
      return List.of();
    }
    JsonCursor array = field.get();
    if (!array.node.isArray()) {
      throw array.error("must be an array");
    }
    List<JsonCursor> elements = new ArrayList<>(array.node.size());
    for (int i = 0; i < array.node.size(); i++) {
      elements.add(new JsonCursor(array.node.get(i), array.path + "[" + i + "]"));
    }
    return elements;
  }

  <T> List<T> array(String name, Function<JsonCursor, T> read) {
    return array(name).stream().map(read).toList();
  }

  List<String> texts(String name) {
    return array(name, JsonCursor::text);
  }

  /** A JSON-LD {@code type}: a single string or an array of strings; required. */
  List<String> types() {
    JsonCursor type = required("type");
    return type.node.isTextual() ? List.of(type.text()) : texts("type");
  }

  /**
   * Builds a record from values already read, prefixing the record's own validation message
   * ("field: problem") with this node's path.
   */
  <T> T build(Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      String message = e.getMessage();
      throw new IllegalArgumentException(path.isEmpty() ? message : path + "." + message, e);
    }
  }
}
