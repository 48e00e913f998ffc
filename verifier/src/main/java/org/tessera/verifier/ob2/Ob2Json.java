package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reading OB 2.0 JSON: ids given as a string or an object with {@code id}, types, lists. */
final class Ob2Json {

  private Ob2Json() {}

  /** The document's own {@code id}. */
  static Optional<String> id(JsonNode node) {
    return text(node == null ? null : node.get("id"));
  }

  /** A linked node's IRI: the string itself, or the {@code id} of an embedded object. */
  static Optional<String> ref(JsonNode node) {
    if (node == null) {
      return Optional.empty();
    }
    return node.isObject() ? id(node) : text(node);
  }

  /** The IRI as an absolute http(s) URL. */
  static Optional<URI> url(Optional<String> iri) {
    return iri.flatMap(Ob2Input::url);
  }

  /** Whether {@code type} is, or lists, one of {@code names}. */
  static boolean hasType(JsonNode node, String... names) {
    for (String value : texts(node == null ? null : node.get("type"))) {
      for (String name : names) {
        if (name.equals(value)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A string, or the strings of an array; nothing else. */
  static List<String> texts(JsonNode node) {
    List<String> values = new ArrayList<>();
    if (node == null) {
      return values;
    }
    if (node.isTextual()) {
      values.add(node.textValue());
    } else if (node.isArray()) {
      node.forEach(element -> text(element).ifPresent(values::add));
    }
    return values;
  }

  static Optional<String> text(JsonNode node) {
    return node != null && node.isTextual() ? Optional.of(node.textValue()) : Optional.empty();
  }
}
