package org.tessera.shared.jsonld;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.context.ActiveContext;
import com.apicatalog.jsonld.context.cache.Cache;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.expansion.Expansion;
import com.apicatalog.jsonld.processor.ProcessingRuntime;
import com.apicatalog.jsonld.uri.UriValidationPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import org.tessera.shared.cache.LruCache;
import org.tessera.shared.json.Json;
import java.io.IOException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Checks that every property of a JSON-LD document is defined by its (bundled) contexts, by
 * expanding it offline with titanium. Contexts are never fetched: an unknown context URL fails the
 * check. Thread-safe; share one instance, since it caches the loaded contexts and, per document
 * shape ({@link TermShape}), the verdict: credentials from one template differ only in literal
 * values, which never change how keys expand.
 */
public final class JsonLdTermCheck {

  /** Distinct top-level context lists kept processed; only bundled URLs can form one. */
  private static final int MAX_PREPARED_CONTEXTS = 32;

  /** Distinct document shapes whose verdict is kept. */
  static final int MAX_CACHED_VERDICTS = 256;

  private final OfflineDocumentLoader loader;
  private final ContextReferences references;
  private final JakartaBridge bridge = new JakartaBridge();
  private final Cache<String, JsonValue> contextCache = new ConcurrentContextCache<>(64);
  private final JsonStructure sentinelContext;
  private final ConcurrentMap<String, ActiveContext> prepared = new ConcurrentHashMap<>();
  private final TermShape shapes = bundledShapes();
  private final LruCache<String, TermCheckResult> verdicts = new LruCache<>(MAX_CACHED_VERDICTS);

  public JsonLdTermCheck() {
    this(new OfflineDocumentLoader());
  }

  public JsonLdTermCheck(OfflineDocumentLoader loader) {
    this.loader = Objects.requireNonNull(loader, "loader");
    this.references = new ContextReferences(loader);
    this.sentinelContext = JsonProvider.provider().createObjectBuilder()
        .add("@vocab", UndefinedTerms.SENTINEL_VOCAB)
        .build();
  }

  /** Expands {@code document} offline and reports the property keys no context defines. */
  public TermCheckResult check(JsonNode document) {
    Objects.requireNonNull(document, "document");
    if (!document.isObject()) {
      return TermCheckResult.failed("document is not a JSON object");
    }
    if (!document.has("@context")) {
      return TermCheckResult.failed("missing @context");
    }
    Optional<String> contextProblem = references.firstProblem(document);
    if (contextProblem.isPresent()) {
      return TermCheckResult.failed(contextProblem.get());
    }
    Optional<String> shape = shapes.of(document);
    if (shape.isEmpty()) {
      return expandAndCheck(document);
    }
    return verdicts.get(shape.get(), key -> Optional.of(expandAndCheck(document))).orElseThrow();
  }

  /** How many verdicts are cached; for tests. */
  int cachedVerdicts() {
    return verdicts.size();
  }

  private TermCheckResult expandAndCheck(JsonNode document) {
    JsonValue expanded;
    try {
      expanded = expand(document);
    } catch (JsonLdError e) {
      // The code is a fixed enum name; the message may quote the input, so it is not echoed.
      return TermCheckResult.failed("JSON-LD expansion failed: " + e.getCode());
    }
    return TermCheckResult.undefined(UndefinedTerms.in(expanded));
  }

  /**
   * Expands with the top-level context processed once per distinct list of context URLs: context
   * processing is most of the cost of a check. Titanium derives new contexts from the prepared one
   * (copies) and never changes it, so sharing it between threads is safe.
   */
  private JsonValue expand(JsonNode document) throws JsonLdError {
    JsonNode context = document.get("@context");
    Optional<String> key = contextKey(context);
    if (key.isEmpty()) {
      return JsonLd.expand(JsonDocument.of(bridge.toJakarta(document).asJsonObject()))
          .options(options())
          .context(sentinelContext)
          .get();
    }
    ActiveContext active = prepared.get(key.get());
    if (active == null) {
      active = prepare(context);
      if (prepared.size() < MAX_PREPARED_CONTEXTS) {
        prepared.putIfAbsent(key.get(), active);
      }
    }
    ObjectNode withoutContext = ((ObjectNode) document).deepCopy();
    withoutContext.remove("@context");
    return Expansion.with(active, bridge.toJakarta(withoutContext), null, null)
        .frameExpansion(false)
        .ordered(false)
        .compute();
  }

  /**
   * Shapes over the terms any bundled context maps to a keyword (their values can change the
   * verdict), of which those only ever mapped to {@code @id} name nodes and nothing else.
   */
  private static TermShape bundledShapes() {
    Set<String> keywordAliases = new HashSet<>();
    Set<String> idAliases = new HashSet<>();
    Set<String> otherKeywordAliases = new HashSet<>();
    for (String url : BundledContexts.urls()) {
      byte[] bytes = BundledContexts.bytes(url).orElseThrow();
      try {
        JsonNode context = Json.mapper().readTree(bytes);
        keywordAliases.addAll(TermShape.aliasesIn(context, keyword -> keyword.startsWith("@")));
        idAliases.addAll(TermShape.aliasesIn(context, "@id"::equals));
        otherKeywordAliases.addAll(TermShape.aliasesIn(context,
            keyword -> keyword.startsWith("@") && !keyword.equals("@id")));
      } catch (IOException e) {
        throw new IllegalStateException("bundled context is not valid JSON: " + url, e);
      }
    }
    idAliases.removeAll(otherKeywordAliases);
    return new TermShape(keywordAliases, idAliases);
  }

  private ActiveContext prepare(JsonNode context) throws JsonLdError {
    ActiveContext initial = new ActiveContext(null, null, ProcessingRuntime.of(options()));
    return initial.newContext().create(sentinelContext, null)
        .newContext().create(bridge.toJakarta(context), null);
  }

  /** A cache key when the context is a URL or a list of URLs (all bundled, checked before). */
  private static Optional<String> contextKey(JsonNode context) {
    if (context.isTextual()) {
      return Optional.of(context.textValue());
    }
    if (!context.isArray()) {
      return Optional.empty();
    }
    StringBuilder key = new StringBuilder();
    for (JsonNode element : context) {
      if (!element.isTextual()) {
        return Optional.empty();
      }
      key.append(element.textValue()).append('\n');
    }
    return Optional.of(key.toString());
  }

  private JsonLdOptions options() {
    JsonLdOptions options = new JsonLdOptions(loader);
    options.setBase(null);
    options.setContextCache(contextCache);
    // Only the scheme decides whether a key is an absolute IRI; full RFC 3987 parsing of every
    // IRI in every scoped context costs more than the rest of the check.
    options.setUriValidation(UriValidationPolicy.SchemeOnly);
    return options;
  }
}
