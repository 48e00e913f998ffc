package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.status.JwtAuthenticator;
import org.tessera.verifier.status.StatusFreshness;
import org.tessera.verifier.status.StatusListFetches;
import org.tessera.verifier.status.StatusListLookup;
import org.tessera.verifier.status.StatusListService;
import org.tessera.verifier.status.StatusListSnapshot;

/**
 * Check 10, status: for every {@code credentialStatus} entry (object or array), fetch and
 * authenticate its Bitstring Status List — issued by the credential's own issuer — and read the
 * bit. Revocation wins over suspension; any entry that cannot be checked fails the check. The
 * entries and distinct lists are capped ({@link VerificationLimits}), the lists fetched at once
 * within the verification's deadline, and only for an issuer the trust check did not refuse.
 */
public final class StatusCheck implements CredentialRule {

  public static final String ID = "status";

  private static final String ENTRY_TYPE = "BitstringStatusListEntry";

  private final StatusListFetches lists;
  private final VerificationLimits limits;
  private final HeaderCheck header;
  private final KeyResolutionCheck keys;
  private final SignatureCheck signature;

  /** With the default limits. */
  public StatusCheck(StatusListService lists, HeaderCheck header, KeyResolutionCheck keys,
      SignatureCheck signature) {
    this(new StatusListFetches(lists), VerificationLimits.defaults(), header, keys, signature);
  }

  public StatusCheck(StatusListFetches lists, VerificationLimits limits, HeaderCheck header,
      KeyResolutionCheck keys, SignatureCheck signature) {
    this.lists = Objects.requireNonNull(lists, "lists");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.header = Objects.requireNonNull(header, "header");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.signature = Objects.requireNonNull(signature, "signature");
  }

  @Override
  public String id() {
    return ID;
  }

  /** An issuer the trust list does not vouch for costs no fetch: its verdict is settled. */
  @Override
  public Optional<String> requires() {
    return Optional.of(TrustCheck.ID);
  }

  @Override
  public CheckResult run(AuthenticatedCredential credential) {
    return check(credential.credential(), credential.issuerId(), credential.pinnedKeys(),
        credential.statusFreshness(), credential.deadline());
  }

  /** As {@link #run}, with a deadline of its own. */
  CheckResult check(ObjectNode credential, String issuerId, List<JWK> pinnedKeys) {
    return check(credential, issuerId, pinnedKeys, Deadline.after(limits.deadline()));
  }

  /** @param pinnedKeys keys the trust list pins for the issuer */
  CheckResult check(ObjectNode credential, String issuerId, List<JWK> pinnedKeys,
      Deadline deadline) {
    return check(credential, issuerId, pinnedKeys, StatusFreshness.CACHED, deadline);
  }

  CheckResult check(ObjectNode credential, String issuerId, List<JWK> pinnedKeys,
      StatusFreshness freshness, Deadline deadline) {
    JsonNode status = credential.get("credentialStatus");
    if (status == null) {
      return CheckResult.passed(ID, DetailKey.STATUS_NO_ENTRY.with());
    }
    List<JsonNode> nodes = new ArrayList<>();
    if (status.isArray()) {
      status.forEach(nodes::add);
    } else {
      nodes.add(status);
    }
    if (nodes.isEmpty()) {
      return CheckResult.failed(ID, ErrorCode.STATUS_LIST_INVALID, "empty credentialStatus");
    }
    // Counted before anything is parsed or fetched: the caps bound the work, not only the wait.
    if (nodes.size() > limits.maxStatusEntries()) {
      return CheckResult.failed(ID, ErrorCode.STATUS_LIMIT_EXCEEDED, "the credential has "
          + nodes.size() + " status entries; at most " + limits.maxStatusEntries() + " are checked");
    }
    List<Entry> entries = new ArrayList<>();
    for (JsonNode node : nodes) {
      Optional<Entry> parsed = Entry.parse(node);
      if (parsed.isEmpty()) {
        return CheckResult.failed(ID, ErrorCode.STATUS_LIST_INVALID,
            "a credentialStatus entry is not a usable " + ENTRY_TYPE);
      }
      entries.add(parsed.get());
    }
    Map<String, URI> distinct = new LinkedHashMap<>();
    entries.forEach(entry -> distinct.putIfAbsent(entry.list().toString(), entry.list()));
    if (distinct.size() > limits.maxStatusLists()) {
      return CheckResult.failed(ID, ErrorCode.STATUS_LIMIT_EXCEEDED, "the credential names "
          + distinct.size() + " status lists; at most " + limits.maxStatusLists() + " are fetched");
    }
    JwtAuthenticator authenticator = JwtAuthentication.with(header, keys, signature, pinnedKeys);
    Map<String, StatusListLookup> loaded =
        lists.loadAll(distinct.values(), issuerId, authenticator, freshness, deadline);
    boolean suspended = false;
    for (Entry entry : entries) {
      StatusListLookup lookup = loaded.get(entry.list().toString());
      if (lookup instanceof StatusListLookup.Refused refused) {
        return CheckResult.failed(ID, refused.code(), refused.message());
      }
      StatusListSnapshot snapshot = ((StatusListLookup.Loaded) lookup).snapshot();
      if (snapshot.purpose() != entry.purpose()) {
        return CheckResult.failed(ID, ErrorCode.STATUS_LIST_INVALID,
            "the status list's purpose differs from the entry's");
      }
      if (entry.index() >= snapshot.list().size()) {
        return CheckResult.failed(ID, ErrorCode.STATUS_LIST_INVALID,
            "the status index is outside the list");
      }
      if (snapshot.list().get(entry.index())) {
        if (entry.purpose() == StatusPurpose.REVOCATION) {
          return CheckResult.failed(ID, ErrorCode.REVOKED, "the credential has been revoked");
        }
        suspended = true;
      }
    }
    if (suspended) {
      return CheckResult.failed(ID, ErrorCode.SUSPENDED, "the credential is suspended");
    }
    return CheckResult.passed(ID, entries.size() == 1 ? DetailKey.STATUS_OK.with()
        : DetailKey.STATUS_OK_LISTS.with(String.valueOf(entries.size())));
  }

  /** One well-formed status entry. */
  private record Entry(StatusPurpose purpose, int index, URI list) {

    static Optional<Entry> parse(JsonNode entry) {
      if (!entry.isObject() || !ENTRY_TYPE.equals(entry.path("type").asText())) {
        return Optional.empty();
      }
      Optional<StatusPurpose> purpose = StatusPurpose.fromValue(entry.path("statusPurpose").asText());
      JsonNode index = entry.get("statusListIndex");
      JsonNode list = entry.get("statusListCredential");
      if (purpose.isEmpty() || index == null || list == null || !list.isTextual()) {
        return Optional.empty();
      }
      Optional<Integer> position = index(index);
      try {
        URI uri = new URI(list.asText());
        return position.map(p -> new Entry(purpose.get(), p, uri));
      } catch (java.net.URISyntaxException e) {
        return Optional.empty();
      }
    }

    /** A non-negative index, written as a decimal string (spec) or, leniently, a number. */
    private static Optional<Integer> index(JsonNode node) {
      String text = node.isTextual() ? node.asText() : node.isIntegralNumber() ? node.asText() : "";
      if (!text.matches("[0-9]{1,10}")) {
        return Optional.empty();
      }
      long value = Long.parseLong(text);
      return value > Integer.MAX_VALUE ? Optional.empty() : Optional.of((int) value);
    }
  }
}
