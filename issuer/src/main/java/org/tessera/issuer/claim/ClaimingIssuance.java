package org.tessera.issuer.claim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.tessera.issuer.audit.AuditLog;
import org.tessera.issuer.issuance.CredentialRepository;
import org.tessera.issuer.issuance.CredentialRow;
import org.tessera.issuer.issuance.IssuanceService;
import org.tessera.issuer.result.IssuerError;
import org.tessera.issuer.result.Outcome;
import org.tessera.issuer.result.Rejection;
import org.tessera.issuer.store.Database;
import org.tessera.shared.json.Json;
import org.tessera.shared.model.IdentityObject;

/**
 * Issuance followed by delivery to the learner: after the credential is committed, a claim
 * link is made and e-mailed in the background (or, without a mail server, answered to the
 * registrar). The e-mail address only passes through memory.
 */
public final class ClaimingIssuance {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");
  private static final int MAX_EMAIL = 254;

  private final IssuanceService issuance;
  private final ClaimService claims;
  private final Optional<MailDispatcher> mail;
  private final Database db;
  private final CredentialRepository credentials;
  private final AuditLog audit;

  public ClaimingIssuance(IssuanceService issuance, ClaimService claims,
      Optional<MailDispatcher> mail, Database db, CredentialRepository credentials,
      AuditLog audit) {
    this.issuance = Objects.requireNonNull(issuance, "issuance");
    this.claims = Objects.requireNonNull(claims, "claims");
    this.mail = Objects.requireNonNull(mail, "mail");
    this.db = Objects.requireNonNull(db, "db");
    this.credentials = Objects.requireNonNull(credentials, "credentials");
    this.audit = Objects.requireNonNull(audit, "audit");
  }

  /**
   * {@code POST /api/credentials}: the issuance answer plus a {@code claim} member. A replay of
   * an idempotent request answers the stored credential again and delivers nothing twice.
   */
  public Outcome<IssuanceService.Issued> issue(JsonNode body, String actor,
      Optional<String> idempotencyKey) {
    return issuance.issue(body, actor, idempotencyKey).map(issued -> {
      if (issued.replayed()) {
        return issued;
      }
      String id = issued.credential().path("id").asText();
      // The request was validated by the issuance just committed: the address is well formed.
      String email = body.path("learner").path("email").asText();
      ObjectNode answer = ((ObjectNode) issued.credential()).deepCopy();
      answer.set("claim", deliver(id, email, actor));
      return new IssuanceService.Issued(answer, false);
    });
  }

  /**
   * {@code POST /api/credentials/{id}/claim-link {email}}: a new claim link (older ones stop
   * working), sent to the address, which must be the one the credential was issued to.
   */
  public Outcome<JsonNode> resendLink(String credentialId, JsonNode body, String actor) {
    JsonNode email = body.path("email");
    if (!email.isTextual() || email.asText().length() > MAX_EMAIL
        || !EMAIL.matcher(email.asText()).matches()) {
      return Outcome.failed(Rejection.invalid("email", "must be an e-mail address"));
    }
    Optional<CredentialRow> row = db.read(c -> credentials.find(c, credentialId));
    if (row.isEmpty()) {
      return Outcome.failed(Rejection.of(IssuerError.CREDENTIAL_NOT_FOUND));
    }
    if (row.get().revoked()) {
      return Outcome.failed(Rejection.of(IssuerError.ALREADY_REVOKED));
    }
    if (!issuedTo(ClaimedCredential.of(row.get()).credential(), email.asText())) {
      return Outcome.failed(Rejection.of(IssuerError.EMAIL_MISMATCH));
    }
    ObjectNode answer = Json.object().put("credentialId", credentialId);
    answer.set("claim", deliver(credentialId, email.asText(), actor));
    return Outcome.ok(answer);
  }

  private ObjectNode deliver(String credentialId, String email, String actor) {
    ClaimLink link = claims.createLink(credentialId, actor)
        .orElseThrow(() -> new IllegalStateException("credential vanished after issuance"));
    ObjectNode claim = Json.object().put("expiresAt", link.expiresAt().toString());
    if (mail.isPresent()) {
      ClaimedCredential credential = db.read(c -> credentials.find(c, credentialId))
          .map(ClaimedCredential::of).orElseThrow();
      mail.get().dispatch(new ClaimEmail(credentialId, email, link.url(), credential.title(),
          credential.issuerName(), link.expiresAt()), audit);
      claim.put("delivery", "email");
    } else {
      claim.put("delivery", "none").put("url", link.url().toString());
    }
    return claim;
  }

  private static boolean issuedTo(JsonNode credential, String email) {
    for (JsonNode id : credential.path("credentialSubject").path("identifier")) {
      if (id.path("identityType").isTextual() && id.path("identityHash").isTextual()) {
        IdentityObject identity = new IdentityObject(id.get("identityType").asText(),
            id.path("hashed").asBoolean(false), id.get("identityHash").asText(),
            Optional.ofNullable(id.get("salt")).filter(JsonNode::isTextual)
                .map(JsonNode::asText));
        if (identity.matchesEmail(email)) {
          return true;
        }
      }
    }
    return false;
  }
}
