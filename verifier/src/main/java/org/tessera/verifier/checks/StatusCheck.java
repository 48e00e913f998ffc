package org.tessera.verifier.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.jwk.JWK;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.status.StatusPurpose;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;
import org.tessera.verifier.status.JwtAuthenticator;
import org.tessera.verifier.status.StatusListLookup;
import org.tessera.verifier.status.StatusListService;
import org.tessera.verifier.status.StatusListSnapshot;

/**
 * Check 10, status: for every {@code credentialStatus} entry (object or array), fetch and
 * authenticate its Bitstring Status List — issued by the credential's own issuer — and read the
 * bit. Revocation wins over suspension; any entry that cannot be checked fails the check.
 */
public final class StatusCheck implements CredentialRule {

  public static final String ID = "status";

  private static final String ENTRY_TYPE = "BitstringStatusListEntry";

  private final StatusListService lists;
  private final HeaderCheck header;
  private final KeyResolutionCheck keys;
  private final SignatureCheck signature;

  public StatusCheck(StatusListService lists, HeaderCheck header, KeyResolutionCheck keys,
      SignatureCheck signature) {
    this.lists = Objects.requireNonNull(lists, "lists");
    this.header = Objects.requireNonNull(header, "header");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.signature = Objects.requireNonNull(signature, "signature");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public CheckResult run(AuthenticatedCredential credential) {
    return check(credential.credential(), credential.issuerId(), credential.pinnedKeys());
  }

  /** @param pinnedKeys keys the trust list pins for the issuer */
  CheckResult check(ObjectNode credential, String issuerId, List<JWK> pinnedKeys) {
    JsonNode status = credential.get("credentialStatus");
    if (status == null) {
      return CheckResult.passed(ID, DetailKey.STATUS_NO_ENTRY.with());
    }
    List<JsonNode> entries = new ArrayList<>();
    if (status.isArray()) {
      status.forEach(entries::add);
    } else {
      entries.add(status);
    }
    if (entries.isEmpty()) {
      return CheckResult.failed(ID, ErrorCode.STATUS_LIST_INVALID, "empty credentialStatus");
    }
    JwtAuthenticator authenticator = JwtAuthentication.with(header, keys, signature, pinnedKeys);
    boolean suspended = false;
    for (JsonNode entry : entries) {
      Optional<Entry> parsed = Entry.parse(entry);
      if (parsed.isEmpty()) {
        return CheckResult.failed(ID, ErrorCode.STATUS_LIST_INVALID,
            "a credentialStatus entry is not a usable " + ENTRY_TYPE);
      }
      StatusListLookup lookup = lists.load(parsed.get().list(), issuerId, authenticator);
      if (lookup instanceof StatusListLookup.Refused refused) {
        return CheckResult.failed(ID, refused.code(), refused.message());
      }
      StatusListSnapshot snapshot = ((StatusListLookup.Loaded) lookup).snapshot();
      if (snapshot.purpose() != parsed.get().purpose()) {
        return CheckResult.failed(ID, ErrorCode.STATUS_LIST_INVALID,
            "the status list's purpose differs from the entry's");
      }
      if (parsed.get().index() >= snapshot.list().size()) {
        return CheckResult.failed(ID, ErrorCode.STATUS_LIST_INVALID,
            "the status index is outside the list");
      }
      if (snapshot.list().get(parsed.get().index())) {
        if (parsed.get().purpose() == StatusPurpose.REVOCATION) {
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
