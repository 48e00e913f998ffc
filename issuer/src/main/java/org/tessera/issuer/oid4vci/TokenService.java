package org.tessera.issuer.oid4vci;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.issuer.store.Database;
import org.tessera.shared.json.Json;

/**
 * The token endpoint of the pre-authorized code grant (OpenID4VCI 1.0 §6): a pre-authorized code
 * (and transaction code, when the offer has one) becomes a short-lived access token, once.
 */
final class TokenService {

  private static final Logger LOG = LoggerFactory.getLogger(TokenService.class);
  private static final int MAX_PARAM_LENGTH = 512;

  private final Database db;
  private final OfferRepository offers;
  private final AccessTokenRepository tokens;
  private final NonceService nonces;
  private final Secrets secrets;
  private final Oid4vciSettings settings;
  private final Clock clock;

  TokenService(Database db, OfferRepository offers, AccessTokenRepository tokens,
      NonceService nonces, Secrets secrets, Oid4vciSettings settings, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.offers = Objects.requireNonNull(offers, "offers");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.nonces = Objects.requireNonNull(nonces, "nonces");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** @param form the form-encoded parameters, each with all its values */
  OAuthResponse exchange(Map<String, List<String>> form) {
    for (List<String> values : form.values()) {
      // RFC 6749 §3.2: parameters must not be repeated.
      if (values.size() != 1 || values.get(0).length() > MAX_PARAM_LENGTH) {
        return OAuthResponse.error(OAuthError.INVALID_REQUEST,
            "repeated or oversized parameter");
      }
    }
    Optional<String> grantType = single(form, "grant_type");
    if (grantType.isEmpty()) {
      return OAuthResponse.error(OAuthError.INVALID_REQUEST, "grant_type is missing");
    }
    if (!grantType.get().equals(IssuerMetadata.PRE_AUTHORIZED_GRANT)) {
      return OAuthResponse.error(OAuthError.UNSUPPORTED_GRANT_TYPE,
          "only the pre-authorized code grant is supported");
    }
    Optional<String> code = single(form, "pre-authorized_code");
    if (code.isEmpty()) {
      return OAuthResponse.error(OAuthError.INVALID_REQUEST, "pre-authorized_code is missing");
    }
    Optional<String> txCode = single(form, "tx_code");
    Instant now = clock.instant();
    String accessToken = secrets.token();
    OAuthResponse response = db.inTransaction(c -> {
      Optional<OfferRow> found = offers.findByCodeHash(c, Secrets.hash(code.get()));
      if (found.isEmpty() || !found.get().usableAt(now)) {
        return OAuthResponse.error(OAuthError.INVALID_GRANT,
            "the pre-authorized code is unknown, used or expired");
      }
      OfferRow offer = found.get();
      if (offer.txCodeHash().isPresent() != txCode.isPresent()) {
        return OAuthResponse.error(OAuthError.INVALID_REQUEST, offer.txCodeHash().isPresent()
            ? "tx_code is required" : "tx_code was not expected");
      }
      if (offer.txCodeHash().isPresent() && !sameHash(offer.txCodeHash().get(), txCode.get())) {
        if (offers.countTxCodeFailure(c, offer.id()) >= settings.maxTxCodeFailures()) {
          offers.transition(c, offer.id(), OfferRow.State.LOCKED);
          LOG.info("offer {} locked after too many wrong transaction codes", offer.id());
        }
        return OAuthResponse.error(OAuthError.INVALID_GRANT, "wrong tx_code");
      }
      if (!offers.transition(c, offer.id(), OfferRow.State.REDEEMED)) {
        return OAuthResponse.error(OAuthError.INVALID_GRANT,
            "the pre-authorized code is unknown, used or expired");
      }
      tokens.insert(c, Secrets.hash(accessToken), offer.id(), offer.credentialId(),
          now.plus(settings.accessTokenTtl()));
      LOG.info("offer {} redeemed", offer.id());
      ObjectNode body = Json.object();
      body.put("access_token", accessToken);
      body.put("token_type", "Bearer");
      body.put("expires_in", settings.accessTokenTtl().toSeconds());
      return OAuthResponse.ok(body);
    });
    // Draft 13 wallets take their first c_nonce from here; 1.0 wallets ignore it.
    return response.error().isEmpty()
        ? OAuthResponse.ok(nonces.withFreshNonce(response.body())) : response;
  }

  private static Optional<String> single(Map<String, List<String>> form, String name) {
    List<String> values = form.get(name);
    return values == null || values.isEmpty() || values.get(0).isEmpty()
        ? Optional.empty() : Optional.of(values.get(0));
  }

  private static boolean sameHash(String storedHash, String presented) {
    return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
        Secrets.hash(presented).getBytes(StandardCharsets.US_ASCII));
  }
}
