package org.tessera.verifier.pipeline;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.jose.ParsedCredentialJwt;
import org.tessera.shared.trust.TrustedIssuer;
import org.tessera.verifier.checks.ClaimsCheck;
import org.tessera.verifier.checks.AuthenticatedCredential;
import org.tessera.verifier.checks.CmfCheck;
import org.tessera.verifier.checks.CredentialRule;
import org.tessera.verifier.checks.CredentialFields;
import org.tessera.verifier.checks.HeaderCheck;
import org.tessera.verifier.checks.JsonLdCheck;
import org.tessera.verifier.checks.KeyResolutionCheck;
import org.tessera.verifier.checks.ParseCheck;
import org.tessera.verifier.checks.SchemaCheck;
import org.tessera.verifier.checks.SignatureCheck;
import org.tessera.verifier.checks.StatusCheck;
import org.tessera.verifier.checks.TrustCheck;
import org.tessera.verifier.checks.ValidityCheck;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.keys.ResolvedKey;
import org.tessera.verifier.ob2.Ob2Outcome;
import org.tessera.verifier.ob2.Ob2Verifier;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.Detail;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.Step;
import org.tessera.verifier.sdjwt.SdJwtExpectations;
import org.tessera.verifier.sdjwt.SdJwtOutcome;
import org.tessera.verifier.sdjwt.SdJwtVerifier;
import org.tessera.verifier.status.StatusFreshness;
import org.tessera.verifier.trust.TrustLookup;
import org.tessera.verifier.trust.TrustSource;

/**
 * The fixed order of DESIGN §8: parse → header → key → signature, each needing the previous one;
 * once the signature holds, claims → validity → schema → jsonld → trust → status → cmf all run,
 * so one report lists every problem, except that status is skipped when trust failed (an
 * untrusted issuer costs no fetch: decision 0029). A failure before the signature skips
 * everything after it. One deadline bounds the whole run.
 */
public final class Pipeline {

  /** Check ids in pipeline order (stable: part of the report contract). */
  public static final List<String> ORDER = List.of(ParseCheck.ID, HeaderCheck.ID,
      KeyResolutionCheck.ID, SignatureCheck.ID, ClaimsCheck.ID, ValidityCheck.ID, SchemaCheck.ID,
      JsonLdCheck.ID, TrustCheck.ID, StatusCheck.ID, CmfCheck.ID);

  /** How many checks of {@link #ORDER} authenticate the token before the rules run. */
  private static final int AUTHENTICATING = 4;

  /**
   * The checks, built once and shared by every verification: the four that authenticate the
   * token, then the rules in report order (one of them {@code cmf}, whose verdict the report
   * also shows).
   */
  public record Checks(ParseCheck parse, HeaderCheck header, KeyResolutionCheck key,
      SignatureCheck signature, List<CredentialRule> rules, CmfCheck cmf) {

    public Checks {
      Objects.requireNonNull(parse);
      Objects.requireNonNull(header);
      Objects.requireNonNull(key);
      Objects.requireNonNull(signature);
      rules = List.copyOf(rules);
      Objects.requireNonNull(cmf);
      List<String> ids = rules.stream().map(CredentialRule::id).toList();
      if (!ids.equals(ORDER.subList(AUTHENTICATING, ORDER.size())) || !rules.contains(cmf)) {
        throw new IllegalArgumentException("the rules must follow Pipeline.ORDER: " + ids);
      }
      for (CredentialRule rule : rules) {
        rule.requires().filter(id -> ids.indexOf(id) < 0 || ids.indexOf(id) >= ids.indexOf(rule.id()))
            .ifPresent(id -> {
              throw new IllegalArgumentException(rule.id() + " requires a later rule: " + id);
            });
      }
    }
  }

  private final Checks checks;
  private final TrustSource trustSource;
  private final Duration deadline;
  private final Optional<Ob2Verifier> openBadges2;
  private final Optional<SdJwtVerifier> sdJwt;

  /** @param deadline how long one verification may take, fetches included */
  public Pipeline(Checks checks, TrustSource trustSource, Duration deadline) {
    this(checks, trustSource, deadline, Optional.empty());
  }

  /** @param openBadges2 verifies Open Badges 2.0 input; without it such input is refused */
  public Pipeline(Checks checks, TrustSource trustSource, Duration deadline,
      Optional<Ob2Verifier> openBadges2) {
    this(checks, trustSource, deadline, openBadges2, Optional.empty());
  }

