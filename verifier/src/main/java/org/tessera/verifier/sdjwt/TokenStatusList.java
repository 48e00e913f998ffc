package org.tessera.verifier.sdjwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.shared.json.Json;
import org.tessera.shared.limits.BoundedInflater;
import org.tessera.verifier.checks.StatusCheck;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.fetch.ExpiringCache;
import org.tessera.verifier.fetch.FetchResult;
import org.tessera.verifier.fetch.SafeFetcher;
import org.tessera.verifier.keys.KeyLookup;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.status.StatusFreshness;

/**
 * The status check of an SD-JWT VC (draft-ietf-oauth-status-list): fetch the Status List Token
 * at {@code status.status_list.uri}, which must be a {@code statuslist+jwt} signed by the
 * credential's issuer with one of its keys, whose {@code sub} is that URI and whose {@code exp}
 * (if any) has not passed; inflate {@code lst} (ZLIB, size-capped) and read the {@code bits} at
 * {@code idx} (LSB first): 0 valid, 1 revoked, 2 suspended, anything else refused. A decoded list
 * is kept for its {@code ttl} (at most an hour), unless the caller wants it revalidated.
 */
final class TokenStatusList {

  static final String TYP = "statuslist+jwt";
  /** Largest decompressed list accepted: 16 Mi 1-bit entries. */
  static final int MAX_LIST_BYTES = 2 * 1024 * 1024;
  static final Duration DEFAULT_TTL = Duration.ofMinutes(5);
  static final Duration MAX_TTL = Duration.ofHours(1);
  private static final Set<Integer> BITS = Set.of(1, 2, 4, 8);
  private static final int MAX_CACHED_LISTS = 64;

  /** A decoded, authenticated list. */
  private record Decoded(String issuer, int bits, byte[] statuses) {}

  private final SafeFetcher fetcher;
  private final IssuerKeys keys;
  private final Clock clock;
  private final Duration skew;
  private final ExpiringCache<String, Decoded> lists;

