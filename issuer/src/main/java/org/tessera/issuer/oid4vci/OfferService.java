package org.tessera.issuer.oid4vci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tessera.issuer.audit.AuditAction;
import org.tessera.issuer.audit.AuditLog;
import org.tessera.issuer.issuance.CredentialRepository;
import org.tessera.issuer.issuance.CredentialRow;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.JsonFields;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Rejection;
import org.tessera.issuer.store.Database;
import org.tessera.shared.json.Json;

/**
 * Credential offers by reference: the admin creates one for a stored credential (a new offer
 * replaces the old ones: "lost phone"), the wallet fetches it from {@code credential_offer_uri}.
 */
public final class OfferService {

  private static final Logger LOG = LoggerFactory.getLogger(OfferService.class);
  /** Handles are base64url of 32 bytes; anything else is not worth a database lookup. */
  private static final int HANDLE_LENGTH = 43;

  private final Database db;
  private final OfferRepository offers;
  private final AccessTokenRepository tokens;
  private final CredentialRepository credentials;
  private final AuditLog audit;
  private final Secrets secrets;
  private final Oid4vciSettings settings;
  private final String issuerUrl;
  private final Clock clock;

  OfferService(Database db, OfferRepository offers, AccessTokenRepository tokens,
      CredentialRepository credentials, AuditLog audit, Secrets secrets,
      Oid4vciSettings settings, String issuerUrl, Clock clock) {
    this.db = Objects.requireNonNull(db, "db");
    this.offers = Objects.requireNonNull(offers, "offers");
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.secrets = Objects.requireNonNull(secrets, "secrets");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.issuerUrl = Objects.requireNonNull(issuerUrl, "issuerUrl");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A created offer; {@code txCode} is shown this once and stored only hashed. */
  public record CreatedOffer(String credentialOfferUri, String credentialOffer,
      Optional<String> txCode, Instant expiresAt) {
    public CreatedOffer {
      Objects.requireNonNull(credentialOfferUri, "credentialOfferUri");
      Objects.requireNonNull(credentialOffer, "credentialOffer");
      Objects.requireNonNull(txCode, "txCode");
      Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public ObjectNode toJson() {
      ObjectNode json = Json.object();
      json.put("credential_offer_uri", credentialOfferUri);
      json.put("credential_offer", credentialOffer);
      txCode.ifPresent(code -> json.put("tx_code", code));
      json.put("expires_at", expiresAt.toString());
      return json;
    }
  }

  /** {@code POST /api/credentials/{id}/offer} with an optional body {@code {"txCode": bool}}. */
  public Outcome<JsonNode> create(String credentialId, JsonNode body, String actor) {
    JsonFields f = new JsonFields();
    f.rejectUnknown(body, "", Set.of("txCode"));
    JsonNode txField = body.path("txCode");
    if (!txField.isMissingNode() && !txField.isBoolean()) {
      return Outcome.failed(Rejection.invalid("txCode", "must be true or false"));
    }
    if (!f.ok()) {
      return Outcome.failed(Rejection.invalid(f.errors()));
    }
    return create(credentialId, txField.asBoolean(false), actor).map(CreatedOffer::toJson);
  }

  /** Creates an offer for a stored, unrevoked credential; older offers stop working. */
  public Outcome<CreatedOffer> create(String credentialId, boolean withTxCode, String actor) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    Instant expiresAt = now.plus(settings.offerTtl());
    String handle = secrets.token();
    Optional<String> txCode = withTxCode ? Optional.of(secrets.txCode()) : Optional.empty();
    String offerId = UUID.randomUUID().toString();
    Outcome<CreatedOffer> outcome = db.inTransaction(c -> {
      Optional<CredentialRow> row = credentials.find(c, credentialId);
      if (row.isEmpty()) {
        return Outcome.failed(Rejection.of(IssuerError.CREDENTIAL_NOT_FOUND));
      }
      if (row.get().revoked()) {
        return Outcome.failed(Rejection.of(IssuerError.ALREADY_REVOKED));
      }
      offers.supersede(c, credentialId);
      tokens.revokeForCredential(c, credentialId);
      offers.insert(c, new OfferRow(offerId, credentialId, Secrets.hash(handle),
          Secrets.hash(Secrets.codeFor(handle)), txCode.map(Secrets::hash), 0,
          OfferRow.State.ACTIVE, now, expiresAt));
      audit.record(c, AuditAction.OFFER, actor, credentialId, now);
      String uri = issuerUrl + IssuerMetadata.OFFER_PATH + handle;
      return Outcome.ok(new CreatedOffer(uri, "openid-credential-offer://?credential_offer_uri="
          + URLEncoder.encode(uri, StandardCharsets.UTF_8), txCode, expiresAt));
    });
    outcome.toOptional().ifPresent(o -> LOG.info("offer {} created for credential {}", offerId,
        credentialId));
    return outcome;
  }

  /** The Credential Offer object behind an offer URI, while the offer can be redeemed. */
  public Optional<ObjectNode> offerJson(String handle) {
    if (handle == null || handle.length() != HANDLE_LENGTH) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    return db.read(c -> offers.findByHandleHash(c, Secrets.hash(handle)))
        .filter(offer -> offer.usableAt(now))
        .map(offer -> offerObject(handle, offer));
  }

  private ObjectNode offerObject(String handle, OfferRow offer) {
    ObjectNode json = Json.object();
    json.put("credential_issuer", issuerUrl);
    json.putArray("credential_configuration_ids").add(IssuerMetadata.CONFIGURATION_ID)
        .add(IssuerMetadata.SD_JWT_CONFIGURATION_ID);
    ObjectNode grant = json.putObject("grants").putObject(IssuerMetadata.PRE_AUTHORIZED_GRANT);
    grant.put("pre-authorized_code", Secrets.codeFor(handle));
    if (offer.txCodeHash().isPresent()) {
      grant.putObject("tx_code")
          .put("input_mode", "numeric")
          .put("length", Secrets.txCodeLength())
          .put("description", "Enter the " + Secrets.txCodeLength()
              + "-digit code shown next to your credential offer");
    }
    return json;
  }
}
