package org.tessera.verifier.keys;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.did.DidDocument;
import org.tessera.shared.did.DidWeb;
import org.tessera.shared.json.Json;
import org.tessera.verifier.fetch.CacheControl;
import org.tessera.verifier.fetch.ExpiringCache;
import org.tessera.verifier.fetch.FetchResult;
import org.tessera.verifier.fetch.SafeFetcher;
import org.tessera.verifier.ops.CacheEvents;
import org.tessera.verifier.result.ErrorCode;

/**
 * Resolves {@code did:web} DIDs through the safe fetcher. Documents are cached briefly (the
 * server's {@code max-age}, at most {@link #MAX_TTL}) so that a batch of credentials from one
 * issuer costs one fetch.
 */
public final class DidWebResolver {

  /** The outcome: a document whose id is the DID, or a stable reason. */
  public sealed interface Result {
    record Resolved(DidDocument document) implements Result {}

    record Refused(ErrorCode code) implements Result {}
  }

  static final Duration MAX_TTL = Duration.ofMinutes(5);
  private static final String ACCEPT = "application/did+json, application/json";

  private final SafeFetcher fetcher;
  private final boolean allowHttpLocalhost;
  private final Clock clock;
  private final ExpiringCache<String, DidDocument> cache;
  private final CacheEvents events;

  public DidWebResolver(SafeFetcher fetcher, boolean allowHttpLocalhost, Clock clock) {
    this(fetcher, allowHttpLocalhost, clock, CacheEvents.NONE);
  }

  public DidWebResolver(SafeFetcher fetcher, boolean allowHttpLocalhost, Clock clock,
      CacheEvents events) {
    this.events = Objects.requireNonNull(events, "events");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.allowHttpLocalhost = allowHttpLocalhost;
    this.clock = Objects.requireNonNull(clock, "clock");
    this.cache = new ExpiringCache<>(256, clock);
  }

  public Result resolve(String did) {
    Optional<DidDocument> cached = cache.get(did);
    events.lookup(CacheEvents.DID_DOCUMENT, cached.isPresent());
    if (cached.isPresent()) {
      return new Result.Resolved(cached.get());
    }
    Optional<URI> url = DidWeb.documentUrl(did, allowHttpLocalhost);
    if (url.isEmpty()) {
      return new Result.Refused(ErrorCode.DID_RESOLUTION_FAILED);
    }
    FetchResult fetched = fetcher.fetch(url.get(), ACCEPT, SafeFetcher.DID_DOCUMENT_MAX_BYTES);
    if (fetched instanceof FetchResult.Blocked) {
      return new Result.Refused(ErrorCode.FETCH_BLOCKED);
    }
    if (!(fetched instanceof FetchResult.Ok ok)) {
      return new Result.Refused(ErrorCode.DID_RESOLUTION_FAILED);
    }
    Optional<DidDocument> document = Json.parseUntrustedObject(ok.bodyText())
        .flatMap(DidDocument::fromJson)
        .filter(doc -> did.equals(doc.id()));
    if (document.isEmpty()) {
      return new Result.Refused(ErrorCode.DID_RESOLUTION_FAILED);
    }
    Duration ttl = CacheControl.maxAge(ok).filter(d -> d.compareTo(MAX_TTL) < 0).orElse(MAX_TTL);
    cache.put(did, document.get(), clock.instant().plus(ttl));
    return new Result.Resolved(document.get());
  }
}
