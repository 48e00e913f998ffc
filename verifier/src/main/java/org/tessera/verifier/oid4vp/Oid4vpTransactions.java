package org.tessera.verifier.oid4vp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.tessera.shared.json.Json;
import org.tessera.verifier.presentation.PresentationExpectations;
import org.tessera.verifier.presentation.ReplayStore;
import org.tessera.verifier.result.ErrorCode;

/**
 * The OpenID4VP 1.0 verifier (decision 0037): creates a transaction for a named DCQL query,
 * hands out its signed request object once, takes its one {@code direct_post} answer, and
 * lets only the holder of the read token see the result. Thread-safe.
 */
public final class Oid4vpTransactions {

  public static final String REQUEST_PATH = "/oid4vp/requests/";
  public static final String RESPONSE_PATH = "/oid4vp/response";
  public static final String SCHEME = "openid4vp://";

  private final VerifierIdentity identity;
  private final DcqlQueries queries;
  private final Oid4vpPolicy policy;
  private final TransactionStore store;
  private final VpTokenCheck vpTokens;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();

  /**
   * @param presentations verifies each presentation ({@code Verifier::verifyPresentation})
   * @param sdJwts verifies each {@code dc+sd-jwt} presentation ({@code Verifier::verifySdJwt})
   * @param replays the verifier's store of accepted presentations
   */
  public Oid4vpTransactions(PresentationCheck presentations, SdJwtCheck sdJwts,
      ReplayStore replays, VerifierIdentity identity, DcqlQueries queries, Oid4vpPolicy policy, Clock clock) {
    this.identity = Objects.requireNonNull(identity, "identity");
    this.queries = Objects.requireNonNull(queries, "queries");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.store = new TransactionStore(policy.capacity(), policy.lifetime(), clock);
    this.vpTokens = new VpTokenCheck(presentations, sdJwts, replays, policy);
  }

  /** A new transaction: where the wallet finds it, and the secret that reads its result. */
  public record Created(String id, String readToken, String clientId, String requestUri,
      String authorizationRequest, Instant expiresAt) {}

  /** What the creator reads: the phase, and the result once answered. */
  public record Status(Transaction.Phase phase, boolean expired, Optional<TransactionResult> result,
      DcqlQuery query, Instant expiresAt) {

    public ObjectNode toJson() {
      ObjectNode json = Json.object().put("status", result.isPresent() ? "answered"
          : expired ? "expired" : phase == Transaction.Phase.WAITING_FOR_WALLET ? "waiting"
          : "in-progress").put("query", query.name())
          .put("expiresAt", expiresAt.toString());
      result.ifPresent(r -> json.set("result", r.toJson()));
      return json;
    }
  }

  public VerifierIdentity identity() {
    return identity;
  }

  public DcqlQueries queries() {
    return queries;
  }

  /** Whether {@link ClientIdPrefix#REDIRECT_URI} transactions may be created (development). */
  public boolean redirectUriAllowed() {
    return policy.allowRedirectUri();
  }

  /**
   * A transaction for {@code query} (one of {@link #queries()}), or why there is none.
   *
   * @throws IllegalArgumentException for {@code redirect_uri} when it is not allowed
   */
  public Result<Created> create(DcqlQuery query, ClientIdPrefix prefix, ResponseMode mode) {
    boolean byValue = prefix == ClientIdPrefix.REDIRECT_URI;
    if (byValue && !policy.allowRedirectUri()) {
      throw new IllegalArgumentException("redirect_uri client identifiers are not enabled");
    }
    String id = secret();
    String readToken = secret();
    Transaction transaction = new Transaction(id, secret(), secret(), sha256(readToken),
        query, byValue ? "redirect_uri:" + identity.url(RESPONSE_PATH) : identity.clientId(),
        byValue, mode == ResponseMode.DIRECT_POST_JWT
            ? Optional.of(EncryptedResponse.newKey(id)) : Optional.empty(),
        clock.instant().plus(policy.lifetime()));
    if (!store.add(transaction)) {
      return Result.refused(new Oid4vpOutcome(503, Oid4vpOutcome.TEMPORARILY_UNAVAILABLE,
          ErrorCode.TRANSACTION_STORE_FULL, ErrorCode.TRANSACTION_STORE_FULL.description()));
    }
    return Result.of(new Created(transaction.id(), readToken, transaction.clientId(),
        identity.url(REQUEST_PATH + transaction.id()), link(transaction),
        transaction.expiresAt()));
  }

  /** The {@code openid4vp://} link of transaction {@code id}, while it is held. */
  public Optional<String> authorizationRequest(String id) {
    return store.byId(id).map(this::link);
  }

