package org.tessera.shared.jsonld;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a document the term check's verdict depends on, as a string: every key in order,
 * the JSON type of every value, and the exact value under {@code @context}, under every keyword
 * ({@code @type}, {@code @id}, {@code @value}, ...) and under every term a bundled context
 * aliases to a keyword ({@code type}, {@code id}, ...). Other literal values never change how keys
 * expand (type-scoped contexts follow the {@code @type} values, which are kept), so two documents
 * with the same shape get the same verdict. Documents with an embedded (non-URL) context could
 * define their own aliases and have no shape, nor do very large ones.
 */
final class TermShape {

  /** Longest shape kept; a credential's is a few kilobytes. */
  static final int MAX_LENGTH = 16_384;

  private final Set<String> keywordAliases;

  TermShape(Set<String> keywordAliases) {
    this.keywordAliases = Set.copyOf(keywordAliases);
  }

  /**
   * Every term that some part of {@code context} maps to a keyword, at any depth (scoped contexts
   * included). Over-approximates on purpose: a term listed needlessly only makes shapes longer.
   */
  static Set<String> keywordAliasesIn(JsonNode context) {
    Set<String> aliases = new HashSet<>();
    collectAliases(context, aliases);
    return aliases;
  }

  private static void collectAliases(JsonNode node, Set<String> aliases) {
    if (node.isArray()) {
      node.forEach(element -> collectAliases(element, aliases));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      JsonNode id = value.isObject() ? value.get("@id") : value;
      if (id != null && id.isTextual() && id.textValue().startsWith("@")) {
        aliases.add(field.getKey());
      }
      collectAliases(value, aliases);
    }
  }

  /** The shape of {@code document}; empty when it embeds a context or is too large. */
  Optional<String> of(JsonNode document) {
    StringBuilder out = new StringBuilder(2048);
    return append(document, false, out) ? Optional.of(out.toString()) : Optional.empty();
  }

  private boolean append(JsonNode node, boolean keepValue, StringBuilder out) {
    if (out.length() > MAX_LENGTH) {
      return false;
    }
    if (node.isObject()) {
      out.append('{');
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        String key = field.getKey();
        if (key.equals("@context") && !isUrlOrUrlList(field.getValue())) {
          return false;
        }
        out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(key)).append("\":");
        boolean keep = key.startsWith("@") || keywordAliases.contains(key);
        if (!append(field.getValue(), keep, out)) {
          return false;
        }
        out.append(',');
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (JsonNode element : node) {
        if (!append(element, keepValue, out)) {
          return false;
        }
        out.append(',');
      }
      out.append(']');
    } else if (keepValue) {
      out.append(node);
    } else {
      out.append(marker(node));
    }
    return true;
  }

  private static boolean isUrlOrUrlList(JsonNode context) {
    if (context.isTextual()) {
      return true;
    }
    if (!context.isArray()) {
      return false;
    }
    for (JsonNode element : context) {
      if (!element.isTextual()) {
        return false;
      }
    }
    return true;
  }

  /** The JSON type of a literal whose content does not matter. */
  private static char marker(JsonNode literal) {
    if (literal.isTextual()) {
      return 's';
    }
    if (literal.isNumber()) {
      return 'n';
    }
    if (literal.isBoolean()) {
      return 'b';
    }
    return literal.isNull() ? 'z' : 'o';
  }
}