  /** @param sdJwt verifies SD-JWT VCs; without it such input is refused as malformed */
  public Pipeline(Checks checks, TrustSource trustSource, Duration deadline,
      Optional<Ob2Verifier> openBadges2, Optional<SdJwtVerifier> sdJwt) {
    this.checks = Objects.requireNonNull(checks, "checks");
    this.trustSource = Objects.requireNonNull(trustSource, "trustSource");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.openBadges2 = Objects.requireNonNull(openBadges2, "openBadges2");
    this.sdJwt = Objects.requireNonNull(sdJwt, "sdJwt");
  }

  /**
   * Verifies {@code input} as an SD-JWT VC, whatever it looks like (other input fails its parse
   * check): the entry point of callers that asked for one, such as an OpenID4VP verifier.
   *
   * @throws IllegalStateException if this pipeline was built without an SD-JWT verifier
   */
  public VerificationReport runSdJwt(String input, SdJwtExpectations expected,
      StatusFreshness statusFreshness) {
    SdJwtVerifier verifier = sdJwt.orElseThrow(
        () -> new IllegalStateException("no SD-JWT verifier configured"));
    return runSdJwt(verifier, input, expected, statusFreshness, Deadline.after(deadline));
  }

  private VerificationReport runSdJwt(SdJwtVerifier verifier, String input,
      SdJwtExpectations expected, StatusFreshness statusFreshness, Deadline until) {
    TrustLookup trust = trustSource.current();
    return sdJwtReport(verifier.verify(input, expected, trust, statusFreshness, until), trust);
  }

  /** An SD-JWT VC outcome as the one report; its checks are {@link SdJwtVerifier#ORDER}. */
  private static VerificationReport sdJwtReport(SdJwtOutcome outcome, TrustLookup trust) {
    boolean failed = outcome.checks().stream().anyMatch(CheckResult::isFailed);
    Optional<VerifiedCredential> proof = failed || outcome.claims().isEmpty()
        ? Optional.empty()
        : Optional.of(new VerifiedCredential(outcome.claims().get(),
            outcome.issuerId().orElseThrow(), outcome.kid().orElseThrow()));
    return VerificationReport.of(outcome.checks(), outcome.claims(), Optional.empty(),
        outcome.trustId().flatMap(id -> TrustCheck.issuerInfo(trust, id)),
        TrustCheck.trustListSequence(trust), proof,
        VerificationReport.CredentialFormat.SD_JWT_VC, outcome.summary());
  }

  /** How long one verification may take, fetches included. */
  public Duration deadline() {
    return deadline;
  }

  /** Verifies with cached status lists trusted for their whole {@code ttl}. */
  public VerificationReport run(String input) {
    return run(input, StatusFreshness.CACHED);
  }

  /** @param statusFreshness whether cached status lists are revalidated with the issuer first */
  public VerificationReport run(String input, StatusFreshness statusFreshness) {
    return run(input, statusFreshness, Optional.empty());
  }

  /**
   * @param recipientEmail for an Open Badges 2.0 assertion: the address it must be issued to
   */
  public VerificationReport run(String input, StatusFreshness statusFreshness,
      Optional<String> recipientEmail) {
    return run(input, statusFreshness, recipientEmail, Deadline.after(deadline));
  }

  /**
   * As {@link #run(String, StatusFreshness)} within {@code until}, a deadline shared with other
   * runs (the credentials embedded in one learner record).
   */
  public VerificationReport run(String input, StatusFreshness statusFreshness, Deadline until) {
    return run(input, statusFreshness, Optional.empty(), until);
  }

