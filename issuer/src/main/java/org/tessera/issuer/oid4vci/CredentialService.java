package org.tessera.issuer.oid4vci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.issuer.audit.AuditAction;
import org.tessera.issuer.audit.AuditLog;
import org.tessera.issuer.issuance.CredentialRepository;
import org.tessera.issuer.issuance.CredentialRow;
import org.tessera.issuer.keys.KeyRing;
import org.tessera.issuer.keys.SigningKey;
import org.tessera.issuer.oid4vci.CredentialRequestReader.Dialect;
import org.tessera.issuer.sdjwt.SdJwtVcIssuer;
import org.tessera.issuer.store.Database;
import org.tessera.shared.json.Json;

/**
 * The credential endpoint: an access token and a key proof in, the offered credential out, now
 * re-signed with {@code credentialSubject.id} = the wallet's DID. Its id and status entries stay
 * as they were. Asked for {@code dc+sd-jwt}, it answers with the award's SD-JWT VC bound to the
 * proof's key instead. On any error nothing changes: no nonce or token is used up, nothing is
 * re-bound or issued.
 */
final class CredentialService {

  private static final Logger LOG = LoggerFactory.getLogger(CredentialService.class);
  private static final String BEARER = "Bearer ";
  private static final int MAX_TOKEN_LENGTH = 256;
  static final String WALLET_ACTOR = "wallet";

  private final Database db;
  private final AccessTokenRepository tokens;
  private final CredentialRepository credentials;
  private final BindingRepository bindings;
  private final AuditLog audit;
  private final NonceService nonces;
  private final ProofVerifier proofs;
  private final KeyRing keys;
  private final SdJwtVcIssuer sdJwt;
  private final Clock clock;

  CredentialService(Database db, AccessTokenRepository tokens, CredentialRepository credentials,
      BindingRepository bindings, AuditLog audit, NonceService nonces,
      ProofVerifier proofs, KeyRing keys, SdJwtVcIssuer sdJwt, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.bindings = Objects.requireNonNull(bindings, "bindings");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.nonces = Objects.requireNonNull(nonces, "nonces");
    this.proofs = Objects.requireNonNull(proofs, "proofs");
    this.keys = Objects.requireNonNull(keys, "keys");
    this.sdJwt = Objects.requireNonNull(sdJwt, "sdJwt");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * A refusal found inside the transaction: thrown to roll it back, answered after it (a fresh
   * nonce needs a connection of its own).
   */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final OAuthError error;
    private final String description;

    Abort(OAuthError error, String description) {
      super(null, null, false, false);
      this.error = error;
      this.description = description;
    }
  }

  /**
   * @param authorization the {@code Authorization} header, if any
   * @param body the raw request body
   */
  OAuthResponse issue(Optional<String> authorization, String body) {
    Optional<String> token = authorization
        .filter(h -> h.regionMatches(true, 0, BEARER, 0, BEARER.length()))
        .map(h -> h.substring(BEARER.length()).strip())
        .filter(t -> !t.isEmpty() && t.length() <= MAX_TOKEN_LENGTH);
    if (token.isEmpty()) {
      return OAuthResponse.error(OAuthError.INVALID_TOKEN, "a bearer access token is required");
    }
    String tokenHash = Secrets.hash(token.get());
    if (db.read(c -> tokens.findActive(c, tokenHash, clock.instant())).isEmpty()) {
      return OAuthResponse.error(OAuthError.INVALID_TOKEN,
          "the access token is unknown, used or expired");
    }
    Optional<ObjectNode> json = Json.parseUntrustedObject(body);
    if (json.isEmpty()) {
      return OAuthResponse.error(OAuthError.INVALID_CREDENTIAL_REQUEST,
          "the body must be one JSON object");
    }
    CredentialRequestReader.Parsed parsed = CredentialRequestReader.read(json.get());
    if (parsed instanceof CredentialRequestReader.Refused refused) {
      return error(refused.dialect(), refused.error(), refused.description());
    }
    CredentialRequestReader.Read request = (CredentialRequestReader.Read) parsed;
    ProofCheck proof = proofs.check(request.proofJwt());
    if (proof instanceof ProofCheck.Invalid invalid) {
      return error(request.dialect(), OAuthError.INVALID_PROOF, invalid.description());
    }
    ProofCheck.Valid valid = (ProofCheck.Valid) proof;
    try {
      String jwt = db.inTransaction(c -> {
        Optional<AccessTokenRepository.Grant> grant = tokens.findActive(c, tokenHash,
            clock.instant());
        if (grant.isEmpty() || !tokens.markUsed(c, tokenHash)) {
          throw new Abort(OAuthError.INVALID_TOKEN,
              "the access token is unknown, used or expired");
        }
        if (!nonces.consume(c, valid.nonce())) {
          throw new Abort(OAuthError.INVALID_NONCE,
              "the proof nonce is unknown, used or expired");
        }
        CredentialRow row = credentials.find(c, grant.get().credentialId())
            .orElseThrow(() -> new IllegalStateException("offered credential is missing"));
        if (row.revoked()) {
          throw new Abort(OAuthError.CREDENTIAL_REQUEST_DENIED,
              "the credential has been revoked");
        }
        if (request.format() == CredentialRequestReader.Format.DC_SD_JWT) {
          // The same award as an SD-JWT VC bound to the proof's key (cnf.jwk); the OB 3.0
          // credential stays as it is.
          return sdJwt.issue(c, row, Optional.of(valid.holderKey()), WALLET_ACTOR);
        }
        ObjectNode credential = Json.parseUntrustedObject(row.credentialJson())
            .orElseThrow(() -> new IllegalStateException("stored credential is not JSON"));
        JsonNode subject = credential.get("credentialSubject");
        if (!(subject instanceof ObjectNode subjectObject)) {
          throw new IllegalStateException("stored credential has no credentialSubject object");
        }
        subjectObject.put("id", valid.holderDid());
        SigningKey key = keys.active();
        String signed = key.sign(credential);
        bindings.rebind(c, row.id(), valid.holderDid(), signed, Json.write(credential),
            key.kid());
        audit.record(c, AuditAction.BIND, WALLET_ACTOR, row.id(), clock.instant());
        LOG.info("credential jti=urn:uuid:{} bound to a wallet key, kid={}", row.id(),
            key.kid());
        return signed;
      });
      return OAuthResponse.ok(success(request.dialect(), jwt));
    } catch (Abort abort) {
      return error(request.dialect(), abort.error, abort.description);
    }
  }

  private ObjectNode success(Dialect dialect, String jwt) {
    ObjectNode body = Json.object();
    if (dialect == Dialect.V1) {
      body.putArray("credentials").addObject().put("credential", jwt);
      return body;
    }
    body.put("credential", jwt);
    return nonces.withFreshNonce(body);
  }

  /**
   * Draft 13 has no {@code invalid_nonce} and no configuration ids: its wallets get
   * {@code invalid_proof} with a fresh {@code c_nonce} to retry with.
   */
  private OAuthResponse error(Dialect dialect, OAuthError error, String description) {
    if (dialect == Dialect.V1 || error == OAuthError.INVALID_TOKEN) {
      return OAuthResponse.error(error, description);
    }
    OAuthError draft13 = error == OAuthError.INVALID_NONCE ? OAuthError.INVALID_PROOF : error;
    OAuthResponse response = OAuthResponse.error(draft13, description);
    if (draft13 == OAuthError.INVALID_PROOF) {
      nonces.withFreshNonce(response.body());
    }
    return response;
  }
}
