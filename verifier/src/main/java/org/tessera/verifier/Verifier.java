package org.tessera.verifier;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.cmf.CmfPolicy;
import org.tessera.shared.jsonld.JsonLdTermCheck;
import org.tessera.shared.schema.CredentialSchemaValidator;
import org.tessera.verifier.checks.ClaimsCheck;
import org.tessera.verifier.checks.CmfCheck;
import org.tessera.verifier.checks.HeaderCheck;
import org.tessera.verifier.checks.JsonLdCheck;
import org.tessera.verifier.checks.KeyResolutionCheck;
import org.tessera.verifier.checks.ParseCheck;
import org.tessera.verifier.checks.SchemaCheck;
import org.tessera.verifier.checks.SignatureCheck;
import org.tessera.verifier.checks.StatusCheck;
import org.tessera.verifier.checks.TrustCheck;
import org.tessera.verifier.checks.ValidityCheck;
import org.tessera.verifier.fetch.SafeFetcher;
import org.tessera.verifier.keys.DidWebResolver;
import org.tessera.verifier.keys.KeyResolver;
import org.tessera.verifier.ob2.Ob2Verifier;
import org.tessera.verifier.pipeline.Pipeline;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.sdjwt.SdJwtExpectations;
import org.tessera.verifier.sdjwt.SdJwtVerifier;
import org.tessera.verifier.status.StatusFreshness;
import org.tessera.verifier.status.StatusListFetches;
import org.tessera.verifier.presentation.InMemoryReplayStore;
import org.tessera.verifier.presentation.PresentationExpectations;
import org.tessera.verifier.presentation.PresentationPolicy;
import org.tessera.verifier.presentation.PresentationReport;
import org.tessera.verifier.presentation.PresentationVerifier;
import org.tessera.verifier.presentation.ReplayStore;
import org.tessera.verifier.status.StatusListService;
import org.tessera.verifier.trust.PinnedTrustSource;
import org.tessera.verifier.trust.TrustListLocation;
import org.tessera.verifier.trust.TrustLookup;
import org.tessera.verifier.trust.TrustSource;
import org.tessera.verifier.ops.VerifierMetrics;
import org.tessera.verifier.transcript.ClrRecord;
import org.tessera.verifier.transcript.TranscriptReport;
import org.tessera.verifier.transcript.TranscriptVerifier;

/**
 * The verifier library: one instance per configuration, thread-safe, shared by the CLI, the HTTP
 * API and the page. Caches (DID documents, status lists, schemas, contexts) live in the instance.
 */
public final class Verifier {

  static final int MAX_CACHED_STATUS_LISTS = 64;

  private final Pipeline pipeline;
  private final TrustSource trustSource;
  private final boolean trustListConfigured;
  private final VerifierMetrics metrics;
  private final PresentationVerifier presentations;
  private final ReplayStore replays;
  private final TranscriptVerifier transcripts;
  private final VerificationSlots slots = VerificationSlots.forThisMachine();

  private Verifier(Pipeline pipeline, TrustSource trustSource, boolean trustListConfigured,
      VerifierMetrics metrics, KeyResolver keys, PresentationPolicy policy, Duration clockSkew,
      Clock clock) {
    this.pipeline = pipeline;
    this.trustSource = trustSource;
    this.trustListConfigured = trustListConfigured;
    this.metrics = metrics;
    this.replays = new InMemoryReplayStore(policy.replayCapacity(), clock);
    this.presentations = new PresentationVerifier(this::verifyInSlot, keys, replays, policy,
        clockSkew, clock);
    this.transcripts = new TranscriptVerifier(pipeline::run, pipeline.deadline());
  }

  /**
   * With the default presentation limits.
   *
   * @throws IllegalArgumentException if the trust anchor cannot be read (configuration error)
   */
  public static Verifier create(VerifierConfig config, Clock clock, SafeFetcher fetcher) {
    return create(config, PresentationPolicy.defaults(), clock, fetcher);
  }