  /**
   * By reference: the client identifier and the request URI, all else in the signed request
   * object. By value ({@code redirect_uri:}): every parameter in the link, unsigned.
   */
  private String link(Transaction transaction) {
    if (transaction.clientId().equals(identity.clientId())) {
      return SCHEME + "?client_id=" + encode(identity.clientId()) + "&request_uri="
          + encode(identity.url(REQUEST_PATH + transaction.id()));
    }
    StringBuilder link = new StringBuilder(SCHEME).append('?');
    requestParameters(transaction).properties().forEach(p -> link
        .append(link.charAt(link.length() - 1) == '?' ? "" : "&").append(p.getKey()).append('=')
        .append(encode(p.getValue().isTextual() ? p.getValue().asText()
            : Json.write(p.getValue()))));
    return link.toString();
  }

  /**
   * The signed request object, once: a second fetch (the same wallet again or anyone else who
   * saw the link) is refused, so the nonce and state reach one party.
   *
   * @param walletNonce the {@code wallet_nonce} of a {@code request_uri_method=post} fetch
   */
  public Result<String> requestObject(String id, Optional<String> walletNonce) {
    // A by-value (redirect_uri) request has no request object to fetch.
    Optional<Transaction> found = store.byId(id)
        .filter(t -> t.clientId().equals(identity.clientId()));
    if (found.isEmpty()) {
      return Result.refused(Oid4vpOutcome.invalidRequestUri(404, ErrorCode.TRANSACTION_NOT_FOUND));
    }
    Transaction transaction = found.get();
    if (transaction.expired(clock.instant())) {
      return Result.refused(Oid4vpOutcome.invalidRequestUri(400, ErrorCode.TRANSACTION_EXPIRED));
    }
    if (!store.advance(transaction, Transaction.Phase.WAITING_FOR_WALLET,
        Transaction.Phase.REQUEST_FETCHED)) {
      return Result.refused(
          Oid4vpOutcome.invalidRequestUri(400, ErrorCode.REQUEST_OBJECT_ALREADY_FETCHED));
    }
    return Result.of(identity.signRequestObject(
        Json.write(requestObjectPayload(transaction, walletNonce))));
  }

  private ObjectNode requestObjectPayload(Transaction transaction, Optional<String> walletNonce) {
    // No iss: OpenID4VP says wallets ignore it, and some read it as the signer's DID.
    ObjectNode payload = Json.object()
        .put("aud", "https://self-issued.me/v2")
        .put("iat", clock.instant().getEpochSecond())
        .put("exp", transaction.expiresAt().getEpochSecond());
    payload.setAll(requestParameters(transaction));
    walletNonce.ifPresent(n -> payload.put("wallet_nonce", n));
    return payload;
  }

  /** The authorization request parameters, in the request object or the link. */
  private ObjectNode requestParameters(Transaction transaction) {
    ObjectNode payload = Json.object()
        .put("client_id", transaction.clientId())
        .put("response_type", "vp_token")
        .put("response_mode", transaction.responseMode().value())
        .put("response_uri", identity.url(RESPONSE_PATH))
        .put("nonce", transaction.nonce())
        .put("state", transaction.state());
    payload.set("dcql_query", transaction.query().json());
    ObjectNode metadata = payload.putObject("client_metadata");
    ObjectNode formats = metadata.putObject("vp_formats_supported");
    ArrayNode algs = formats.putObject(CredentialQuery.JWT_VC_JSON).putArray("alg_values");
    algs.add("ES256").add("EdDSA").add("RS256");
    transaction.responseKey().ifPresent(key -> {
      metadata.putObject("jwks").putArray("keys")
          .add(Json.parseUntrustedObject(key.toPublicJWK().toJSONString()).orElseThrow());
      ArrayNode encs = metadata.putArray("encrypted_response_enc_values_supported");
      EncryptedResponse.ENCS.stream().map(Object::toString).sorted().forEach(encs::add);
    });
    return payload;
  }

  /**
   * The wallet's one answer ({@code direct_post}): {@code vp_token}, or an OAuth {@code error}
   * (the user declined). Any answer that names an open transaction uses it up, whatever its
   * outcome; the result is kept for the creator.
   */
  public Result<TransactionResult> answer(Optional<String> state, Optional<String> vpToken,
      Optional<String> walletError) {
    Optional<Transaction> found = state.flatMap(store::byState);
    if (found.isEmpty()) {
      return Result.refused(Oid4vpOutcome.invalidRequest(ErrorCode.TRANSACTION_NOT_FOUND));
    }
    if (found.get().responseMode() != ResponseMode.DIRECT_POST) {
      // Not used up: the sender knew the state, so it is the wallet, and may send it encrypted.
      return Result.refused(Oid4vpOutcome.invalidRequest(ErrorCode.RESPONSE_ENCRYPTION_INVALID));
    }
    return answer(found.get(), vpToken, walletError);
  }