  TokenStatusList(SafeFetcher fetcher, IssuerKeys keys, Clock clock, Duration skew) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.skew = Objects.requireNonNull(skew, "skew");
    this.lists = new ExpiringCache<>(MAX_CACHED_LISTS, clock);
  }

  CheckResult check(ObjectNode payload, String issuer, List<JWK> pinned,
      StatusFreshness freshness, Deadline deadline) {
    JsonNode status = payload.get("status");
    if (status == null) {
      return CheckResult.passed(StatusCheck.ID, DetailKey.STATUS_NO_ENTRY.with());
    }
    JsonNode entry = status.path("status_list");
    JsonNode idx = entry.path("idx");
    Optional<URI> uri = entry.path("uri").isTextual() ? IssuerKeys.uri(entry.path("uri").asText())
        : Optional.empty();
    if (!idx.canConvertToInt() || !idx.isIntegralNumber() || idx.asInt() < 0 || uri.isEmpty()) {
      return CheckResult.failed(StatusCheck.ID, ErrorCode.STATUS_LIST_INVALID);
    }
    String key = uri.get().toString();
    Optional<Decoded> cached = freshness == StatusFreshness.CACHED ? lists.get(key)
        : Optional.empty();
    if (cached.isEmpty()) {
      FetchResult fetched = deadline.passed() ? new FetchResult.Failed("out of time")
          : fetcher.fetch(uri.get(), "application/statuslist+jwt", SafeFetcher.STATUS_LIST_MAX_BYTES);
      if (fetched instanceof FetchResult.Blocked) {
        return CheckResult.failed(StatusCheck.ID, ErrorCode.FETCH_BLOCKED);
      }
      if (!(fetched instanceof FetchResult.Ok ok)) {
        return CheckResult.failed(StatusCheck.ID, ErrorCode.STATUS_LIST_UNAVAILABLE);
      }
      Outcome outcome = decode(ok.bodyText().strip(), key, issuer, pinned, deadline);
      if (outcome.refused().isPresent()) {
        return CheckResult.failed(StatusCheck.ID, outcome.refused().get());
      }
      cached = outcome.list();
      lists.put(key, cached.get(), clock.instant().plus(outcome.ttl()));
    }
    Decoded list = cached.get();
    if (!list.issuer().equals(issuer)) {
      return CheckResult.failed(StatusCheck.ID, ErrorCode.STATUS_LIST_ISSUER_MISMATCH);
    }
    long bit = (long) idx.asInt() * list.bits();
    if (bit / 8 >= list.statuses().length) {
      return CheckResult.failed(StatusCheck.ID, ErrorCode.STATUS_LIST_INVALID);
    }
    int value = (list.statuses()[(int) (bit / 8)] >> (bit % 8)) & ((1 << list.bits()) - 1);
    return switch (value) {
      case 0 -> CheckResult.passed(StatusCheck.ID, DetailKey.SDJWT_STATUS_OK.with());
      case 1 -> CheckResult.failed(StatusCheck.ID, ErrorCode.REVOKED);
      case 2 -> CheckResult.failed(StatusCheck.ID, ErrorCode.SUSPENDED);
      // 0x03 and above are application-specific: not understood, so not accepted.
      default -> CheckResult.failed(StatusCheck.ID, ErrorCode.STATUS_LIST_INVALID);
    };
  }

  private record Outcome(Optional<Decoded> list, Duration ttl, Optional<ErrorCode> refused) {
    static Outcome refused(ErrorCode code) {
      return new Outcome(Optional.empty(), Duration.ZERO, Optional.of(code));
    }
  }

  private Outcome decode(String token, String uri, String issuer, List<JWK> pinned,
      Deadline deadline) {
    Optional<JwsAlgorithm> alg = SdJwtParts.allowedAlg(token);
    if (alg.isEmpty()) {
      return Outcome.refused(ErrorCode.STATUS_LIST_INVALID);
    }
    JWSObject jws;
    JWTClaimsSet claims;
    try {
      jws = JWSObject.parse(token);
      claims = JWTClaimsSet.parse(jws.getPayload().toJSONObject());
    } catch (ParseException | RuntimeException e) {
      return Outcome.refused(ErrorCode.STATUS_LIST_INVALID);
    }
    if (jws.getHeader().getType() == null
        || !TYP.equals(jws.getHeader().getType().getType())) {
      return Outcome.refused(ErrorCode.STATUS_LIST_INVALID);
    }
    if (!issuer.equals(claims.getIssuer())) {
      return Outcome.refused(ErrorCode.STATUS_LIST_ISSUER_MISMATCH);
    }
    KeyLookup key = keys.resolve(issuer, Optional.ofNullable(jws.getHeader().getKeyID()),
        alg.get(), pinned, deadline);
    if (!(key instanceof KeyLookup.Found found) || !JwsVerifiers.verify(jws, found.key().key())) {
      return Outcome.refused(ErrorCode.STATUS_LIST_INVALID);
    }
    Instant now = clock.instant();
    if (!uri.equals(claims.getSubject())
        || claims.getExpirationTime() != null
            && claims.getExpirationTime().toInstant().isBefore(now.minus(skew))) {
      return Outcome.refused(ErrorCode.STATUS_LIST_INVALID);
    }
    Optional<JsonNode> payload = Json.parseUntrusted(jws.getPayload().toString());
    JsonNode list = payload.map(p -> p.path("status_list")).orElse(null);
    if (list == null || !list.path("bits").isInt() || !BITS.contains(list.path("bits").asInt())
        || !list.path("lst").isTextual()) {
      return Outcome.refused(ErrorCode.STATUS_LIST_INVALID);
    }
    Optional<byte[]> statuses = inflate(list.path("lst").asText());
    if (statuses.isEmpty()) {
      return Outcome.refused(ErrorCode.STATUS_LIST_INVALID);
    }
    JsonNode ttl = payload.get().path("ttl");
    Duration keep = ttl.canConvertToLong() && ttl.asLong() > 0
        ? Duration.ofSeconds(Math.min(ttl.asLong(), MAX_TTL.toSeconds())) : DEFAULT_TTL;
    return new Outcome(Optional.of(new Decoded(issuer, list.path("bits").asInt(), statuses.get())),
        keep, Optional.empty());
  }

  /** base64url(ZLIB) → bytes, refusing anything that inflates beyond {@link #MAX_LIST_BYTES}. */
  static Optional<byte[]> inflate(String lst) {
    byte[] compressed;
    try {
      compressed = Base64.getUrlDecoder().decode(lst);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return BoundedInflater.inflate(compressed, 0, compressed.length, MAX_LIST_BYTES);
  }
}
