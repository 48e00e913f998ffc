package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.tessera.verifier.checks.ParseCheck;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckRun;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * A hosted assertion is authentic when its issuer hosts it: the copy fetched from its
 * {@code id} (under the network rules) is the assertion, and a presented copy must equal it
 * member for member. Where it may be hosted is the issuer check's concern.
 */
final class HostedAssertion {

  static final String ID = "ob2.hosted";

  private final Ob2Fetcher fetcher;

  HostedAssertion(Ob2Fetcher fetcher) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /** Runs {@code parse} and {@code ob2.hosted}; empty when either failed. */
  Optional<Authenticated> authenticate(Ob2Presented presented, CheckRun run, Deadline deadline) {
    Optional<ObjectNode> given = presented instanceof Ob2Presented.HostedJson json
        ? Optional.of(json.assertion()) : Optional.empty();
    if (given.isPresent() && !AssertionShape.isHosted(given.get())) {
      run.add(CheckResult.failed(ParseCheck.ID, ErrorCode.OB2_ASSERTION_INVALID));
      return Optional.empty();
    }
    run.add(CheckResult.passed(ParseCheck.ID, DetailKey.OB2_PARSE_HOSTED.with()));
    URI url = given.map(a -> Ob2Json.url(Ob2Json.id(a)).orElseThrow())
        .orElseGet(() -> ((Ob2Presented.HostedUrl) presented).url());
    Ob2Fetcher.Fetched fetched = fetcher.document(url, deadline);
    if (!(fetched instanceof Ob2Fetcher.Fetched.Found found)) {
      run.add(CheckResult.failed(ID, fetched instanceof Ob2Fetcher.Fetched.Blocked
          ? ErrorCode.FETCH_BLOCKED : ErrorCode.OB2_HOSTED_UNREACHABLE));
      return Optional.empty();
    }
    ObjectNode hosted = found.document();
    if (!AssertionShape.isHosted(hosted)) {
      run.add(CheckResult.failed(ID, ErrorCode.OB2_ASSERTION_INVALID));
      return Optional.empty();
    }
    if (given.isPresent() && !given.get().equals(hosted)) {
      run.add(CheckResult.failed(ID, ErrorCode.OB2_HOSTED_MISMATCH));
      return Optional.empty();
    }
    run.add(CheckResult.passed(ID, DetailKey.OB2_HOSTED_OK.with(url.toString())));
    return Optional.of(new Authenticated(hosted, url.toString(), Optional.empty()));
  }
}
