package org.tessera.verifier.presentation;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.tessera.shared.jose.JwsAlgorithm;
import org.tessera.shared.json.Json;
import org.tessera.verifier.keys.KeyResolver;
import org.tessera.verifier.keys.ResolvedKey;
import org.tessera.verifier.pipeline.VerificationReport;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.result.Step;

/**
 * Verifies a presentation: parse → header → holder key → signature, each needing the previous
 * one (a presentation that is not authenticated is not looked into: its credentials are not
 * checked); then nonce, audience, time, every credential through the single-credential pipeline,
 * holder binding, and last the replay check, which records the presentation only when all else
 * passed. Thread-safe; one instance per verifier. An OpenID4VP transaction calls
 * {@link #verify} with its own nonce and client identifier.
 */
public final class PresentationVerifier {

  public static final String CREDENTIALS_ID = "vp.credentials";
  public static final String REPLAY_ID = "vp.replay";

  /** Check ids in order (stable: part of the report contract). */
  public static final List<String> ORDER = List.of(PresentationParser.ID,
      PresentationHeaderCheck.ID, HolderAuthentication.KEY_ID, HolderAuthentication.SIGNATURE_ID,
      PresentationClaimsCheck.NONCE_ID, PresentationClaimsCheck.AUDIENCE_ID,
      PresentationClaimsCheck.TIME_ID, CREDENTIALS_ID, HolderBinding.ID, REPLAY_ID);

  private final Function<String, VerificationReport> credentials;
  private final PresentationParser parser;
  private final PresentationHeaderCheck header = new PresentationHeaderCheck();
  private final HolderAuthentication holder;
  private final PresentationClaimsCheck claims;
  private final ReplayStore replays;
  private final Clock clock;

  /**
   * @param credentials the single-credential verification each presented credential goes
   *     through (compact JWT, or the JSON of an enveloped credential)
   * @param keys resolves the holder's key
   * @param replays remembers accepted presentations
   * @param clockSkew tolerance for {@code iat}, {@code nbf} and {@code exp}
   */
  public PresentationVerifier(Function<String, VerificationReport> credentials, KeyResolver keys,
      ReplayStore replays, PresentationPolicy policy, Duration clockSkew, Clock clock) {
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.parser = new PresentationParser(Objects.requireNonNull(policy, "policy"));
    this.holder = new HolderAuthentication(keys);
    this.replays = Objects.requireNonNull(replays, "replays");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.claims = new PresentationClaimsCheck(clock, policy.window(), clockSkew);
  }

  /** Verifies against this verifier's own replay store. */
  public PresentationReport verify(String input, PresentationExpectations expected) {
    return verify(input, expected, replays);
  }

  /**
   * Verifies against {@code replayStore}, e.g. one an OpenID4VP transaction store shares with
   * its other nodes.
   */
  public PresentationReport verify(String input, PresentationExpectations expected,
      ReplayStore replayStore) {
    Objects.requireNonNull(expected, "expected");
    Objects.requireNonNull(replayStore, "replayStore");
    List<CheckResult> results = new ArrayList<>();
    Step<ParsedPresentation> parsed = parser.run(input);
    results.add(parsed.result());
    if (parsed.value().isEmpty()) {
      return unauthenticated(results, Optional.empty());
    }
    ParsedPresentation vp = parsed.value().get();
    Optional<PresentationShape> shape = Optional.of(vp.shape());
    Step<JwsAlgorithm> alg = header.run(vp);
    results.add(alg.result());
    if (alg.value().isEmpty()) {
      return unauthenticated(results, shape);
    }
    Step<ResolvedKey> key = holder.key(vp, alg.value().get());
    results.add(key.result());
    if (key.value().isEmpty()) {
      return unauthenticated(results, shape);
    }
    Step<ResolvedKey> signature = holder.signature(vp, key.value().get());
    results.add(signature.result());
    if (signature.value().isEmpty()) {
      return unauthenticated(results, shape);
    }
    results.add(claims.nonce(vp, expected));
    results.add(claims.audience(vp, expected));
    results.add(claims.time(vp));
    List<PresentedCredential> presented = verifyCredentials(vp);
    results.add(credentialsCheck(presented));
    results.add(HolderBinding.check(presented, vp.holder()));
    results.add(replay(vp, expected, results, replayStore));
    return PresentationReport.of(results, shape, Optional.of(vp.holder()), presented);
  }

