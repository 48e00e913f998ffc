package org.tessera.verifier.status;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.jose.CredentialJwt;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.shared.status.BitstringStatusList;
import org.tessera.shared.status.StatusListCredentialView;
import org.tessera.shared.status.StatusListCredentials;
import org.tessera.shared.status.StatusListException;
import org.tessera.verifier.fetch.CacheControl;
import org.tessera.verifier.fetch.ExpiringCache;
import org.tessera.verifier.fetch.FetchResult;
import org.tessera.verifier.fetch.SafeFetcher;
import org.tessera.verifier.ops.CacheEvents;
import org.tessera.verifier.result.ErrorCode;

/**
 * Fetches, authenticates and decodes Bitstring Status List credentials, and caches the decoded
 * lists for the shorter of the list's {@code ttl} and the response's {@code max-age} (default
 * {@link #DEFAULT_TTL}, at most {@link #MAX_TTL}, never past the list's own end), in a bounded
 * cache. A list outside its validity period ({@link StatusListPeriod}) is unavailable. With
 * {@link StatusFreshness#REVALIDATED} a cached list is first confirmed by the issuer with a
 * conditional request on the ETag it came with (decision 0050).
 */
public final class StatusListService {

  static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
  static final Duration MAX_TTL = Duration.ofHours(24);

  /** Largest expanded list: 1 MiB = 8,388,608 entries, far above the 131,072 minimum. */
  public static final int MAX_DECODED_BYTES = 1024 * 1024;

  private static final String ACCEPT = "application/vc+jwt, application/jwt";

  private final SafeFetcher fetcher;
  private final Clock clock;
  private final ExpiringCache<String, CachedList> cache;

  /** A verified list and the ETag its response carried, to revalidate it by. */
  private record CachedList(StatusListSnapshot snapshot, Optional<String> etag) {}
  private final CacheEvents events;

  public StatusListService(SafeFetcher fetcher, Clock clock, int maxCachedLists) {
    this(fetcher, clock, maxCachedLists, CacheEvents.NONE);
  }

  public StatusListService(SafeFetcher fetcher, Clock clock, int maxCachedLists,
      CacheEvents events) {
    this.events = Objects.requireNonNull(events, "events");
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.cache = new ExpiringCache<>(maxCachedLists, clock);
  }

  /**
   * The list at {@code url}, which must have been issued by {@code issuerId} and pass
   * {@code authenticator} (header, key and signature rules).
   */
  public StatusListLookup load(URI url, String issuerId, JwtAuthenticator authenticator) {
    return load(url, issuerId, authenticator, StatusFreshness.CACHED);
  }

  /**
   * The list at {@code url} when the cache alone can answer, as {@link #load} would: with
   * {@link StatusFreshness#CACHED} and a cached list. Empty when {@link #load} must go to the
   * network, so callers can keep the network on another thread and cache hits on their own.
   */
  public Optional<StatusListLookup> cached(URI url, String issuerId, StatusFreshness freshness) {
    if (freshness != StatusFreshness.CACHED) {
      return Optional.empty();
    }
    Optional<CachedList> cached = cache.get(url.toString());
    cached.ifPresent(hit -> events.lookup(CacheEvents.STATUS_LIST, true));
    return cached.map(hit -> checkIssuer(hit.snapshot(), issuerId));
  }

  /** As {@link #load(URI, String, JwtAuthenticator)}, as fresh as {@code freshness} asks. */
  public StatusListLookup load(URI url, String issuerId, JwtAuthenticator authenticator,
      StatusFreshness freshness) {
    String key = url.toString();
    Optional<CachedList> cached = cache.get(key);
    events.lookup(CacheEvents.STATUS_LIST, cached.isPresent());
    if (cached.isPresent() && freshness == StatusFreshness.CACHED) {
      return checkIssuer(cached.get().snapshot(), issuerId);
    }
    Optional<String> etag = cached.flatMap(CachedList::etag);
    FetchResult fetched = etag.isPresent()
        ? fetcher.fetchIfNoneMatch(url, ACCEPT, SafeFetcher.STATUS_LIST_MAX_BYTES, etag.get())
        : fetcher.fetch(url, ACCEPT, SafeFetcher.STATUS_LIST_MAX_BYTES);
    if (fetched instanceof FetchResult.NotModified) {
      return checkIssuer(cached.get().snapshot(), issuerId);
    }
    return verify(fetched, key, issuerId, authenticator);
  }

