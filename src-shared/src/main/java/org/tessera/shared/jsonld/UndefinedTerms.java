package org.tessera.shared.jsonld;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks an expanded JSON-LD document and names the property keys that no context defined. The
 * check expands with a sentinel {@code @vocab} ({@link #SENTINEL_VOCAB}), so an undefined key
 * comes out as {@code SENTINEL_VOCAB + key} instead of being dropped silently. Expansions into the
 * VC 2.0 draft {@code issuer-dependent} vocabulary count as undefined too, and so do keys that did
 * not become an http(s) IRI (for example {@code "x:colour"} with no prefix {@code x}).
 */
final class UndefinedTerms {

  static final String SENTINEL_VOCAB = "urn:tessera:undefined-term:";
  static final String ISSUER_DEPENDENT_VOCAB =
      "https://www.w3.org/ns/credentials/issuer-dependent#";

  /** Bounds on what is echoed back: the names come from untrusted input. */
  static final int MAX_TERMS = 100;
  static final int MAX_TERM_LENGTH = 200;

  /** Keywords whose values are node objects or lists of them, to be walked into. */
  private static final Set<String> CONTAINER_KEYWORDS =
      Set.of("@graph", "@list", "@set", "@included", "@reverse");

  /** RFC 3987 scheme followed by a colon: what makes an IRI absolute. */
  private static final java.util.regex.Pattern ABSOLUTE_IRI =
      java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:");

  private UndefinedTerms() {}

  static List<String> in(JsonValue expanded) {
    Set<String> found = new TreeSet<>();
    walk(expanded, found);
    return found.stream().limit(MAX_TERMS).toList();
  }

  private static void walk(JsonValue value, Set<String> found) {
    if (value.getValueType() == JsonValue.ValueType.ARRAY) {
      for (JsonValue element : value.asJsonArray()) {
        walk(element, found);
      }
      return;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      return;
    }
    Map<String, JsonValue> object = value.asJsonObject();
    if (object.containsKey("@value")) {
      return; // a literal: @json values hold arbitrary JSON, not properties
    }
    for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
      String key = entry.getKey();
      if (key.startsWith("@")) {
        if (key.equals("@type")) {
          undefinedTypes(entry.getValue(), found);
        } else if (CONTAINER_KEYWORDS.contains(key)) {
          walk(entry.getValue(), found);
        }
        continue;
      }
      undefinedName(key).ifPresent(found::add);
      walk(entry.getValue(), found);
    }
  }

  /**
   * Node types no context defined, or that stayed relative IRIs: jsonld.js in safe mode refuses
   * both (docs/decisions/0035). Unlike keys, a type may be any absolute IRI ({@code urn:}, …).
   */
  private static void undefinedTypes(JsonValue types, Set<String> found) {
    List<JsonValue> values = types.getValueType() == JsonValue.ValueType.ARRAY
        ? types.asJsonArray() : List.of(types);
    for (JsonValue type : values) {
      if (type.getValueType() != JsonValue.ValueType.STRING) {
        continue;
      }
      String iri = ((jakarta.json.JsonString) type).getString();
      if (iri.startsWith(SENTINEL_VOCAB) || iri.startsWith(ISSUER_DEPENDENT_VOCAB)
          || !ABSOLUTE_IRI.matcher(iri).lookingAt()) {
        undefinedName(iri).ifPresent(found::add);
      }
    }
  }

  private static Optional<String> undefinedName(String iri) {
    String name;
    if (iri.startsWith(SENTINEL_VOCAB)) {
      name = iri.substring(SENTINEL_VOCAB.length());
    } else if (iri.startsWith(ISSUER_DEPENDENT_VOCAB)) {
      name = iri.substring(ISSUER_DEPENDENT_VOCAB.length());
    } else if (iri.startsWith("https://") || iri.startsWith("http://")) {
      return Optional.empty();
    } else {
      name = iri;
    }
    return Optional.of(
        name.length() <= MAX_TERM_LENGTH ? name : name.substring(0, MAX_TERM_LENGTH));
  }
}
