package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.verifier.checks.CmfCheck;
import org.tessera.verifier.checks.HeaderCheck;
import org.tessera.verifier.checks.JsonLdCheck;
import org.tessera.verifier.checks.ParseCheck;
import org.tessera.verifier.checks.SignatureCheck;
import org.tessera.verifier.checks.StatusCheck;
import org.tessera.verifier.checks.TrustCheck;
import org.tessera.verifier.checks.ValidityCheck;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.fetch.SafeFetcher;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckRun;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.trust.TrustLookup;

/**
 * Verifies an Open Badges 2.0 assertion (docs/verifier.md, "Open Badges 2.0"): authenticate it
 * (hosted: the copy at its id; signed: the JWS with the key its issuer owns), follow it to its
 * BadgeClass and issuer Profile, then validity, recipient, JSON-LD terms, trust and revocation.
 * There is no holder binding and no CMF verdict: the {@code cmf} check is not applicable. All
 * documents are fetched through the verifier's {@link SafeFetcher}; the context is bundled.
 */
public final class Ob2Verifier {

  public static final String HOSTED_ID = HostedAssertion.ID;
  public static final String BADGE_ID = BadgeChain.BADGE_ID;
  public static final String ISSUER_ID = BadgeChain.ISSUER_ID;
  public static final String RECIPIENT_ID = "ob2.recipient";

  /** Check ids of a hosted assertion, in report order. */
  public static final List<String> HOSTED_ORDER = List.of(ParseCheck.ID, HostedAssertion.ID,
      BadgeChain.BADGE_ID, BadgeChain.ISSUER_ID, ValidityCheck.ID, RECIPIENT_ID, JsonLdCheck.ID,
      TrustCheck.ID, StatusCheck.ID, CmfCheck.ID);

  /** Check ids of a signed assertion, in report order. */
  public static final List<String> SIGNED_ORDER = List.of(ParseCheck.ID, HeaderCheck.ID,
      SignatureCheck.ID, BadgeChain.BADGE_ID, BadgeChain.ISSUER_ID, ValidityCheck.ID,
      RECIPIENT_ID, JsonLdCheck.ID, TrustCheck.ID, StatusCheck.ID, CmfCheck.ID);

  /** The OB 2.0 check ids that are not also OB 3.0 ones (for pages naming checks). */
  public static final List<String> OWN_IDS =
      List.of(HOSTED_ID, BADGE_ID, ISSUER_ID, RECIPIENT_ID);

  private final HostedAssertion hosted;
  private final SignedAssertion signed;
  private final BadgeChain chain;
  private final Revocation revocation;
  private final JsonLdTermCheck terms;
  private final Clock clock;
  private final Duration skew;

  public Ob2Verifier(SafeFetcher fetcher, JsonLdTermCheck terms, Clock clock, Duration skew) {
    Ob2Fetcher documents = new Ob2Fetcher(fetcher);
    this.hosted = new HostedAssertion(documents);
    this.signed = new SignedAssertion(documents);
    this.chain = new BadgeChain(documents);
    this.revocation = new Revocation(documents);
    this.terms = Objects.requireNonNull(terms, "terms");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.skew = Objects.requireNonNull(skew, "skew");
  }

  /**
   * The outcome for OB 2.0 input; empty when the input is not OB 2.0 (see {@link Ob2Input}).
   *
   * @param recipientEmail when given, the assertion must have been issued to it; it is compared
   *     and forgotten, never logged or reported
   */
  public Optional<Ob2Outcome> verify(String input, Optional<String> recipientEmail,
      TrustLookup trust, Deadline deadline) {
    return Ob2Input.presented(input).map(p -> verify(p, recipientEmail, trust, deadline));
  }