  /** Authenticates and decodes a fetched list, and caches it. */
  private StatusListLookup verify(FetchResult fetched, String key, String issuerId,
      JwtAuthenticator authenticator) {
    if (fetched instanceof FetchResult.Blocked blocked) {
      return new StatusListLookup.Refused(ErrorCode.FETCH_BLOCKED, blocked.reason());
    }
    if (fetched instanceof FetchResult.Failed failed) {
      return new StatusListLookup.Refused(ErrorCode.STATUS_LIST_UNAVAILABLE, failed.reason());
    }
    if (!(fetched instanceof FetchResult.Ok ok)) {
      // A 304 to a request that sent no ETag: nothing we hold is confirmed.
      return new StatusListLookup.Refused(ErrorCode.STATUS_LIST_UNAVAILABLE,
          "the status list was not sent");
    }
    Optional<ParsedCredentialJwt> jwt = CredentialJwt.parse(ok.bodyText().strip());
    if (jwt.isEmpty()) {
      return invalid("the status list is not a credential JWT");
    }
    Optional<StatusListCredentialView> view = StatusListCredentials.fromJson(jwt.get().credential());
    if (view.isEmpty()) {
      return invalid("the status list is not a BitstringStatusListCredential");
    }
    if (!view.get().issuer().equals(issuerId)) {
      return new StatusListLookup.Refused(ErrorCode.STATUS_LIST_ISSUER_MISMATCH,
          "the status list was issued by another issuer than the credential");
    }
    Optional<ErrorCode> authentication = authenticator.authenticate(jwt.get(), issuerId);
    if (authentication.isPresent()) {
      return refusedAuthentication(authentication.get());
    }
    if (!view.get().id().equals(key)) {
      return invalid("the status list's id is not the URL it was fetched from");
    }
    Optional<StatusListPeriod> period = StatusListPeriod.of(view.get(), jwt.get().claims());
    if (period.isEmpty()) {
      return invalid("the status list's nbf or exp is not a number of seconds");
    }
    Instant now = clock.instant();
    Optional<StatusListLookup.Refused> outOfPeriod = period.get().refusalAt(now);
    if (outOfPeriod.isPresent()) {
      return outOfPeriod.get();
    }
    BitstringStatusList list;
    try {
      list = BitstringStatusList.decode(view.get().encodedList(), MAX_DECODED_BYTES);
    } catch (StatusListException e) {
      return invalid("the encoded list is unusable (" + e.reason() + ")");
    }
    StatusListSnapshot snapshot =
        new StatusListSnapshot(key, view.get().issuer(), view.get().purpose(), list);
    // Never cached beyond the list's own end: an expired list must not answer from the cache.
    Instant cachedUntil = now.plus(ttl(view.get(), ok));
    cache.put(key, new CachedList(snapshot, ok.header("etag")),
        period.get().notAfter().filter(cachedUntil::isAfter).orElse(cachedUntil));
    return new StatusListLookup.Loaded(snapshot);
  }

  private static Duration ttl(StatusListCredentialView view, FetchResult.Ok response) {
    Duration ttl = view.ttlMillis().map(Duration::ofMillis).orElse(DEFAULT_TTL);
    Optional<Duration> maxAge = CacheControl.maxAge(response);
    if (maxAge.isPresent() && maxAge.get().compareTo(ttl) < 0) {
      ttl = maxAge.get();
    }
    return ttl.compareTo(MAX_TTL) > 0 ? MAX_TTL : ttl;
  }

  /** Why the list's JWT did not authenticate, as the status check reports it. */
  private static StatusListLookup refusedAuthentication(ErrorCode cause) {
    if (cause == ErrorCode.KEY_COMPROMISED) {
      return invalid("the status list is signed by a key the issuer declared compromised ("
          + cause + ")");
    }
    ErrorCode code = cause == ErrorCode.FETCH_BLOCKED ? cause : ErrorCode.STATUS_LIST_INVALID;
    return new StatusListLookup.Refused(code,
        "the status list's signature does not verify (" + cause + ")");
  }

  private static StatusListLookup checkIssuer(StatusListSnapshot snapshot, String issuerId) {
    if (!snapshot.issuer().equals(issuerId)) {
      return new StatusListLookup.Refused(ErrorCode.STATUS_LIST_ISSUER_MISMATCH,
          "the status list was issued by another issuer than the credential");
    }
    return new StatusListLookup.Loaded(snapshot);
  }

  private static StatusListLookup invalid(String message) {
    return new StatusListLookup.Refused(ErrorCode.STATUS_LIST_INVALID, message);
  }
}
