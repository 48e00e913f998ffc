package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.tessera.verifier.checks.StatusCheck;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * OB 2.0 revocation: the assertion's own {@code revoked: true}, or its id (or {@code uid}) in
 * the {@code revokedAssertions} of the RevocationList the issuer Profile names as
 * {@code revocationList} (fetched under the network rules, at most 2 MiB). A list that cannot
 * be read fails closed.
 */
final class Revocation {

  private final Ob2Fetcher fetcher;

  Revocation(Ob2Fetcher fetcher) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  CheckResult check(JsonNode assertion, JsonNode issuer, Deadline deadline) {
    if (assertion.path("revoked").asBoolean(false)) {
      return CheckResult.failed(StatusCheck.ID, ErrorCode.OB2_REVOKED);
    }
    if (!issuer.has("revocationList")) {
      return CheckResult.passed(StatusCheck.ID, DetailKey.OB2_STATUS_NO_LIST.with());
    }
    Optional<URI> url = Ob2Json.url(Ob2Json.ref(issuer.get("revocationList")));
    if (url.isEmpty()) {
      return CheckResult.failed(StatusCheck.ID, ErrorCode.OB2_REVOCATION_LIST_UNAVAILABLE);
    }
    Ob2Fetcher.Fetched fetched = fetcher.revocationList(url.get(), deadline);
    if (fetched instanceof Ob2Fetcher.Fetched.Blocked) {
      return CheckResult.failed(StatusCheck.ID, ErrorCode.FETCH_BLOCKED);
    }
    if (!(fetched instanceof Ob2Fetcher.Fetched.Found found)
        || !Ob2Json.hasType(found.document(), "RevocationList")) {
      return CheckResult.failed(StatusCheck.ID, ErrorCode.OB2_REVOCATION_LIST_UNAVAILABLE);
    }
    return lists(found.document(), assertion)
        ? CheckResult.failed(StatusCheck.ID, ErrorCode.OB2_REVOKED)
        : CheckResult.passed(StatusCheck.ID, DetailKey.OB2_STATUS_OK.with());
  }

  /** Entries are the assertion's id, or objects with its {@code id} or {@code uid}. */
  private static boolean lists(ObjectNode list, JsonNode assertion) {
    Optional<String> id = Ob2Json.id(assertion);
    Optional<String> uid = Ob2Json.text(assertion.get("uid"));
    for (JsonNode entry : list.path("revokedAssertions")) {
      Optional<String> entryId = Ob2Json.ref(entry);
      Optional<String> entryUid = Ob2Json.text(entry.get("uid"));
      if (entryId.isPresent() && entryId.equals(id)
          || entryUid.isPresent() && entryUid.equals(uid)) {
        return true;
      }
    }
    return false;
  }
}