  private Ob2Outcome verify(Ob2Presented presented, Optional<String> recipientEmail,
      TrustLookup trust, Deadline deadline) {
    boolean isSigned = presented instanceof Ob2Presented.Signed;
    CheckRun run = new CheckRun(isSigned ? SIGNED_ORDER : HOSTED_ORDER);
    Optional<Authenticated> authenticated = isSigned
        ? signed.authenticate((Ob2Presented.Signed) presented, run, deadline)
        : hosted.authenticate(presented, run, deadline);
    if (authenticated.isEmpty()) {
      return new Ob2Outcome(run.stopped(skippedAfter(run)), Optional.empty(),
          Optional.empty(), Optional.empty());
    }
    Optional<BadgeChain.Documents> documents =
        chain.follow(authenticated.get(), run, deadline);
    if (documents.isEmpty()) {
      return new Ob2Outcome(run.stopped(skippedAfter(run)), Optional.empty(),
          Optional.empty(), Optional.empty());
    }
    ObjectNode assertion = authenticated.get().assertion();
    BadgeChain.Documents docs = documents.get();
    Optional<Instant> issuedOn = Ob2Dates.parse(assertion.path("issuedOn").asText());
    run.add(validity(assertion, issuedOn));
    run.add(recipient(assertion, recipientEmail));
    run.add(jsonLd(assertion, docs));
    Instant now = clock.instant();
    CheckResult trusted = run.add(TrustCheck.check(trust, docs.issuerId(),
        issuedOn.orElse(now), now, assertion));
    run.add(trusted.isFailed()
        ? CheckResult.skipped(StatusCheck.ID, DetailKey.SKIPPED_TRUST_FAILED.with())
        : revocation.check(assertion, docs.issuer(), deadline));
    run.add(CheckResult.skipped(CmfCheck.ID, DetailKey.OB2_CMF_NOT_APPLICABLE.with()));
    return new Ob2Outcome(run.results(), Optional.of(withDocuments(assertion, docs)),
        Optional.of(docs.issuerId()), Optional.of(authenticated.get().proof()));
  }

  private CheckResult validity(ObjectNode assertion, Optional<Instant> issuedOn) {
    Instant now = clock.instant();
    Optional<Instant> expires = assertion.has("expires")
        ? Ob2Dates.parse(assertion.path("expires").asText()) : Optional.empty();
    if (issuedOn.isEmpty() || assertion.has("expires") && expires.isEmpty()) {
      return CheckResult.failed(ValidityCheck.ID, ErrorCode.OB2_ASSERTION_INVALID);
    }
    if (issuedOn.get().isAfter(now.plus(skew))) {
      return CheckResult.failed(ValidityCheck.ID, ErrorCode.NOT_YET_VALID);
    }
    if (expires.isPresent() && expires.get().isBefore(now.minus(skew))) {
      return CheckResult.failed(ValidityCheck.ID, ErrorCode.OB2_EXPIRED);
    }
    return CheckResult.passed(ValidityCheck.ID, expires
        .map(e -> DetailKey.VALIDITY_UNTIL.with(e.toString()))
        .orElseGet(DetailKey.VALIDITY_NO_END::with));
  }

  private static CheckResult recipient(ObjectNode assertion, Optional<String> email) {
    if (email.isEmpty()) {
      return CheckResult.skipped(RECIPIENT_ID, DetailKey.OB2_RECIPIENT_NOT_CHECKED.with());
    }
    return Recipient.matches(assertion.path("recipient"), email.get())
        ? CheckResult.passed(RECIPIENT_ID, DetailKey.OB2_RECIPIENT_OK.with())
        : CheckResult.failed(RECIPIENT_ID, ErrorCode.OB2_RECIPIENT_MISMATCH);
  }

  /** Each of the three documents names the OB 2.0 context and uses only terms it defines. */
  private CheckResult jsonLd(ObjectNode assertion, BadgeChain.Documents docs) {
    for (ObjectNode document : List.of(assertion, docs.badge(), docs.issuer())) {
      if (!Ob2Context.isNamedBy(document.get("@context")) || !terms.check(document).ok()) {
        return CheckResult.failed(JsonLdCheck.ID, ErrorCode.JSONLD_INVALID);
      }
    }
    return CheckResult.passed(JsonLdCheck.ID, DetailKey.JSONLD_OK.with());
  }

  /** The assertion as a page shows it: BadgeClass and issuer Profile in place of their links. */
  private static ObjectNode withDocuments(ObjectNode assertion, BadgeChain.Documents docs) {
    ObjectNode view = assertion.deepCopy();
    ObjectNode badge = docs.badge().deepCopy();
    badge.set("issuer", docs.issuer().deepCopy());
    view.set("badge", badge);
    return view;
  }

  private static DetailKey skippedAfter(CheckRun run) {
    String failed = run.lastId();
    return switch (failed) {
      case ParseCheck.ID -> DetailKey.SKIPPED_PARSE_FAILED;
      case HeaderCheck.ID -> DetailKey.SKIPPED_HEADER_FAILED;
      case SignatureCheck.ID -> DetailKey.SKIPPED_SIGNATURE_FAILED;
      case HostedAssertion.ID -> DetailKey.SKIPPED_OB2_HOSTED_FAILED;
      case BadgeChain.BADGE_ID -> DetailKey.SKIPPED_OB2_BADGE_FAILED;
      case BadgeChain.ISSUER_ID -> DetailKey.SKIPPED_OB2_ISSUER_FAILED;
      default -> throw new IllegalStateException(failed + " skips no other check");
    };
  }
}