  private VerificationReport run(String input, StatusFreshness statusFreshness,
      Optional<String> recipientEmail, Deadline until) {
    if (sdJwt.isPresent() && SdJwtVerifier.accepts(input)) {
      return runSdJwt(sdJwt.get(), input, SdJwtExpectations.none(), statusFreshness, until);
    }
    List<CheckResult> results = new ArrayList<>();
    Step<ParsedCredentialJwt> parsed = checks.parse().run(input);
    if (parsed.value().isEmpty()) {
      // Only what is no OB 3.0 credential is looked at as OB 2.0: the common case pays nothing.
      Optional<VerificationReport> ob2 = openBadges2(input, recipientEmail, until);
      if (ob2.isPresent()) {
        return ob2.get();
      }
    }
    results.add(parsed.result());
    if (parsed.value().isEmpty()) {
      return unauthenticated(results);
    }
    ParsedCredentialJwt jwt = parsed.value().get();
    Step<JwsAlgorithm> alg = checks.header().run(jwt);
    results.add(alg.result());
    if (alg.value().isEmpty()) {
      return unauthenticated(results);
    }
    // The issuer is still a claim here: it only selects which keys may have signed.
    String claimedIssuer = CredentialFields.issuerId(jwt.credential()).orElse("");
    TrustLookup trust = trustSource.current();
    List<JWK> pinned = pinnedKeys(trust, claimedIssuer);
    Step<ResolvedKey> key = checks.key().run(jwt, alg.value().get(), pinned);
    results.add(key.result());
    if (key.value().isEmpty()) {
      return unauthenticated(results);
    }
    Step<ResolvedKey> signature = checks.signature().run(jwt.jwt(), key.value().get());
    results.add(signature.result());
    if (signature.value().isEmpty()) {
      return unauthenticated(results);
    }
    ObjectNode credential = jwt.credential();
    AuthenticatedCredential authenticated =
        new AuthenticatedCredential(jwt, credential, claimedIssuer, trust, pinned,
            statusFreshness, until);
    for (CredentialRule rule : checks.rules()) {
      Optional<String> failedPrerequisite = rule.requires()
          .filter(id -> results.stream().anyMatch(r -> r.id().equals(id) && r.isFailed()));
      results.add(failedPrerequisite.isPresent()
          ? CheckResult.skipped(rule.id(), skippedAfter(failedPrerequisite.get()).with())
          : rule.run(authenticated));
    }
    boolean failed = results.stream().anyMatch(CheckResult::isFailed);
    Optional<VerifiedCredential> proof = failed ? Optional.empty()
        : Optional.of(new VerifiedCredential(credential, claimedIssuer, key.value().get().kid()));
    return VerificationReport.of(results, Optional.of(credential),
        Optional.of(checks.cmf().verdict(credential)),
        TrustCheck.issuerInfo(trust, claimedIssuer), TrustCheck.trustListSequence(trust), proof);
  }

  /** The report on an Open Badges 2.0 assertion; empty when the input is none. */
  private Optional<VerificationReport> openBadges2(String input, Optional<String> recipientEmail,
      Deadline until) {
    if (openBadges2.isEmpty()) {
      return Optional.empty();
    }
    TrustLookup trust = trustSource.current();
    return openBadges2.get().verify(input, recipientEmail, trust, until)
        .map(outcome -> openBadges2Report(outcome, trust));
  }

  /** An OB 2.0 outcome as the one report; its checks are the OB 2.0 verifier's own. */
  private static VerificationReport openBadges2Report(Ob2Outcome outcome, TrustLookup trust) {
    boolean failed = outcome.checks().stream().anyMatch(CheckResult::isFailed);
    Optional<VerifiedCredential> proof = failed || outcome.assertion().isEmpty()
        ? Optional.empty()
        : Optional.of(new VerifiedCredential(outcome.assertion().get(),
            outcome.issuerId().orElseThrow(), outcome.proof().orElseThrow()));
    return VerificationReport.of(outcome.checks(), outcome.assertion(), Optional.empty(),
        outcome.issuerId().flatMap(id -> TrustCheck.issuerInfo(trust, id)),
        TrustCheck.trustListSequence(trust), proof,
        VerificationReport.CredentialFormat.OPEN_BADGES_2);
  }

  private static List<JWK> pinnedKeys(TrustLookup trust, String issuerId) {
    if (trust instanceof TrustLookup.Available available) {
      return available.trustList().issuer(issuerId).map(TrustedIssuer::pinnedKeys)
          .orElse(List.of());
    }
    return List.of();
  }

  /** A report for a token whose signature was never verified: the rest is skipped. */
  private static VerificationReport unauthenticated(List<CheckResult> results) {
    Detail skipped = skippedAfter(results.get(results.size() - 1).id()).with();
    for (String id : ORDER.subList(results.size(), ORDER.size())) {
      results.add(CheckResult.skipped(id, skipped));
    }
    return VerificationReport.of(results, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty());
  }

  /** The checks up to the signature stop the pipeline; a failed trust check skips status. */
  private static DetailKey skippedAfter(String failedId) {
    return switch (failedId) {
      case ParseCheck.ID -> DetailKey.SKIPPED_PARSE_FAILED;
      case HeaderCheck.ID -> DetailKey.SKIPPED_HEADER_FAILED;
      case KeyResolutionCheck.ID -> DetailKey.SKIPPED_KEY_FAILED;
      case SignatureCheck.ID -> DetailKey.SKIPPED_SIGNATURE_FAILED;
      case TrustCheck.ID -> DetailKey.SKIPPED_TRUST_FAILED;
      default -> throw new IllegalStateException(failedId + " skips no other check");
    };
  }
}
