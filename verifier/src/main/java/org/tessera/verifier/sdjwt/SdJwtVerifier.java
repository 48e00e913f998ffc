package org.tessera.verifier.sdjwt;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tessera.shared.did.DidWeb;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.JwsVerifiers;
import org.tessera.shared.json.Json;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.checks.ClaimsCheck;
import org.tessera.verifier.checks.CmfCheck;
import org.tessera.verifier.checks.HeaderCheck;
import org.tessera.verifier.checks.KeyResolutionCheck;
import org.tessera.verifier.checks.ParseCheck;
import org.tessera.verifier.checks.SignatureCheck;
import org.tessera.verifier.checks.StatusCheck;
import org.tessera.verifier.checks.TrustCheck;
import org.tessera.verifier.checks.ValidityCheck;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.fetch.SafeFetcher;
import org.tessera.verifier.keys.KeyLookup;
import org.tessera.verifier.keys.KeyResolver;
import org.tessera.verifier.keys.ResolvedKey;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckRun;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.status.StatusFreshness;
import org.tessera.verifier.trust.TrustLookup;

/**
 * Verifies an SD-JWT VC (docs/verifier.md, "SD-JWT VC"; decision 0059): the issuer-signed JWT
 * with a key of its {@code iss} (JWT VC issuer metadata or DID), every disclosure against the
 * signed digests, the claims and their dates, the key-binding JWT when presented (or asked
 * for), the trust list and the Token Status List. Only what was disclosed is shown; CMF
 * conformance is not judged from a selection.
 */
public final class SdJwtVerifier {

  public static final String DISCLOSURES_ID = "sdjwt.disclosures";
  public static final String KEY_BINDING_ID = KeyBinding.ID;

  /** Check ids in report order. */
  public static final List<String> ORDER = List.of(ParseCheck.ID, HeaderCheck.ID,
      KeyResolutionCheck.ID, SignatureCheck.ID, DISCLOSURES_ID, ClaimsCheck.ID, ValidityCheck.ID,
      KEY_BINDING_ID, TrustCheck.ID, StatusCheck.ID, CmfCheck.ID);

  /** The SD-JWT check ids that are not also OB 3.0 ones (for pages naming checks). */
  public static final List<String> OWN_IDS = List.of(DISCLOSURES_ID, KEY_BINDING_ID);

  /** Header members an issuer-signed JWT may carry; a key in the header is never used. */
  private static final Set<String> HEADER_MEMBERS = Set.of("alg", "kid", "typ");

  private final IssuerKeys keys;
  private final KeyBinding keyBinding;
  private final TokenStatusList statusList;
  private final Clock clock;
  private final Duration skew;

  /** @param presentationWindow how old a key-binding JWT may be */
  public SdJwtVerifier(SafeFetcher fetcher, KeyResolver dids, Clock clock, Duration skew,
      Duration presentationWindow) {
    this.keys = new IssuerKeys(fetcher, dids, clock);
    this.keyBinding = new KeyBinding(clock, skew, presentationWindow);
    this.statusList = new TokenStatusList(fetcher, keys, clock, skew);
    this.clock = Objects.requireNonNull(clock, "clock");
    this.skew = Objects.requireNonNull(skew, "skew");
  }

  /** Whether {@code input} is meant as an SD-JWT (then {@link #verify} reports on it). */
  public static boolean accepts(String input) {
    return SdJwtParts.looksLikeSdJwt(input);
  }

