package org.tessera.shared.jsonld;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * Finds, before expansion, the first problem with the contexts a document refers to: a context URL
 * that is not bundled, or an embedded {@code @vocab} (which would silently "define" every term and
 * so defeat the check). Scans every {@code @context} in the document, including scoped contexts
 * and {@code @import}.
 */
final class ContextReferences {

  private final OfflineDocumentLoader loader;

  ContextReferences(OfflineDocumentLoader loader) {
    this.loader = loader;
  }

  /** The error text for the first problem found, or empty when every reference is bundled. */
  Optional<String> firstProblem(JsonNode document) {
    if (document.isObject()) {
      for (Map.Entry<String, JsonNode> field : document.properties()) {
        Optional<String> problem = "@context".equals(field.getKey())
            ? inContext(field.getValue())
            : firstProblem(field.getValue());
        if (problem.isPresent()) {
          return problem;
        }
      }
    } else if (document.isArray()) {
      for (JsonNode element : document) {
        Optional<String> problem = firstProblem(element);
        if (problem.isPresent()) {
          return problem;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<String> inContext(JsonNode context) {
    if (context.isTextual()) {
      return loader.serves(context.textValue())
          ? Optional.empty()
          : Optional.of("unknown context " + OfflineDocumentLoader.truncate(context.textValue()));
    }
    if (context.isArray()) {
      for (JsonNode element : context) {
        Optional<String> problem = inContext(element);
        if (problem.isPresent()) {
          return problem;
        }
      }
      return Optional.empty();
    }
    if (context.isObject()) {
      return inContextDefinition(context);
    }
    return Optional.empty();
  }

  private Optional<String> inContextDefinition(JsonNode definition) {
    for (Map.Entry<String, JsonNode> field : definition.properties()) {
      String key = field.getKey();
      JsonNode value = field.getValue();
      Optional<String> problem = Optional.empty();
      if ("@vocab".equals(key) && !value.isNull()) {
        problem = Optional.of("embedded @vocab is not allowed");
      } else if ("@import".equals(key)) {
        problem = inContext(value);
      } else if (value.isObject() && value.has("@context")) {
        problem = inContext(value.get("@context"));
      }
      if (problem.isPresent()) {
        return problem;
      }
    }
    return Optional.empty();
  }
}
