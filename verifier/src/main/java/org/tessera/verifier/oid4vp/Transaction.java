package org.tessera.verifier.oid4vp;

import com.nimbusds.jose.jwk.ECKey;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One OpenID4VP request and its answer. The secrets it was created with: {@code id} (names the
 * request URI and the result; not enough to read it), {@code state} (the wallet's answer names
 * it), {@code nonce}; the read token is kept only as a hash. Its mutable part (request fetched,
 * answer) changes only under the {@link TransactionStore}'s lock.
 */
public final class Transaction {

  /** Where a transaction is in its life. */
  public enum Phase { WAITING_FOR_WALLET, REQUEST_FETCHED, VERIFYING, ANSWERED }

  private final String id;
  private final String state;
  private final String nonce;
  private final byte[] readTokenHash;
  private final DcqlQuery query;
  private final String clientId;
  private final Optional<ECKey> responseKey;
  private final Instant expiresAt;
  private Phase phase;
  private TransactionResult result;

  /**
   * @param clientId the verifier's client identifier for this request, the audience of its VPs
   * @param byValue the request is in the link (unsigned, {@code redirect_uri:}): no request
   *     object to fetch, the wallet may answer at once
   * @param responseKey the private key a {@code direct_post.jwt} answer is encrypted to (kid =
   *     this id); empty for {@code direct_post}
   */
  Transaction(String id, String state, String nonce, byte[] readTokenHash, DcqlQuery query,
      String clientId, boolean byValue, Optional<ECKey> responseKey, Instant expiresAt) {
    this.id = Objects.requireNonNull(id, "id");
    this.state = Objects.requireNonNull(state, "state");
    this.nonce = Objects.requireNonNull(nonce, "nonce");
    this.readTokenHash = readTokenHash.clone();
    this.query = Objects.requireNonNull(query, "query");
    this.clientId = Objects.requireNonNull(clientId, "clientId");
    this.phase = byValue ? Phase.REQUEST_FETCHED : Phase.WAITING_FOR_WALLET;
    this.responseKey = Objects.requireNonNull(responseKey, "responseKey");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
  }

  public String id() {
    return id;
  }

  public String state() {
    return state;
  }

  public String nonce() {
    return nonce;
  }

  public DcqlQuery query() {
    return query;
  }

  public String clientId() {
    return clientId;
  }

  public ResponseMode responseMode() {
    return responseKey.isPresent() ? ResponseMode.DIRECT_POST_JWT : ResponseMode.DIRECT_POST;
  }

  Optional<ECKey> responseKey() {
    return responseKey;
  }

  public Instant expiresAt() {
    return expiresAt;
  }

  byte[] readTokenHash() {
    return readTokenHash.clone();
  }

  synchronized Phase phase() {
    return phase;
  }

  synchronized Optional<TransactionResult> result() {
    return Optional.ofNullable(result);
  }

  synchronized void phase(Phase next) {
    phase = next;
  }

  synchronized void answered(TransactionResult outcome) {
    result = Objects.requireNonNull(outcome, "outcome");
    phase = Phase.ANSWERED;
  }

  boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