  public SdJwtOutcome verify(String input, SdJwtExpectations expected, TrustLookup trust,
      StatusFreshness freshness, Deadline deadline) {
    CheckRun run = new CheckRun(ORDER);
    Optional<SdJwtParts> split = SdJwtParts.split(input);
    Optional<ObjectNode> payload = split.flatMap(p -> SdJwtParts.payload(p.issuerJwt()));
    if (payload.isEmpty()) {
      run.add(CheckResult.failed(ParseCheck.ID, ErrorCode.SD_JWT_MALFORMED));
      return stopped(run, DetailKey.SKIPPED_PARSE_FAILED);
    }
    SdJwtParts parts = split.get();
    ObjectNode claims = payload.get();
    run.add(CheckResult.passed(ParseCheck.ID,
        DetailKey.SDJWT_PARSE_OK.with(String.valueOf(parts.disclosures().size()))));

    // alg first: nimbus cannot even parse "none", which must say ALG_NOT_ALLOWED.
    Optional<JwsAlgorithm> alg = SdJwtParts.allowedAlg(parts.issuerJwt());
    Optional<JWSObject> parsed = alg.flatMap(a -> jws(parts.issuerJwt()));
    CheckResult header = run.add(header(parsed, alg));
    if (header.isFailed()) {
      return stopped(run, DetailKey.SKIPPED_HEADER_FAILED);
    }
    JWSObject jws = parsed.get();
    String issuer = claims.path("iss").asText("");
    String trustId = trustId(issuer, trust);
    List<JWK> pinned = pinned(trust, trustId);
    Optional<ResolvedKey> key = key(run, claims, issuer, jws, alg.get(), pinned, deadline);
    if (key.isEmpty()) {
      return stopped(run, DetailKey.SKIPPED_KEY_FAILED);
    }
    if (!JwsVerifiers.verify(jws, key.get().key())) {
      run.add(CheckResult.failed(SignatureCheck.ID, ErrorCode.SIGNATURE_INVALID));
      return stopped(run, DetailKey.SKIPPED_SIGNATURE_FAILED);
    }
    run.add(CheckResult.passed(SignatureCheck.ID, DetailKey.SIGNATURE_OK.with(key.get().kid())));

    // Authenticated from here on: every check runs, so one report lists every problem.
    DisclosedClaims.Result shown = disclosures(claims, parts);
    run.add(shown instanceof DisclosedClaims.Result.Refused refused
        ? CheckResult.failed(DISCLOSURES_ID, refused.code())
        : CheckResult.passed(DISCLOSURES_ID, DetailKey.SDJWT_DISCLOSURES_OK.with(
            String.valueOf(parts.disclosures().size()))));
    run.add(claimTypes(claims));
    run.add(validity(claims));
    CheckResult bound = run.add(keyBinding.check(parts, claims, expected));
    Instant now = clock.instant();
    Instant issuedAt = epoch(claims, "iat").orElse(now);
    CheckResult trusted = run.add(TrustCheck.check(trust, trustId, issuedAt, now,
        scopeView(claims)));
    run.add(trusted.isFailed()
        ? CheckResult.skipped(StatusCheck.ID, DetailKey.SKIPPED_TRUST_FAILED.with())
        : statusList.check(claims, issuer, pinned, freshness, deadline));
    run.add(CheckResult.skipped(CmfCheck.ID, DetailKey.SDJWT_CMF_NOT_JUDGED.with()));

    Optional<ObjectNode> view = shown instanceof DisclosedClaims.Result.Shown s
        ? Optional.of(s.claims()) : Optional.empty();
    Optional<SdJwtSummary> summary = view.map(v -> SdJwtSummary.of(claims, v,
        ((DisclosedClaims.Result.Shown) shown).disclosedPaths(), bound.isPassed()));
    return new SdJwtOutcome(run.results(), view, summary, Optional.of(issuer),
        Optional.of(trustId), Optional.of(key.get().kid()));
  }