  /**
   * @throws IllegalArgumentException if the trust anchor cannot be read (configuration error)
   */
  public static Verifier create(VerifierConfig config, PresentationPolicy presentationPolicy,
      Clock clock, SafeFetcher fetcher) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(presentationPolicy, "presentationPolicy");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(fetcher, "fetcher");
    VerifierMetrics metrics = new VerifierMetrics();
    HeaderCheck header = new HeaderCheck();
    KeyResolver keys = new KeyResolver(
        new DidWebResolver(fetcher, config.allowHttpLocalhost(), clock, metrics));
    KeyResolutionCheck key = new KeyResolutionCheck(keys);
    SignatureCheck signature = new SignatureCheck();
    StatusListService statusLists =
        new StatusListService(fetcher, clock, MAX_CACHED_STATUS_LISTS, metrics);
    CmfCheck cmf = new CmfCheck(CmfPolicy.EU_CMF);
    JsonLdTermCheck jsonLdTerms = new JsonLdTermCheck();
    Pipeline.Checks checks = new Pipeline.Checks(new ParseCheck(), header, key, signature,
        List.of(new ClaimsCheck(), new ValidityCheck(clock, config.clockSkew()),
            new SchemaCheck(new CredentialSchemaValidator()),
            new JsonLdCheck(jsonLdTerms), new TrustCheck(clock),
            new StatusCheck(new StatusListFetches(statusLists), config.limits(), header, key,
                signature), cmf),
        cmf);
    TrustSource trust = trustSource(config, clock, fetcher, metrics);
    Ob2Verifier openBadges2 = new Ob2Verifier(fetcher, jsonLdTerms, clock, config.clockSkew());
    SdJwtVerifier sdJwt = new SdJwtVerifier(fetcher, keys, clock, config.clockSkew(),
        presentationPolicy.window());
    return new Verifier(new Pipeline(checks, trust, config.limits().deadline(),
        Optional.of(openBadges2), Optional.of(sdJwt)), trust,
        config.trustList().isPresent(), metrics, keys, presentationPolicy, config.clockSkew(),
        clock);
  }

  /**
   * Verifies a compact JWT, an enveloped credential or a {@code {verifiableCredential}} JSON; an
   * Open Badges 2.0 assertion (JSON, signed JWS or URL) is verified as such (docs/verifier.md).
   */
  public VerificationReport verify(String input) {
    return verify(input, StatusFreshness.CACHED);
  }

  /**
   * As {@link #verify(String)}; {@link StatusFreshness#REVALIDATED} for a person looking at the
   * result, who must see a revocation within seconds.
   */
  public VerificationReport verify(String input, StatusFreshness statusFreshness) {
    return verify(input, statusFreshness, Optional.empty());
  }

  /**
   * As {@link #verify(String, StatusFreshness)}; an Open Badges 2.0 assertion must also have
   * been issued to {@code recipientEmail} when one is given (ignored for other credentials).
   */
  public VerificationReport verify(String input, StatusFreshness statusFreshness,
      Optional<String> recipientEmail) {
    return slots.run(() -> verifyInSlot(input, statusFreshness, recipientEmail));
  }

  /** The credentials of a presentation run in the presentation's slot. */
  private VerificationReport verifyInSlot(String input) {
    return verifyInSlot(input, StatusFreshness.CACHED, Optional.empty());
  }

  private VerificationReport verifyInSlot(String input, StatusFreshness statusFreshness,
      Optional<String> recipientEmail) {
    VerificationReport report = pipeline.run(input, statusFreshness, recipientEmail);
    metrics.verification(report.verified(), report.errorCodes().stream().findFirst());
    return report;
  }

  /**
   * The transcript of a Comprehensive Learner Record (docs/decisions/0044): when {@code report}
   * is the report of a {@code ClrCredential} whose signature verified, every credential it embeds
   * is verified through the same pipeline (in a slot of its own); empty for any other report.
   */
  public Optional<TranscriptReport> transcript(VerificationReport report,
      StatusFreshness statusFreshness) {
    if (report.credential().filter(ClrRecord::isClr).isEmpty()) {
      return Optional.empty();
    }
    return slots.run(() -> transcripts.verify(report, statusFreshness));
  }

  /**
   * What a share link may hold: the credential verified, its issuer vouched for by the trust list
   * and, for a learner record, every credential it embeds verified.
   */
  public boolean verifiedAndTrusted(String input) {
    VerificationReport report = verify(input);
    return report.verifiedAndTrusted() && transcript(report, StatusFreshness.CACHED)
        .map(TranscriptReport::verified).orElse(true);
  }

  /**
   * Verifies a presentation of credentials by one holder (a VP JWT, a {@code vp+jwt} or an
   * {@code EnvelopedVerifiablePresentation}) against what the verifier asked for; every
   * credential in it goes through {@link #verify}. An accepted presentation is refused when it
   * comes again (this instance remembers it for the presentation window).
   */
  public PresentationReport verifyPresentation(String presentation,
      PresentationExpectations expected) {
    return slots.run(() -> presentations.verify(presentation, expected));
  }

  /** As above, remembering accepted presentations in {@code replays} instead of this instance. */
  public PresentationReport verifyPresentation(String presentation,
      PresentationExpectations expected, ReplayStore replays) {
    return slots.run(() -> presentations.verify(presentation, expected, replays));
  }

  /**
   * The store {@link #verifyPresentation(String, PresentationExpectations)} remembers accepted
   * presentations in, for flows that verify against a view of it (an OpenID4VP answer).
   */
  public ReplayStore replayStore() {
    return replays;
  }

  /**
   * Verifies an SD-JWT VC presentation ({@code <jwt>~<disclosure>~…~[<kb-jwt>]}): with a nonce
   * or audience expected, it must carry a key-binding JWT with exactly those. The report shows
   * only the disclosed claims ({@link VerificationReport#sdJwt()}). OpenID4VP
   * {@code dc+sd-jwt} answers come here with the request's nonce and client id.
   */
  public VerificationReport verifySdJwt(String presentation, SdJwtExpectations expected) {
    return verifySdJwt(presentation, expected, StatusFreshness.CACHED);
  }

  /** As above, with the status list revalidated when {@code REVALIDATED}. */
  public VerificationReport verifySdJwt(String presentation, SdJwtExpectations expected,
      StatusFreshness statusFreshness) {
    return slots.run(() -> {
      VerificationReport report = pipeline.runSdJwt(presentation, expected, statusFreshness);
      metrics.verification(report.verified(), report.errorCodes().stream().findFirst());
      return report;
    });
  }

  /** Ready to serve: the configured trust list (if any) is loaded and valid. */
  public boolean ready() {
    return !trustListConfigured || trustSource.current() instanceof TrustLookup.Available;
  }

  /** This instance's metrics (verification outcomes, cache hits, HTTP latency). */
  public VerifierMetrics metrics() {
    return metrics;
  }

  private static TrustSource trustSource(VerifierConfig config, Clock clock, SafeFetcher fetcher,
      VerifierMetrics metrics) {
    if (config.noTrustList()) {
      return TrustSource.disabled();
    }
    if (config.trustList().isEmpty()) {
      return TrustSource.missing();
    }
    JWK anchor = readAnchor(config.trustAnchor().orElseThrow());
    return new PinnedTrustSource(TrustListLocation.parse(config.trustList().get()), anchor,
        fetcher, clock, PinnedTrustSource.backgroundRefresher(), metrics);
  }

  /** Reads the anchor's public JWK; a private key file is refused (it must not be deployed). */
  static JWK readAnchor(Path file) {
    try {
      JWK jwk = JWK.parse(Files.readString(file, StandardCharsets.UTF_8));
      if (jwk.isPrivate()) {
        throw new IllegalArgumentException(
            "the trust anchor file must hold the PUBLIC key only: " + file);
      }
      return jwk;
    } catch (IOException | ParseException e) {
      throw new IllegalArgumentException("cannot read the trust anchor key " + file, e);
    }
  }
}
