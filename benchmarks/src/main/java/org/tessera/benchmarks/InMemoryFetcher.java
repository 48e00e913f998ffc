package org.tessera.benchmarks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.tessera.verifier.fetch.FetchResult;
import org.tessera.verifier.fetch.SafeFetcher;

/**
 * Serves published documents from memory, so the verifier benchmark has no network in it. Counts
 * fetches: after the first verification everything must come from the verifier's caches.
 */
final class InMemoryFetcher implements SafeFetcher {

  private final Map<URI, FetchResult.Ok> documents = new ConcurrentHashMap<>();
  private final AtomicInteger fetches = new AtomicInteger();

  void publish(String url, String contentType, String body) {
    URI uri = URI.create(url);
    documents.put(uri, new FetchResult.Ok(uri, body.getBytes(StandardCharsets.UTF_8),
        Map.of("content-type", List.of(contentType), "cache-control", List.of("max-age=3600"))));
  }

  int fetches() {
    return fetches.get();
  }

  @Override
  public FetchResult fetch(URI url, String accept, int maxBytes) {
    fetches.incrementAndGet();
    FetchResult.Ok document = documents.get(url);
    if (document == null) {
      return new FetchResult.Failed("not published");
    }
    return document.body().length > maxBytes ? new FetchResult.Failed("too large") : document;
  }
}