  private static SdJwtOutcome stopped(CheckRun run, DetailKey skipped) {
    return new SdJwtOutcome(run.stopped(skipped), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  private static Optional<JWSObject> jws(String compact) {
    try {
      return Optional.of(JWSObject.parse(compact));
    } catch (ParseException e) {
      return Optional.empty();
    }
  }

  private static CheckResult header(Optional<JWSObject> parsed, Optional<JwsAlgorithm> alg) {
    if (alg.isEmpty()) {
      return CheckResult.failed(HeaderCheck.ID, ErrorCode.ALG_NOT_ALLOWED);
    }
    if (parsed.isEmpty()) {
      return CheckResult.failed(HeaderCheck.ID, ErrorCode.HEADER_NOT_ALLOWED);
    }
    JWSObject jws = parsed.get();
    String typ = jws.getHeader().getType() == null ? "" : jws.getHeader().getType().getType();
    if (!SdJwtParts.TYPES.contains(typ)) {
      return CheckResult.failed(HeaderCheck.ID, ErrorCode.TYP_NOT_ALLOWED);
    }
    if (!HEADER_MEMBERS.containsAll(jws.getHeader().getIncludedParams())) {
      return CheckResult.failed(HeaderCheck.ID, ErrorCode.HEADER_NOT_ALLOWED);
    }
    return CheckResult.passed(HeaderCheck.ID, DetailKey.HEADER_OK.with(alg.get().headerName()));
  }

  private Optional<ResolvedKey> key(CheckRun run, ObjectNode claims, String issuer, JWSObject jws,
      JwsAlgorithm alg, List<JWK> pinned, Deadline deadline) {
    if (issuer.isEmpty()) {
      run.add(CheckResult.failed(KeyResolutionCheck.ID, ErrorCode.SD_JWT_CLAIMS_INVALID));
      return Optional.empty();
    }
    KeyLookup lookup = keys.resolve(issuer, Optional.ofNullable(jws.getHeader().getKeyID()), alg,
        pinned, deadline);
    if (lookup instanceof KeyLookup.Refused refused) {
      run.add(CheckResult.failed(KeyResolutionCheck.ID, refused.code()));
      return Optional.empty();
    }
    ResolvedKey key = ((KeyLookup.Found) lookup).key();
    boolean compromisedLater = false;
    if (key.revokedSince().isPresent()) {
      Optional<Instant> signed = epoch(claims, "iat");
      if (signed.isEmpty() || !signed.get().isBefore(key.revokedSince().get())) {
        run.add(CheckResult.failed(KeyResolutionCheck.ID, ErrorCode.KEY_COMPROMISED));
        return Optional.empty();
      }
      compromisedLater = true;
    }
    DetailKey found = IssuerKeys.fromMetadata(issuer, key) ? DetailKey.SDJWT_KEY_METADATA
        : KeyResolutionCheck.found(key.source(), compromisedLater);
    run.add(CheckResult.passed(KeyResolutionCheck.ID, compromisedLater
        ? found.with(key.revokedSince().get().toString()) : found.with()));
    return Optional.of(key);
  }

  private static DisclosedClaims.Result disclosures(ObjectNode claims, SdJwtParts parts) {
    JsonNode sdAlg = claims.get("_sd_alg");
    if (sdAlg != null && !"sha-256".equals(sdAlg.asText(null))) {
      return new DisclosedClaims.Result.Refused(ErrorCode.SD_ALG_NOT_ALLOWED);
    }
    return DisclosedClaims.show(claims, parts.disclosures());
  }

  private static CheckResult claimTypes(ObjectNode claims) {
    JsonNode vct = claims.get("vct");
    boolean ok = vct != null && vct.isTextual() && !vct.asText().isBlank();
    for (String time : List.of("iat", "nbf", "exp")) {
      ok &= !claims.has(time) || claims.get(time).isNumber();
    }
    ok &= !claims.has("cnf") || claims.get("cnf").isObject();
    ok &= !claims.has("status") || claims.get("status").isObject();
    return ok ? CheckResult.passed(ClaimsCheck.ID, DetailKey.SDJWT_CLAIMS_OK.with(vct.asText()))
        : CheckResult.failed(ClaimsCheck.ID, ErrorCode.SD_JWT_CLAIMS_INVALID);
  }

  private CheckResult validity(ObjectNode claims) {
    Instant now = clock.instant();
    for (String start : List.of("nbf", "iat")) {
      if (epoch(claims, start).filter(t -> t.isAfter(now.plus(skew))).isPresent()) {
        return CheckResult.failed(ValidityCheck.ID, ErrorCode.NOT_YET_VALID);
      }
    }
    Optional<Instant> exp = epoch(claims, "exp");
    if (exp.filter(t -> t.isBefore(now.minus(skew))).isPresent()) {
      return CheckResult.failed(ValidityCheck.ID, ErrorCode.EXPIRED);
    }
    return CheckResult.passed(ValidityCheck.ID, exp
        .map(e -> DetailKey.VALIDITY_UNTIL.with(e.toString()))
        .orElseGet(DetailKey.VALIDITY_NO_END::with));
  }

  private static Optional<Instant> epoch(ObjectNode claims, String name) {
    JsonNode value = claims.get(name);
    return value != null && value.isNumber() ? Optional.of(Instant.ofEpochSecond(value.asLong()))
        : Optional.empty();
  }

  /**
   * The trust list entry of an issuer (decision 0059): a DID as it is; an https {@code iss}
   * listed by its URL as it is, else by the did:web of that URL (the same host and path; Tessera
   * publishes the same keys under both).
   */
  static String trustId(String issuer, TrustLookup trust) {
    if (issuer.startsWith("did:") || !(trust instanceof TrustLookup.Available available)
        || available.trustList().issuer(issuer).isPresent()) {
      return issuer;
    }
    try {
      String did = DidWeb.fromBaseUrl(URI.create(issuer));
      return available.trustList().issuer(did).isPresent() ? did : issuer;
    } catch (IllegalArgumentException e) {
      return issuer;
    }
  }

  private static List<JWK> pinned(TrustLookup trust, String trustId) {
    return trust instanceof TrustLookup.Available available
        ? available.trustList().issuer(trustId).map(TrustedIssuer::pinnedKeys).orElse(List.of())
        : List.of();
  }

  /**
   * What the accreditation scope is judged on: the {@code vct} as the credential's type. The
   * EQF range is not applied: {@code eqf_level} may be undisclosed (decision 0059).
   */
  private static ObjectNode scopeView(ObjectNode claims) {
    ObjectNode view = Json.object();
    view.putArray("type").add(claims.path("vct").asText(""));
    return view;
  }
}
