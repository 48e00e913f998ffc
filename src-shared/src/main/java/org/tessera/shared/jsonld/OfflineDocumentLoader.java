package org.tessera.shared.jsonld;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * A titanium {@link DocumentLoader} that serves the bundled contexts and nothing else: any other
 * URL is an error, never a network fetch. All contexts are parsed once, at construction; the map
 * is immutable afterwards, so one instance can be shared by any number of threads.
 */
public final class OfflineDocumentLoader implements DocumentLoader {

  /** Longest URL echoed back in an error: the URL comes from untrusted input. */
  static final int MAX_ECHOED_URL = 200;

  private final Map<String, Document> documents;

  public OfflineDocumentLoader() {
    Map<String, Document> parsed = new HashMap<>();
    for (String url : BundledContexts.urls()) {
      parsed.put(url, parse(url));
    }
    this.documents = Map.copyOf(parsed);
  }

  @Override
  public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
    Document document = url == null ? null : documents.get(url.toString());
    if (document == null) {
      throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED,
          "unknown context " + truncate(String.valueOf(url)));
    }
    return document;
  }

  /** True when {@code url} is one of the bundled contexts. */
  public boolean serves(String url) {
    return documents.containsKey(url);
  }

  static String truncate(String url) {
    return url.length() <= MAX_ECHOED_URL ? url : url.substring(0, MAX_ECHOED_URL);
  }

  private static Document parse(String url) {
    byte[] bytes = BundledContexts.bytes(url)
        .orElseThrow(() -> new IllegalStateException("no bundled context for " + url));
    try {
      JsonDocument document = JsonDocument.of(new ByteArrayInputStream(bytes));
      // The document URL is the base for relative IRIs inside the context.
      document.setDocumentUrl(URI.create(url));
      return document;
    } catch (JsonLdError e) {
      throw new IllegalStateException("bundled context is not valid JSON: " + url, e);
    }
  }
}
