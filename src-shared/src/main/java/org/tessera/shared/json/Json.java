package org.tessera.shared.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;

/**
 * The one strict JSON configuration of Tessera. Untrusted input (tokens, requests, fetched
 * documents) is read through {@link #parseUntrusted(String)}: duplicate keys, deep nesting and
 * huge strings are rejected, because two parsers that disagree on such input are an attack.
 */
public final class Json {

  /** Nesting deeper than this is never a real credential. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** Largest single string value accepted (baked images may carry data URLs). */
  public static final int MAX_STRING_LENGTH = 1_000_000;

  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
      .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(100)
        .build());
  }

  private Json() {}

  /** The shared mapper; configured once, safe to share between threads. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** A new empty object node. */
  public static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /**
   * Parses untrusted JSON text. Returns empty for anything that is not well-formed, has duplicate
   * keys, nests too deep or is too large: callers turn that into their own error code without
   * echoing the input.
   */
  public static Optional<JsonNode> parseUntrusted(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(MAPPER.readTree(text));
    } catch (JsonProcessingException e) {
      return Optional.empty();
    }
  }

  /** Parses an untrusted JSON object; empty when the text is not a JSON object. */
  public static Optional<ObjectNode> parseUntrustedObject(String text) {
    return parseUntrusted(text).filter(JsonNode::isObject).map(ObjectNode.class::cast);
  }

  /** Serialises a tree or a record to compact JSON. */
  public static String write(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }

  /** Serialises a tree or a record to indented JSON, for files and pages meant for people. */
  public static String writePretty(Object value) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
    }
  }
}