  /**
   * A {@code direct_post.jwt} answer: the JWE's kid names the transaction; only a JWE that
   * decrypts with its key and carries its state uses the transaction up (anyone who saw the QR
   * code knows the id, so anything less must not end it).
   */
  public Result<TransactionResult> answerEncrypted(String response) {
    if (response.length() > policy.maxVpTokenChars() / 3 * 4 + 4096) {
      return Result.refused(Oid4vpOutcome.invalidRequest(ErrorCode.VP_TOKEN_TOO_LARGE));
    }
    Optional<Transaction> found = EncryptedResponse.kid(response).flatMap(store::byId);
    if (found.isEmpty()) {
      return Result.refused(Oid4vpOutcome.invalidRequest(ErrorCode.TRANSACTION_NOT_FOUND));
    }
    Transaction transaction = found.get();
    Optional<ObjectNode> params = transaction.responseKey()
        .flatMap(key -> EncryptedResponse.decrypt(response, key));
    if (params.isEmpty()) {
      return Result.refused(Oid4vpOutcome.invalidRequest(ErrorCode.RESPONSE_ENCRYPTION_INVALID));
    }
    String state = params.get().path("state").asText("");
    if (!MessageDigest.isEqual(state.getBytes(StandardCharsets.UTF_8),
        transaction.state().getBytes(StandardCharsets.UTF_8))) {
      return Result.refused(Oid4vpOutcome.invalidRequest(ErrorCode.TRANSACTION_NOT_FOUND));
    }
    Optional<String> vpToken = Optional.ofNullable(params.get().get("vp_token"))
        .filter(v -> !v.isNull()).map(v -> v.isTextual() ? v.asText() : Json.write(v));
    Optional<String> error = Optional.ofNullable(params.get().get("error"))
        .filter(e -> e.isTextual()).map(e -> e.asText());
    return answer(transaction, vpToken, error);
  }

  private Result<TransactionResult> answer(Transaction transaction, Optional<String> vpToken,
      Optional<String> walletError) {
    if (transaction.expired(clock.instant())) {
      return Result.refused(Oid4vpOutcome.invalidRequest(ErrorCode.TRANSACTION_EXPIRED));
    }
    if (!store.advance(transaction, Transaction.Phase.REQUEST_FETCHED,
        Transaction.Phase.VERIFYING)) {
      return Result.refused(Oid4vpOutcome.invalidRequest(
          transaction.phase() == Transaction.Phase.WAITING_FOR_WALLET
              ? ErrorCode.TRANSACTION_NOT_FOUND : ErrorCode.TRANSACTION_ALREADY_ANSWERED));
    }
    TransactionResult result;
    try {
      result = outcome(transaction, vpToken, walletError);
    } catch (RuntimeException e) {
      // Fail closed: the transaction is used up either way, and the creator learns it failed.
      transaction.answered(TransactionResult.refused(ErrorCode.VP_TOKEN_MALFORMED,
          "the answer could not be verified"));
      throw e;
    }
    transaction.answered(result);
    if (walletError.isPresent() && vpToken.isEmpty()) {
      return Result.of(result);
    }
    return result.verified() ? Result.of(result) : Result.refused(new Oid4vpOutcome(400,
        result.errors().contains(ErrorCode.VP_TOKEN_MALFORMED)
            || result.errors().contains(ErrorCode.VP_TOKEN_TOO_LARGE)
            ? Oid4vpOutcome.INVALID_REQUEST : Oid4vpOutcome.ACCESS_DENIED,
        result.errors().get(0), result.message().orElse(result.errors().get(0).description())));
  }

  private TransactionResult outcome(Transaction transaction, Optional<String> vpToken,
      Optional<String> walletError) {
    if (vpToken.isEmpty()) {
      return walletError.isPresent()
          ? TransactionResult.refused(ErrorCode.WALLET_DECLINED, "the wallet answered "
              + (walletError.get().matches("[a-z_]{1,64}") ? walletError.get() : "an error"))
          : TransactionResult.refused(ErrorCode.VP_TOKEN_MALFORMED, "no vp_token");
    }
    return vpTokens.check(vpToken.get(), transaction.query(),
        new PresentationExpectations(transaction.nonce(), transaction.clientId()));
  }

  /** The transaction's status for the holder of its read token; empty for anyone else. */
  public Optional<Status> status(String id, String readToken) {
    Optional<Transaction> found = store.byId(id);
    if (found.isEmpty() || readToken == null
        || !MessageDigest.isEqual(found.get().readTokenHash(), sha256(readToken))) {
      return Optional.empty();
    }
    Transaction transaction = found.get();
    return Optional.of(new Status(transaction.phase(), transaction.expired(clock.instant()),
        transaction.result(), transaction.query(), transaction.expiresAt()));
  }

  /** 128 random bits, base64url: URL-safe as OpenID4VP requires of nonce and state. */
  private String secret() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A value or the refusal. */
  public record Result<T>(Optional<T> value, Optional<Oid4vpOutcome> refusal) {
    static <T> Result<T> of(T value) {
      return new Result<>(Optional.of(value), Optional.empty());
    }

    static <T> Result<T> refused(Oid4vpOutcome refusal) {
      return new Result<>(Optional.empty(), Optional.of(refusal));
    }
  }
}
