package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Set;

/**
 * The Open Badges 2.0 JSON-LD context, by the URLs it is published under. Its bytes are bundled
 * with the other contexts (src-shared {@code BundledContexts}); it is never fetched.
 */
final class Ob2Context {

  static final String W3ID = "https://w3id.org/openbadges/v2";
  static final String OPENBADGESPEC = "https://openbadgespec.org/v2/context.json";
  private static final Set<String> URLS = Set.of(W3ID, OPENBADGESPEC);

  private Ob2Context() {}

  /** Whether a document's {@code @context} names the OB 2.0 context (alone or first). */
  static boolean isNamedBy(JsonNode context) {
    if (context == null) {
      return false;
    }
    if (context.isTextual()) {
      return URLS.contains(context.textValue());
    }
    return context.isArray() && context.size() > 0 && context.get(0).isTextual()
        && URLS.contains(context.get(0).textValue());
  }
}
