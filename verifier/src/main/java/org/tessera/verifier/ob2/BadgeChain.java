package org.tessera.verifier.ob2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tessera.verifier.fetch.Deadline;
import org.tessera.verifier.result.CheckResult;
import org.tessera.verifier.result.CheckRun;
import org.tessera.verifier.result.DetailKey;
import org.tessera.verifier.result.ErrorCode;

/**
 * The documents an authenticated assertion points to: its BadgeClass ({@code ob2.badge}) and
 * the issuer Profile that BadgeClass names ({@code ob2.issuer}), each fetched from its id (an
 * embedded copy is never trusted). The issuer vouches for the assertion and the BadgeClass by
 * where they are hosted ({@link IssuerOrigins}), and for a signed assertion by owning and listing
 * the key: the key's {@code owner} is the Profile, and the Profile's {@code publicKey} names it.
 */
final class BadgeChain {

  static final String BADGE_ID = "ob2.badge";
  static final String ISSUER_ID = "ob2.issuer";

  /** The fetched BadgeClass and issuer Profile. */
  record Documents(ObjectNode badge, ObjectNode issuer, String issuerId) {}

  private final Ob2Fetcher fetcher;

  BadgeChain(Ob2Fetcher fetcher) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /** Runs {@code ob2.badge} then {@code ob2.issuer}; empty (and stopped) when one failed. */
  Optional<Documents> follow(Authenticated authenticated, CheckRun run, Deadline deadline) {
    ObjectNode assertion = authenticated.assertion();
    URI badgeUrl = Ob2Json.url(Ob2Json.ref(assertion.get("badge"))).orElseThrow();
    Ob2Fetcher.Fetched badgeFetch = fetcher.document(badgeUrl, deadline);
    Optional<ObjectNode> badge = found(badgeFetch).filter(b -> Ob2Json.hasType(b, "BadgeClass"));
    Optional<URI> issuerUrl = badge.flatMap(b -> Ob2Json.url(Ob2Json.ref(b.get("issuer"))));
    if (issuerUrl.isEmpty()) {
      run.add(CheckResult.failed(BADGE_ID, refusal(badgeFetch, ErrorCode.OB2_BADGE_UNREACHABLE)));
      return Optional.empty();
    }
    run.add(CheckResult.passed(BADGE_ID, DetailKey.OB2_BADGE_OK.with(badgeUrl.toString())));
    Ob2Fetcher.Fetched issuerFetch = fetcher.document(issuerUrl.get(), deadline);
    Optional<ObjectNode> issuer = found(issuerFetch)
        .filter(p -> Ob2Json.hasType(p, "Issuer", "Profile"));
    if (issuer.isEmpty()) {
      run.add(CheckResult.failed(ISSUER_ID,
          refusal(issuerFetch, ErrorCode.OB2_ISSUER_UNREACHABLE)));
      return Optional.empty();
    }
    Optional<ErrorCode> vouch = vouchRefusal(authenticated, badgeUrl, issuerUrl.get(),
        issuer.get());
    if (vouch.isPresent()) {
      run.add(CheckResult.failed(ISSUER_ID, vouch.get()));
      return Optional.empty();
    }
    run.add(CheckResult.passed(ISSUER_ID,
        DetailKey.OB2_ISSUER_OK.with(issuerUrl.get().toString())));
    return Optional.of(new Documents(badge.get(), issuer.get(), issuerUrl.get().toString()));
  }

  private static Optional<ErrorCode> vouchRefusal(Authenticated authenticated, URI badgeUrl,
      URI issuerUrl, ObjectNode issuer) {
    IssuerOrigins origins = new IssuerOrigins(issuerUrl, issuer);
    boolean hosted = authenticated.signingKey().isEmpty();
    if (!origins.allows(badgeUrl) || hosted && !origins.allows(URI.create(authenticated.proof()))) {
      return Optional.of(ErrorCode.OB2_ISSUER_MISMATCH);
    }
    if (authenticated.signingKey().isPresent()) {
      ObjectNode key = authenticated.signingKey().get();
      boolean owned = Ob2Json.ref(key.get("owner")).filter(issuerUrl.toString()::equals)
          .isPresent();
      boolean listed = publicKeys(issuer).contains(authenticated.proof());
      if (!owned || !listed) {
        return Optional.of(ErrorCode.OB2_KEY_NOT_OWNED);
      }
    }
    return Optional.empty();
  }

  /** The Profile's {@code publicKey}: one link or a list of them. */
  private static List<String> publicKeys(ObjectNode issuer) {
    JsonNode node = issuer.get("publicKey");
    if (node == null) {
      return List.of();
    }
    if (!node.isArray()) {
      return Ob2Json.ref(node).stream().toList();
    }
    List<String> keys = new ArrayList<>();
    node.forEach(k -> Ob2Json.ref(k).ifPresent(keys::add));
    return keys;
  }

  private static Optional<ObjectNode> found(Ob2Fetcher.Fetched fetched) {
    return fetched instanceof Ob2Fetcher.Fetched.Found f ? Optional.of(f.document())
        : Optional.empty();
  }

  private static ErrorCode refusal(Ob2Fetcher.Fetched fetched, ErrorCode otherwise) {
    return fetched instanceof Ob2Fetcher.Fetched.Blocked ? ErrorCode.FETCH_BLOCKED : otherwise;
  }
}