  private List<PresentedCredential> verifyCredentials(ParsedPresentation vp) {
    List<PresentedCredential> presented = new ArrayList<>();
    for (JsonNode entry : vp.credentials()) {
      // A string is a compact JWT; an object an enveloped credential (anything else the
      // pipeline reports as malformed or unsupported, in its own words).
      VerificationReport report =
          credentials.apply(entry.isTextual() ? entry.asText() : Json.write(entry));
      presented.add(new PresentedCredential(presented.size() + 1,
          HolderBinding.of(report, vp.holder()), report));
    }
    return presented;
  }

  private static CheckResult credentialsCheck(List<PresentedCredential> presented) {
    List<String> failed = presented.stream().filter(c -> !c.report().verified())
        .map(c -> c.position() + " (" + c.report().errorCodes().stream().map(Enum::name)
            .reduce((a, b) -> a + ", " + b).orElse("") + ")")
        .toList();
    if (!failed.isEmpty()) {
      return CheckResult.failed(CREDENTIALS_ID, ErrorCode.CREDENTIAL_NOT_VERIFIED,
          "credential(s) " + String.join("; ", failed) + " of " + presented.size()
              + " did not verify");
    }
    return CheckResult.passed(CREDENTIALS_ID,
        DetailKey.VP_CREDENTIALS_OK.with(String.valueOf(presented.size())));
  }

  /**
   * Records the presentation when everything else passed (atomically: of two concurrent
   * submissions one wins); otherwise only says whether it had been accepted before.
   */
  private CheckResult replay(ParsedPresentation vp, PresentationExpectations expected,
      List<CheckResult> results, ReplayStore replays) {
    List<String> keys = replayKeys(vp, expected);
    if (results.stream().anyMatch(CheckResult::isFailed)) {
      return replays.seen(keys) ? CheckResult.failed(REPLAY_ID, ErrorCode.PRESENTATION_REPLAYED)
          : CheckResult.skipped(REPLAY_ID, DetailKey.SKIPPED_VP_NOT_ACCEPTED.with());
    }
    return switch (replays.record(keys, clock.instant().plus(claims.memory()))) {
      case FIRST_USE -> CheckResult.passed(REPLAY_ID, DetailKey.VP_REPLAY_OK.with());
      case REPLAYED -> CheckResult.failed(REPLAY_ID, ErrorCode.PRESENTATION_REPLAYED);
      case FULL -> CheckResult.failed(REPLAY_ID, ErrorCode.REPLAY_CHECK_UNAVAILABLE);
    };
  }

  /**
   * The signed bytes without the signature (a re-encoded signature is the same presentation),
   * and the audience with the nonce (one nonce buys one accepted presentation), both hashed.
   */
  static List<String> replayKeys(ParsedPresentation vp, PresentationExpectations expected) {
    return List.of("vp:" + sha256(vp.signingInput()),
        "nonce:" + sha256((expected.audience().length() + ":" + expected.audience()
            + expected.nonce())
            .getBytes(StandardCharsets.UTF_8)));
  }

  /** A report for a presentation that was not authenticated: the remaining checks skipped. */
  private static PresentationReport unauthenticated(List<CheckResult> results,
      Optional<PresentationShape> shape) {
    for (String id : ORDER.subList(results.size(), ORDER.size())) {
      results.add(CheckResult.skipped(id, DetailKey.SKIPPED_VP_UNAUTHENTICATED.with()));
    }
    return PresentationReport.of(results, shape, Optional.empty(), List.of());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }
}
