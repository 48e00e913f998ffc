package org.tessera.verifier.sdjwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.VerificationKey;
import org.tessera.shared.json.Json;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.fetch.ExpiringCache;
import org.tessera.verifier.fetch.FetchResult;
import org.tessera.verifier.fetch.SafeFetcher;
import org.tessera.verifier.keys.KeyLookup;
import org.tessera.verifier.keys.KeyResolver;
import org.tessera.verifier.keys.ResolvedKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * The keys of an SD-JWT VC issuer (SD-JWT VC draft, "JWT VC Issuer Metadata"): for an https
 * {@code iss}, the {@code jwks} (or {@code jwks_uri}) of
 * {@code <origin>/.well-known/jwt-vc-issuer<path>}, whose {@code issuer} must be {@code iss};
 * for a {@code did:} issuer, its DID through the {@link KeyResolver}. Keys the trust list pins for
 * the issuer win over both. The header {@code kid} only selects among these keys, and the key
 * decides the algorithm: a key or algorithm the token names is never trusted.
 */
final class IssuerKeys {

  static final int METADATA_MAX_BYTES = 64 * 1024;
  /** Metadata is kept this long (it carries no caching rules of its own). */
  static final Duration METADATA_TTL = Duration.ofMinutes(5);
  private static final int MAX_CACHED_ISSUERS = 64;
  private static final String WELL_KNOWN = "/.well-known/jwt-vc-issuer";

  private final SafeFetcher fetcher;
  private final KeyResolver dids;
  private final Clock clock;
  private final ExpiringCache<String, List<JWK>> metadata;

  IssuerKeys(SafeFetcher fetcher, KeyResolver dids, Clock clock) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.dids = Objects.requireNonNull(dids, "dids");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.metadata = new ExpiringCache<>(MAX_CACHED_ISSUERS, clock);
  }

  /**
   * @param issuer the token's {@code iss} (not yet authenticated: it only selects keys)
   * @param pinned keys the trust list pins for this issuer
   */
  KeyLookup resolve(String issuer, Optional<String> kid, JwsAlgorithm alg, List<JWK> pinned,
      Deadline deadline) {
    if (issuer.startsWith("did:")) {
      return dids.resolve(issuer, kid, alg, pinned);
    }
    if (kid.isEmpty() || kid.get().isBlank()) {
      return new KeyLookup.Refused(ErrorCode.KID_MISSING);
    }
    List<JWK> keys = pinned;
    if (keys.isEmpty()) {
      Optional<List<JWK>> published = metadata.get(issuer);
      if (published.isEmpty()) {
        Result fetched = fetchKeys(issuer, deadline);
        if (fetched.refused().isPresent()) {
          return new KeyLookup.Refused(fetched.refused().get());
        }
        published = Optional.of(fetched.keys());
        metadata.put(issuer, fetched.keys(), clock.instant().plus(METADATA_TTL));
      }
      keys = published.get();
    }
    Optional<JWK> key = keys.stream().filter(k -> kid.get().equals(k.getKeyID())).findFirst();
    if (key.isEmpty() || key.get().isPrivate()) {
      return new KeyLookup.Refused(ErrorCode.KEY_NOT_FOUND);
    }
    Optional<VerificationKey> usable = VerificationKey.of(key.get());
    if (usable.isEmpty() || usable.get().algorithm() != alg) {
      return new KeyLookup.Refused(ErrorCode.ALG_NOT_ALLOWED);
    }
    return new KeyLookup.Found(new ResolvedKey(kid.get(), usable.get(),
        pinned.isEmpty() ? ResolvedKey.Source.DID_WEB : ResolvedKey.Source.TRUST_LIST_PIN,
        Optional.empty()));
  }

  /** Whether a found key came from issuer metadata (not pinned, not a DID). */
  static boolean fromMetadata(String issuer, ResolvedKey key) {
    return !issuer.startsWith("did:") && key.source() == ResolvedKey.Source.DID_WEB;
  }

  private record Result(List<JWK> keys, Optional<ErrorCode> refused) {
    static Result refused(ErrorCode code) {
      return new Result(List.of(), Optional.of(code));
    }
  }

  private Result fetchKeys(String issuer, Deadline deadline) {
    Optional<URI> location = metadataUrl(issuer);
    if (location.isEmpty()) {
      return Result.refused(ErrorCode.SD_JWT_CLAIMS_INVALID);
    }
    Fetched document = fetchJson(location.get(), deadline);
    if (document.json().isEmpty()) {
      return Result.refused(document.code());
    }
    JsonNode meta = document.json().get();
    if (!issuer.equals(meta.path("issuer").asText(null))) {
      return Result.refused(ErrorCode.SD_JWT_ISSUER_METADATA_UNAVAILABLE);
    }
    JsonNode jwks = meta.get("jwks");
    if (jwks == null && meta.path("jwks_uri").isTextual()) {
      Optional<URI> uri = uri(meta.path("jwks_uri").asText());
      if (uri.isEmpty()) {
        return Result.refused(ErrorCode.SD_JWT_ISSUER_METADATA_UNAVAILABLE);
      }
      Fetched set = fetchJson(uri.get(), deadline);
      if (set.json().isEmpty()) {
        return Result.refused(set.code());
      }
      jwks = set.json().get();
    }
    if (jwks == null || !jwks.isObject()) {
      return Result.refused(ErrorCode.SD_JWT_ISSUER_METADATA_UNAVAILABLE);
    }
    try {
      return new Result(JWKSet.parse(Json.write(jwks)).getKeys(), Optional.empty());
    } catch (ParseException e) {
      return Result.refused(ErrorCode.SD_JWT_ISSUER_METADATA_UNAVAILABLE);
    }
  }

  /** A fetched JSON object, or the code saying why there is none. */
  private record Fetched(Optional<JsonNode> json, ErrorCode code) {}

  private Fetched fetchJson(URI url, Deadline deadline) {
    ErrorCode unavailable = ErrorCode.SD_JWT_ISSUER_METADATA_UNAVAILABLE;
    if (deadline.passed()) {
      return new Fetched(Optional.empty(), unavailable);
    }
    FetchResult result = fetcher.fetch(url, "application/json", METADATA_MAX_BYTES);
    if (result instanceof FetchResult.Blocked) {
      return new Fetched(Optional.empty(), ErrorCode.FETCH_BLOCKED);
    }
    if (!(result instanceof FetchResult.Ok ok)) {
      return new Fetched(Optional.empty(), unavailable);
    }
    return new Fetched(Json.parseUntrustedObject(ok.bodyText()).map(JsonNode.class::cast),
        unavailable);
  }

  /**
   * {@code https://host[:port]/.well-known/jwt-vc-issuer[/path]}: the well-known segment goes
   * between the host and the issuer's path (RFC 8615 style), as the SD-JWT VC draft says.
   */
  static Optional<URI> metadataUrl(String issuer) {
    Optional<URI> iss = uri(issuer);
    if (iss.isEmpty() || iss.get().getHost() == null || iss.get().getRawQuery() != null
        || iss.get().getRawFragment() != null || iss.get().getRawUserInfo() != null) {
      return Optional.empty();
    }
    URI u = iss.get();
    String path = u.getRawPath() == null ? "" : u.getRawPath();
    if (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    String port = u.getPort() == -1 ? "" : ":" + u.getPort();
    return uri(u.getScheme() + "://" + u.getHost() + port + WELL_KNOWN + path);
  }

  /** An absolute URI, or empty. */
  static Optional<URI> uri(String text) {
    try {
      URI uri = new URI(text);
      return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
