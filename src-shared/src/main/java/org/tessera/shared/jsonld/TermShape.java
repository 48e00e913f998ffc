package org.tessera.shared.jsonld;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The part of a document the term check's verdict depends on, as a string: every key in order,
 * the JSON type of every value, and the exact value under {@code @context}, under every keyword
 * ({@code @type}, {@code @value}, ...) and under every term a bundled context aliases to a
 * keyword ({@code type}, ...). Other literal values never change how keys expand (type-scoped
 * contexts follow the {@code @type} values, which are kept), so two documents with the same shape
 * get the same verdict. A node identifier ({@code @id} or an alias such as {@code id}) that is an
 * absolute IRI only becomes the node's name: the check never reads it, so it is kept as a marker,
 * not its value — otherwise no two credentials (each with its own ids) would share a shape.
 * Relative or odd identifiers stay verbatim. Documents with an embedded (non-URL) context could
 * define their own aliases and have no shape, nor do very large ones.
 */
final class TermShape {

  /** Longest shape kept; a credential's is a few kilobytes. */
  static final int MAX_LENGTH = 16_384;

  /** Scheme, colon, then IRI characters only: an absolute IRI that expands to itself or its prefix's. */
  private static final Pattern ABSOLUTE_IRI =
      Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*:[A-Za-z0-9\\-._~:/?#\\[\\]@!$&'()*+,;=%]*");

  private final Set<String> keywordAliases;
  private final Set<String> idAliases;

  /**
   * @param keywordAliases terms some context maps to a keyword: their values are kept
   * @param idAliases terms only ever mapped to {@code @id}: absolute IRIs under them are a marker
   */
  TermShape(Set<String> keywordAliases, Set<String> idAliases) {
    this.keywordAliases = Set.copyOf(keywordAliases);
    Set<String> ids = new HashSet<>(idAliases);
    ids.add("@id");
    this.idAliases = Set.copyOf(ids);
  }

  /**
   * Every term that some part of {@code context} maps to a keyword {@code target} accepts, at any
   * depth (scoped contexts included). Over-approximates on purpose: a term listed needlessly as a
   * keyword alias only makes shapes longer.
   */
  static Set<String> aliasesIn(JsonNode context, Predicate<String> target) {
    Set<String> aliases = new HashSet<>();
    collectAliases(context, target, aliases);
    return aliases;
  }

  private static void collectAliases(JsonNode node, Predicate<String> target, Set<String> aliases) {
    if (node.isArray()) {
      node.forEach(element -> collectAliases(element, target, aliases));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      JsonNode value = field.getValue();
      JsonNode id = value.isObject() ? value.get("@id") : value;
      if (id != null && id.isTextual() && target.test(id.textValue())) {
        aliases.add(field.getKey());
      }
      collectAliases(value, target, aliases);
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
        if (idAliases.contains(key) && isAbsoluteIri(field.getValue())) {
          out.append("I,");
          continue;
        }
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

  private static boolean isAbsoluteIri(JsonNode value) {
    return value.isTextual() && ABSOLUTE_IRI.matcher(value.textValue()).matches();
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
